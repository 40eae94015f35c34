import { describe, expect, it } from "vitest";
import { topEigen } from "../../../src/model/blocs/topEigen.ts";

describe("topEigen", () => {
  it("finds the largest eigenpairs (oracle: a matrix built from chosen eigenvectors and eigenvalues, tolerance 1e-8)", () => {
    // A = Q diag(5, 3, -4, 0.5) Q^T with Q a rotation: the top two are 5 and 3 (not -4: the shift makes it positive)
    const n = 4;
    const c = Math.cos(0.7), s = Math.sin(0.7), c2 = Math.cos(1.1), s2 = Math.sin(1.1);
    const q = [[c, -s, 0, 0], [s, c, 0, 0], [0, 0, c2, -s2], [0, 0, s2, c2]]; // columns are eigenvectors
    const values = [5, 3, -4, 0.5];
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) a[i * n + j] += q[i][k] * values[k] * q[j][k];
    const top = topEigen(a, n, 2, 5);
    expect(top.values[0]).toBeCloseTo(5, 8);
    expect(top.values[1]).toBeCloseTo(3, 8);
    const dot = (f: number, k: number) => Math.abs(Array.from({ length: n }, (_, i) => top.vectors[f * n + i] * q[i][k]).reduce((x, y) => x + y));
    expect(dot(0, 0)).toBeCloseTo(1, 8);
    expect(dot(1, 1)).toBeCloseTo(1, 8);
  });
  it("refuses a matrix of the wrong size", () => {
    expect(() => topEigen(new Float64Array(3), 2, 1)).toThrow(/invalid matrix/);
  });
});
