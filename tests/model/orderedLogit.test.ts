import { describe, expect, it } from "vitest";
import { orderedLogitProbabilities, voteDerivatives, voteTerms } from "../../src/model/orderedLogit.ts";

describe("orderedLogitProbabilities", () => {
  it("matches hand-computed values", () => {
    // oracle, by hand: sigma(-1) = 1 / (1 + e) = 0.2689414; abstain = 1 - 2 * 0.2689414 = 0.4621172; tolerance 1e-7
    const p = orderedLogitProbabilities(0, -1, 1);
    expect(p.no).toBeCloseTo(0.2689414, 7);
    expect(p.yes).toBeCloseTo(0.2689414, 7);
    expect(p.abstain).toBeCloseTo(0.4621172, 7);
    // oracle: eta = 2, cuts (0, 0): P(no) = sigma(-2) = 0.1192029, P(yes) = 0.8807971, no abstention; tolerance 1e-7
    const q = orderedLogitProbabilities(2, 0, 0);
    expect(q.no).toBeCloseTo(0.1192029, 7);
    expect(q.yes).toBeCloseTo(0.8807971, 7);
    expect(q.abstain).toBe(0);
  });

  it("rejects crossed cutpoints and a non-finite eta", () => {
    expect(() => orderedLogitProbabilities(0, 1, -1)).toThrow("invalid cutpoints; cutNo 1 must not exceed cutYes -1");
    expect(() => orderedLogitProbabilities(NaN, 0, 1)).toThrow("invalid eta; not a finite number: NaN");
  });
});

describe("voteTerms", () => {
  const cases: [number, number, number][] = [];
  for (const cat of [0, 1, 2]) for (const [u1, u2] of [[-1, 0.5], [0.3, 2], [-3, -2.5], [2, 4], [-8, 9]]) cases.push([cat, u1, u2]);

  it("log-likelihood equals the log of the probabilities", () => {
    // oracle: log of orderedLogitProbabilities (eta = 0, cuts = u1, u2); tolerance 1e-12
    const t = new Float64Array(6);
    for (const [cat, u1, u2] of cases) {
      voteTerms(cat, u1, u2, t);
      const p = orderedLogitProbabilities(0, u1, u2);
      expect(t[0]).toBeCloseTo(Math.log([p.no, p.abstain, p.yes][cat]), 10);
    }
  });

  it("derivatives match central finite differences", () => {
    // oracle: central differences with step 1e-5 on the log-likelihood and first derivatives; tolerance 1e-6
    const h = 1e-5;
    const t = new Float64Array(6);
    const a = new Float64Array(6);
    const b = new Float64Array(6);
    for (const [cat, u1, u2] of cases) {
      voteTerms(cat, u1, u2, t);
      voteTerms(cat, u1 + h, u2, a);
      voteTerms(cat, u1 - h, u2, b);
      expect(t[1]).toBeCloseTo((a[0] - b[0]) / (2 * h), 6);
      expect(t[3]).toBeCloseTo((a[1] - b[1]) / (2 * h), 6);
      expect(t[4]).toBeCloseTo((a[2] - b[2]) / (2 * h), 6);
      voteTerms(cat, u1, u2 + h, a);
      voteTerms(cat, u1, u2 - h, b);
      expect(t[2]).toBeCloseTo((a[0] - b[0]) / (2 * h), 6);
      expect(t[5]).toBeCloseTo((a[2] - b[2]) / (2 * h), 6);
    }
  });

  it("the fast kernel gives the same derivatives", () => {
    // oracle: voteTerms; tolerance 1e-14 (same formulas)
    const t = new Float64Array(6);
    const f = new Float64Array(6);
    for (const [cat, u1, u2] of cases) {
      voteTerms(cat, u1, u2, t);
      voteDerivatives(cat, u1, u2, f);
      for (let k = 1; k < 6; k++) expect(f[k]).toBeCloseTo(t[k], 14);
    }
  });

  it("an abstention with crossed cutpoints is impossible", () => {
    const t = new Float64Array(6);
    voteTerms(1, 1, 0, t);
    expect(t[0]).toBe(-Infinity);
  });
});
