import { describe, expect, it } from "vitest";
import { classProbabilities, fitMultinomial } from "../../src/council/fitMultinomial.ts";
import { seededRandom } from "../../src/model/seededRandom.ts";

describe("fitMultinomial", () => {
  it("recovers the coefficients of simulated data (oracle: the generating values, tolerance 0.15)", () => {
    const rand = seededRandom(3);
    const p = 2;
    const truth = [-1, 1.5, -2, -1, -3, 0.5]; // classes 1..3 x (intercept, x)
    const n = 30_000;
    const x = new Float64Array(n * p);
    const y = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      x[i * p] = 1;
      x[i * p + 1] = rand() * 2 - 1;
      const pr = classProbabilities({ p, coef: truth }, x, i * p);
      const u = rand();
      let c = 0;
      let acc = pr[0];
      while (u > acc && c < 3) acc += pr[++c];
      y[i] = c;
    }
    const fit = fitMultinomial(x, y, p, 0.001);
    fit.coef.forEach((b, j) => expect(Math.abs(b - truth[j])).toBeLessThan(0.15));
  });
  it("gives probabilities that sum to one", () => {
    const pr = classProbabilities({ p: 1, coef: [0.3, -0.2, 1] }, Float64Array.from([1]));
    expect(pr.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it("refuses mismatched shapes", () => {
    expect(() => fitMultinomial(new Float64Array(3), new Uint8Array(2), 2)).toThrow(/invalid x/);
  });
});
