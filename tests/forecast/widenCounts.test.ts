import { describe, expect, it } from "vitest";
import { widenCounts, widenFactor } from "../../src/forecast/widenCounts.ts";
import { uniformAt } from "../../src/model/uniformAt.ts";

const mean = (x: ArrayLike<number>) => Array.from(x).reduce((s, v) => s + v, 0) / x.length;
const sd = (x: ArrayLike<number>) => {
  const m = mean(x);
  return Math.sqrt(Array.from(x).reduce((s, v) => s + (v - m) ** 2, 0) / x.length);
};

describe("widenFactor", () => {
  const fixed = (k: number) => new Int8Array(100).map((_, s) => (s < k ? 2 : -1));
  const widen = { scale: 0.5, contest: 0.05 };
  it("is 1 with nothing known or no widening, and 1 + scale x sqrt(K / 50) x min(1, no share / contest) otherwise", () => {
    const contested = { yes: 60, no: 30, abstain: 5, absent: 5 };
    expect(widenFactor({ fixed: fixed(0), widen }, contested)).toBe(1);
    expect(widenFactor({ fixed: fixed(10) }, contested)).toBe(1);
    expect(widenFactor({ fixed: fixed(10), widen: { scale: 0, contest: 0.05 } }, contested)).toBe(1);
    expect(widenFactor({ fixed: fixed(50), widen }, contested)).toBeCloseTo(1.5, 12);
    expect(widenFactor({ fixed: fixed(80), widen }, contested)).toBeCloseTo(1.5, 12); // full from 50 known on
    expect(widenFactor({ fixed: fixed(10), widen }, contested)).toBeCloseTo(1 + 0.5 * Math.sqrt(0.2), 12);
    // no share 0.025 of yes + no: half the widening; none on a unanimous count
    expect(widenFactor({ fixed: fixed(50), widen }, { yes: 97.5, no: 2.5, abstain: 0, absent: 0 })).toBeCloseTo(1.25, 12);
    expect(widenFactor({ fixed: fixed(50), widen }, { yes: 100, no: 0, abstain: 0, absent: 0 })).toBe(1);
  });
});

describe("widenCounts", () => {
  // 150 states, 20 known: 12 yes, 5 no, 3 abstain; the unknown states' counts vary about 80 yes, 30 no, 10 abstain
  const S = 150;
  const fixed = new Int8Array(S).fill(-1);
  for (let s = 0; s < 20; s++) fixed[s] = s < 12 ? 2 : s < 17 ? 0 : 1;
  const D = 20000;
  const draws = () => {
    const yes = new Int32Array(D), no = new Int32Array(D), abstain = new Int32Array(D);
    for (let d = 0; d < D; d++) {
      const z = Math.round(12 * (uniformAt(3, 2 * d) + uniformAt(3, 2 * d + 1) - 1)); // triangular, sd about 4.9
      yes[d] = 12 + 80 + z;
      no[d] = 5 + 30 - z;
      abstain[d] = 3 + 10 + (d % 3) - 1;
    }
    return { yes, no, abstain };
  };

  it("leaves the counts as they are at factor 1", () => {
    const a = draws();
    const b = draws();
    widenCounts(fixed, 1, 9, b.yes, b.no, b.abstain);
    expect(b).toEqual(a);
  });

  it("multiplies the unknown counts' spread by the factor and keeps their means and the known votes", () => {
    const a = draws();
    const b = draws();
    widenCounts(fixed, 1.5, 9, b.yes, b.no, b.abstain);
    // oracle: the spread of m + 1.5 (u - m), plus the rounding's (at most 0.5)
    expect(sd(b.yes) / sd(a.yes)).toBeCloseTo(1.5, 1);
    expect(Math.abs(mean(b.yes) - mean(a.yes))).toBeLessThan(0.02); // unbiased rounding
    expect(Math.abs(mean(b.no) - mean(a.no))).toBeLessThan(0.02);
    expect(sd(b.abstain) / sd(a.abstain)).toBeGreaterThan(1.3);
    // every draw stays possible: known votes kept, unknown counts in [0, 130] and summing to at most 130
    for (let d = 0; d < D; d++) {
      expect(b.yes[d]).toBeGreaterThanOrEqual(12);
      expect(b.no[d]).toBeGreaterThanOrEqual(5);
      expect(b.abstain[d]).toBeGreaterThanOrEqual(3);
      expect(b.yes[d] - 12 + b.no[d] - 5 + b.abstain[d] - 3).toBeLessThanOrEqual(130);
    }
    // the same seed gives the same counts; the 80% interval of the yes count is about 1.5 times as wide
    const c = draws();
    widenCounts(fixed, 1.5, 9, c.yes, c.no, c.abstain);
    expect(c).toEqual(b);
    const q = (x: Int32Array, p: number) => Int32Array.from(x).sort()[Math.floor(p * D)];
    const w0 = q(a.yes, 0.9) - q(a.yes, 0.1);
    const w1 = q(b.yes, 0.9) - q(b.yes, 0.1);
    expect(w1 / w0).toBeGreaterThan(1.35);
    expect(w1 / w0).toBeLessThan(1.65);
  });

  it("clamps a count that would leave the possible range", () => {
    const yes = Int32Array.from([0, 10, 20]);
    const no = Int32Array.from([20, 10, 0]);
    widenCounts(new Int8Array(20).fill(-1), 3, 1, yes, no);
    // yes: 10 + 3 x (-10, 0, 10) = -20, 10, 40 -> 0, 10, 20; no then fills at most the rest
    expect(Array.from(yes)).toEqual([0, 10, 20]);
    expect(Array.from(no)).toEqual([20, 10, 0]);
  });
});
