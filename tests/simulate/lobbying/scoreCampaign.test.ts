import { describe, expect, it } from "vitest";
import { impliedShift, scoreCampaign } from "../../../src/simulate/lobbying/scoreCampaign.ts";
import { CAMPAIGN_GRID } from "../../../src/simulate/lobbying/campaignGrid.ts";
import { syntheticGrid } from "./syntheticGrid.ts";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe("scoreCampaign and impliedShift", () => {
  const offsets = [-1, -0.5, 0, 0.5, 1, 2];
  const yes = [false, true, true, false, true, true];
  const g = syntheticGrid(offsets, 0, 1, yes);

  it("scores the forecast at zero shift as computed by hand (1e-6)", () => {
    // oracle: mean of -log p(actual) and |sum p(yes) - actual yes| computed directly
    const ll = offsets.map((a, k) => Math.log(yes[k] ? sigmoid(a) : 1 - sigmoid(a)));
    const s = scoreCampaign([g], () => 0);
    expect(s.logLoss).toBeCloseTo(-ll.reduce((x, y) => x + y, 0) / 6, 6);
    expect(s.maeYes).toBeCloseTo(Math.abs(offsets.reduce((x, a) => x + sigmoid(a), 0) - 4), 5);
  });

  it("interpolates between grid points (linear, 1e-6)", () => {
    const x = 0.55; // halfway between the grid points 0.5 and 0.6
    const lin = offsets.map((a, k) => {
      const p = (q: number) => Math.log(yes[k] ? sigmoid(a + q) : 1 - sigmoid(a + q));
      return 0.5 * p(0.5) + 0.5 * p(0.6);
    });
    expect(scoreCampaign([g], () => x).logLoss).toBeCloseTo(-lin.reduce((a, b) => a + b, 0) / 6, 5);
  });

  it("finds the uniform shift whose expected count matches the actual one", () => {
    const x = impliedShift(g);
    // oracle: sum sigmoid(a + x) = 4 solved by bisection on the exact function (grid interpolation error < 0.01)
    let lo = -1, hi = 3;
    for (let i = 0; i < 60; i++) { const m = (lo + hi) / 2; if (offsets.reduce((s, a) => s + sigmoid(a + m), 0) < 4) lo = m; else hi = m; }
    expect(Math.abs(x - (lo + hi) / 2)).toBeLessThan(0.01);
    // clamped at the grid's ends
    expect(impliedShift({ ...g, actualToward: 0 })).toBe(CAMPAIGN_GRID[0]);
    expect(impliedShift({ ...g, actualToward: 6 })).toBe(CAMPAIGN_GRID[CAMPAIGN_GRID.length - 1]);
  });
});
