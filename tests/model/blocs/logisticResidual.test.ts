import { describe, expect, it } from "vitest";
import { logisticResidual } from "../../../src/model/blocs/logisticResidual.ts";

/** E[e | lo < e < hi] for the standard logistic by the midpoint rule on a fine grid (an independent oracle). */
function numeric(lo: number, hi: number): number {
  const a = Math.max(lo, -60), b = Math.min(hi, 60);
  const n = 400_000;
  const h = (b - a) / n;
  let m0 = 0, m1 = 0;
  for (let i = 0; i < n; i++) {
    const x = a + (i + 0.5) * h;
    const f = Math.exp(-Math.abs(x)) / (1 + Math.exp(-Math.abs(x))) ** 2;
    m0 += f * h;
    m1 += x * f * h;
  }
  return m1 / m0;
}

describe("logisticResidual", () => {
  it("is the logistic error's mean over the vote's interval (oracle: numerical integration, tolerance 1e-6)", () => {
    // yes with cutYes 1 above the utility: interval (1, inf); no with cutNo -1: (-inf, -1); abstain: (-1 - 0.3, 1 - 0.3)
    expect(logisticResidual(0, -1, 1, 2)).toBeCloseTo(numeric(1, Infinity), 6);
    expect(logisticResidual(0, -1, 1, 0)).toBeCloseTo(numeric(-Infinity, -1), 6);
    expect(logisticResidual(0.3, -1, 1, 1)).toBeCloseTo(numeric(-1.3, 0.7), 6);
    // symmetric: an abstention centred on the utility has mean error 0
    expect(logisticResidual(0, -2, 2, 1)).toBeCloseTo(0, 12);
  });
  it("stays finite in the far tails", () => {
    expect(Number.isFinite(logisticResidual(-80, -1, 1, 2))).toBe(true);
    expect(logisticResidual(-80, -1, 1, 2)).toBeGreaterThan(80);
  });
});
