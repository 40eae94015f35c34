import { max, mean, min, variance } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { randomNormal, seededRandom } from "../../src/model/seededRandom.ts";

describe("seededRandom", () => {
  it("repeats with the same seed and differs with another", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });

  it("is uniform on [0, 1) and gives standard normals", () => {
    // oracle: U(0,1) mean 1/2, N(0,1) mean 0 and variance 1; n = 100000, tolerance 0.01 (> 3 standard errors)
    const r = seededRandom(1);
    const u = Array.from({ length: 100000 }, () => r());
    expect(mean(u)).toBeCloseTo(0.5, 2);
    expect(min(u)).toBeGreaterThanOrEqual(0);
    expect(max(u)).toBeLessThan(1);
    const z = Array.from({ length: 100000 }, () => randomNormal(r));
    expect(Math.abs(mean(z))).toBeLessThan(0.01);
    expect(Math.abs(variance(z) - 1)).toBeLessThan(0.02);
  });

  it("rejects a non-finite seed", () => {
    expect(() => seededRandom(NaN)).toThrow("invalid seed; expected a whole number in [0, 4294967295]: NaN");
  });

  it("refuses seeds it would cut to 32 bits, negative or fractional ones (never the same numbers as another seed silently)", () => {
    for (const seed of [4294967296, 1e300, -1, 1.5, Infinity]) expect(() => seededRandom(seed), String(seed)).toThrow(/^invalid seed; expected a whole number in \[0, 4294967295\]/);
    expect(seededRandom(4294967295)()).not.toBe(seededRandom(0)());
  });
});
