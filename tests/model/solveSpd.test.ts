import { describe, expect, it } from "vitest";
import { logit, sigmoid } from "../../src/model/orderedLogit.ts";
import { solveSpd } from "../../src/model/solveSpd.ts";

describe("solveSpd", () => {
  it("solves a symmetric positive-definite system (hand-computed)", () => {
    // oracle, by hand: [[4, 2, 0], [2, 3, 1], [0, 1, 2]] x = [2, 1, 3] has x = [1, -1, 2] (x = 0.5 - y / 2, z = (3 - y) / 2, then 1.5 y = -1.5); tolerance 1e-14
    const x = new Float64Array(3);
    expect(solveSpd(Float64Array.from([4, 2, 0, 2, 3, 1, 0, 1, 2]), Float64Array.from([2, 1, 3]), 3, x)).toBe(true);
    [1, -1, 2].forEach((v, i) => expect(Math.abs(x[i] - v)).toBeLessThan(1e-14));
  });

  it("says so when the matrix is not positive definite", () => {
    expect(solveSpd(Float64Array.from([1, 2, 2, 1]), Float64Array.from([1, 1]), 2, new Float64Array(2))).toBe(false);
    expect(solveSpd(Float64Array.from([NaN]), Float64Array.from([1]), 1, new Float64Array(1))).toBe(false);
  });
});

describe("logit", () => {
  it("inverts the sigmoid", () => {
    // oracle: logit(0.8) = log 4 = 1.3862944; tolerance 1e-12
    expect(Math.abs(logit(0.8) - Math.log(4))).toBeLessThan(1e-12);
    for (const u of [-30, -2, 0, 0.5, 20]) expect(Math.abs(logit(sigmoid(u)) - u)).toBeLessThan(1e-6 * Math.max(1, Math.abs(u)));
  });
});
