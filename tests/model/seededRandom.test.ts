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
    let s = 0;
    let lo = 1;
    let hi = 0;
    for (let i = 0; i < 100000; i++) {
      const u = r();
      s += u;
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
    }
    expect(s / 100000).toBeCloseTo(0.5, 2);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    let m = 0;
    let v = 0;
    for (let i = 0; i < 100000; i++) {
      const z = randomNormal(r);
      m += z;
      v += z * z;
    }
    expect(Math.abs(m / 100000)).toBeLessThan(0.01);
    expect(Math.abs(v / 100000 - 1)).toBeLessThan(0.02);
  });

  it("rejects a non-finite seed", () => {
    expect(() => seededRandom(NaN)).toThrow("invalid seed; not a finite number: NaN");
  });
});
