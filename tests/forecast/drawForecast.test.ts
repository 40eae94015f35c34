import { describe, expect, it } from "vitest";
import { allocate, normalStream, studentScale } from "../../src/forecast/drawForecast.ts";
import { seededRandom } from "../../src/model/seededRandom.ts";

describe("allocate", () => {
  it("shares whole draws in proportion by largest remainders", () => {
    // oracle, by hand: 10 x (0.55, 0.3, 0.15) = 5.5, 3, 1.5 -> floors 5, 3, 1 and one left for the larger remainder (tie: earlier) -> 6, 3, 1
    expect(allocate([0.55, 0.3, 0.15], 10)).toEqual([6, 3, 1]);
    expect(allocate([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(allocate([0, 1], 7)).toEqual([0, 7]);
    expect(allocate([2, 6], 10000).reduce((a, b) => a + b, 0)).toBe(10000);
  });
});

describe("normalStream", () => {
  it("gives standard normal draws: mean 0, variance 1, P(|z| < 1.96) = 0.95", () => {
    // oracle: the standard normal's moments and its 97.5% quantile 1.959964; tolerances 4 standard errors for n = 200,000
    const normal = normalStream(seededRandom(3));
    const n = 200_000;
    let sum = 0;
    let sum2 = 0;
    let inside = 0;
    for (let k = 0; k < n; k++) {
      const z = normal();
      sum += z;
      sum2 += z * z;
      if (Math.abs(z) < 1.959964) inside++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(sum2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(inside / n - 0.95)).toBeLessThan(4 * Math.sqrt((0.95 * 0.05) / n));
  });
  it("is deterministic with a seed", () => {
    const a = normalStream(seededRandom(9));
    const b = normalStream(seededRandom(9));
    for (let k = 0; k < 5; k++) expect(a()).toBe(b());
  });
});

describe("studentScale", () => {
  it("turns a normal into a Student-t with df degrees of freedom: variance df/(df-2), P(|t| < t_0.975) = 0.95", () => {
    // oracle: Student-t with 4 degrees of freedom, variance 4/2 = 2 and 97.5% quantile 2.776445 (published table);
    // tolerances: 4 standard errors for n = 200,000 (the variance's from the t's fourth moment is infinite at df 4, so
    // the looser 0.1 there, about 5 of the sample variance's observed sd over seeds)
    const normal = normalStream(seededRandom(11));
    const n = 200_000;
    let sum2 = 0;
    let inside = 0;
    for (let k = 0; k < n; k++) {
      const t = studentScale(4, normal) * normal();
      sum2 += t * t;
      if (Math.abs(t) < 2.776445) inside++;
    }
    expect(Math.abs(inside / n - 0.95)).toBeLessThan(4 * Math.sqrt((0.95 * 0.05) / n));
    expect(Math.abs(sum2 / n - 2)).toBeLessThan(0.1);
  });
});
