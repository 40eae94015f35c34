import { CAMPAIGN_GRID, type CampaignGrid } from "./campaignGrid.ts";
import { atShift } from "./gridMath.ts";

/** Scores of forecasts of past roll calls under a campaign. */
export interface CampaignScores {
  /** Mean negative log-probability of the states' actual votes (yes, abstain, no among those present). */
  logLoss: number;
  /** Mean absolute error of the expected yes count. */
  maeYes: number;
  /** Roll calls and state votes scored. */
  votes: number;
  stateVotes: number;
}

/**
 * Scores the forecasts of past roll calls when each state k of roll call v
 * is moved `shift(grid, k)` toward the lobbying state's vote (0: the
 * forecast as it was): log-loss of the actual votes and the yes count's
 * mean absolute error, read off the grids by linear interpolation.
 */
export function scoreCampaign(grids: readonly CampaignGrid[], shift: (grid: CampaignGrid, k: number) => number): CampaignScores {
  const G = CAMPAIGN_GRID.length;
  let ll = 0;
  let n = 0;
  let abs = 0;
  for (const grid of grids) {
    let yes = 0;
    for (let k = 0; k < grid.states.length; k++) {
      const x = shift(grid, k);
      yes += atShift(grid.pYes, k * G, x);
      const v = atShift(grid.loglik, k * G, x);
      if (v === v) {
        ll += v;
        n++;
      }
    }
    abs += Math.abs(yes - grid.actualYes);
  }
  return { logLoss: -ll / n, maeYes: abs / grids.length, votes: grids.length, stateVotes: n };
}

/**
 * The shift of every member toward the lobbying state's vote that makes the
 * expected number of states voting as it did equal the actual number: the
 * strength a uniform campaign would need to explain the result, found by
 * bisection on the grid's interpolated curve (monotone in the shift) and
 * clamped to the grid's ends.
 */
export function impliedShift(grid: CampaignGrid): number {
  const G = CAMPAIGN_GRID.length;
  const expected = (x: number) => {
    let s = 0;
    for (let k = 0; k < grid.states.length; k++) if (grid.states[k] !== "USA") s += atShift(grid.pToward, k * G, x);
    return s;
  };
  let lo = CAMPAIGN_GRID[0];
  let hi = CAMPAIGN_GRID[G - 1];
  if (expected(lo) >= grid.actualToward) return lo;
  if (expected(hi) <= grid.actualToward) return hi;
  for (let i = 0; i < 40; i++) {
    const mid = 0.5 * (lo + hi);
    if (expected(mid) < grid.actualToward) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
