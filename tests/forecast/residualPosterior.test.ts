import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/model/seededRandom.ts";
import { BAND_GRID, drawResidual, RESIDUAL_GRID, residualGuide, residualPosterior } from "../../src/forecast/residualPosterior.ts";

describe("residualPosterior", () => {
  it("is the prior when there is no vote: N(0, sd^2) on the grid, exponential band", () => {
    const cdf = residualPosterior([], 5, 3);
    const nb = BAND_GRID.length;
    const pmf = cdf.map((c, k) => c - (k > 0 ? cdf[k - 1] : 0));
    let mean = 0;
    let second = 0;
    let bandMean = 0;
    pmf.forEach((p, k) => {
      const r = RESIDUAL_GRID[Math.floor(k / nb)];
      mean += p * r;
      second += p * r * r;
      bandMean += p * BAND_GRID[k % nb];
    });
    // oracle: each grid point stands for a cell of width 0.25, so the grid is the normal
    // truncated at +-12.125 = 2.425 sd, whose variance is
    // 25 * (1 - 2 * 2.425 * phi(2.425) / (2 * Phi(2.425) - 1)) = 25 * (1 - 4.85 * 0.021089 / 0.98469) = 22.403,
    // plus the cell's 0.25^2 / 12 = 0.005: 22.408 (by hand); tolerance 0.02
    expect(Math.abs(mean)).toBeLessThan(1e-9);
    expect(Math.abs(second - 22.408)).toBeLessThan(0.02);
    // oracle: the band's prior exp(-a / 3) on the grid {0, .25, .5, 1, 1.5, 2, 3, 4, 6}, normalized by hand:
    // sum w = 5.36982, sum a w = 6.27650 -> mean 1.16884; tolerance 1e-3
    expect(Math.abs(bandMean - 1.16884)).toBeLessThan(1e-3);
  });

  it("moves the residual toward the observed votes", () => {
    // a state predicted to vote no (eta far below the cutpoints) that voted yes three times
    const yes = { eta: -4, cutNo: -1, cutYes: 0, category: 2 as const };
    const cdf = residualPosterior([yes, yes, yes], 5, 3);
    const median = RESIDUAL_GRID[Math.floor(cdf.findIndex((c) => c >= 0.5) / BAND_GRID.length)];
    expect(median).toBeGreaterThan(4); // past the upper cutpoint
  });
});

describe("drawResidual with a guide table", () => {
  it("gives exactly the draws of the bisection, edges included", () => {
    const vote = { eta: 0.5, cutNo: -1, cutYes: 0.3, category: 1 as const };
    const random = seededRandom(3);
    for (const cdf of [residualPosterior([], 5, 3), residualPosterior([vote, vote], 2, 3, 0.5)]) {
      const guide = residualGuide(cdf);
      const a = new Float64Array(2);
      const b = new Float64Array(2);
      const us = [0, 1e-12, 0.5, 1 - 1e-12, ...Array.from({ length: 20000 }, random)];
      for (const u of us) {
        drawResidual(cdf, u, 0.3, a, guide);
        drawResidual(cdf, u, 0.3, b);
        expect([a[0], a[1]]).toEqual([b[0], b[1]]);
      }
    }
  });

  it("validates the guide size", () => {
    expect(() => residualGuide(new Float64Array([1]), 0)).toThrow("invalid size; expected a positive integer: 0");
  });
});
