import { describe, expect, it } from "vitest";
import { fitCampaignStrength } from "../../../src/simulate/lobbying/fitCampaignStrength.ts";
import { exactShift, syntheticGrid } from "./syntheticGrid.ts";

const offsets = (seed: number) => Array.from({ length: 60 }, (_, k) => Math.sin(seed * 7 + k) * 2);

describe("fitCampaignStrength", () => {
  const grids = Array.from({ length: 40 }, (_, i) => syntheticGrid(offsets(i + 1), 0.6, i + 1));

  it("equals the exact maximum-likelihood shift (root of the score equation) within 0.002", () => {
    // oracle: bisection on sum(y - sigmoid(a + x)) = 0, computed independently of the grid
    const exact = exactShift(grids, (g) => offsets(g.row));
    const fit = fitCampaignStrength(grids, { bootstrap: 200, seed: 3 });
    expect(Math.abs(fit.estimate - exact)).toBeLessThan(0.002);
    // and recovers the generating shift within its interval
    expect(fit.interval90[0]).toBeLessThan(0.6);
    expect(fit.interval90[1]).toBeGreaterThan(0.6);
    expect(fit.logLikGain).toBeGreaterThan(0);
  });

  it("finds no shift when votes were drawn without one, and is seeded", () => {
    const null0 = Array.from({ length: 40 }, (_, i) => syntheticGrid(offsets(i + 1), 0, i + 100));
    const a = fitCampaignStrength(null0, { bootstrap: 300, seed: 5 });
    const b = fitCampaignStrength(null0, { bootstrap: 300, seed: 5 });
    expect(a).toEqual(b);
    expect(a.interval90[0]).toBeLessThan(0);
    expect(a.interval90[1]).toBeGreaterThan(0);
  });

  it("refuses bad input", () => {
    expect(() => fitCampaignStrength([])).toThrow(/invalid grids/);
    expect(() => fitCampaignStrength(grids, { bootstrap: -1 })).toThrow(/invalid bootstrap/);
  });
});
