import { CAMPAIGN_GRID, type CampaignGrid } from "./campaignGrid.ts";

/** Linear interpolation of a state's curve (values at CAMPAIGN_GRID, starting at `offset`) at shift x, clamped to the grid. */
export function atShift(curve: ArrayLike<number>, offset: number, x: number): number {
  const G = CAMPAIGN_GRID.length;
  const step = CAMPAIGN_GRID[1] - CAMPAIGN_GRID[0];
  const u = (x - CAMPAIGN_GRID[0]) / step;
  if (u <= 0) return curve[offset];
  if (u >= G - 1) return curve[offset + G - 1];
  const g = Math.floor(u);
  const f = u - g;
  if (f === 0) return curve[offset + g];
  return (1 - f) * curve[offset + g] + f * curve[offset + g + 1];
}

/** Per grid point, the sum over states of the log-likelihood of their actual votes when every state (but the lobbying one) is moved by the grid's shift. */
export function voteTotals(grid: CampaignGrid): Float64Array {
  const G = CAMPAIGN_GRID.length;
  const out = new Float64Array(G);
  for (let k = 0; k < grid.states.length; k++) {
    for (let g = 0; g < G; g++) {
      const v = grid.loglik[k * G + g];
      if (v === v) out[g] += v;
    }
  }
  return out;
}

/** The shift maximizing a curve over CAMPAIGN_GRID, refined by the parabola through the best point and its neighbours. */
export function argmaxOnGrid(values: ArrayLike<number>): number {
  const G = CAMPAIGN_GRID.length;
  let best = 0;
  for (let g = 1; g < G; g++) if (values[g] > values[best]) best = g;
  if (best === 0 || best === G - 1) return CAMPAIGN_GRID[best];
  const [a, b, c] = [values[best - 1], values[best], values[best + 1]];
  const denom = a - 2 * b + c;
  const step = CAMPAIGN_GRID[1] - CAMPAIGN_GRID[0];
  const off = denom < 0 ? (0.5 * (a - c)) / denom : 0;
  return CAMPAIGN_GRID[best] + Math.max(-0.5, Math.min(0.5, off)) * step;
}

/** Quantile q of sorted numbers (linear between order statistics, type 7). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
