import { describe, expect, it } from "vitest";
import { vetoCalibration } from "../../src/council/vetoCalibration.ts";

describe("vetoCalibration", () => {
  it("bins votes by forecast P(no) with hand-computed means and shares", () => {
    const bins = vetoCalibration([
      { p: 0.01, no: false }, { p: 0.015, no: false }, { p: 0.019, no: true },
      { p: 0.5, no: true }, { p: 0.45, no: false },
      { p: 1, no: true },
    ]);
    expect(bins.map((b) => [b.from, b.to, b.votes])).toEqual([[0, 0.02, 3], [0.4, 0.6, 2], [0.8, 1, 1]]);
    expect(bins[0].meanP).toBeCloseTo(0.044 / 3, 12);
    expect(bins[0].observed).toBeCloseTo(1 / 3, 12);
    expect(bins[1].meanP).toBeCloseTo(0.475, 12);
    expect(bins[1].observed).toBe(0.5);
    expect(bins[2].observed).toBe(1);
  });

  it("puts a bin edge in the bin above it", () => {
    expect(vetoCalibration([{ p: 0.2, no: false }])[0]).toMatchObject({ from: 0.2, to: 0.4 });
  });

  it("refuses a probability outside [0, 1], naming the vote", () => {
    expect(() => vetoCalibration([{ p: 0.1, no: false }, { p: -0.1, no: true }])).toThrow(/votes\[1\].*-0\.1/);
  });
});
