import type { Component } from "./groupComponents.ts";
import { BAND_GRID, RESIDUAL_GRID } from "./residualPosterior.ts";
import type { StatePriors } from "./stateStep.ts";

/** The Monte Carlo draws of a forecast before conditioning and habits. */
export interface ForecastDraws {
  /** Latent utility toward yes per draw and state (draw-major), in units of the persistent noise. */
  eta: Float64Array;
  /** The state's abstention band per draw and state. */
  band: Float64Array;
  /** The new roll call's cutpoints per draw. */
  cutNo: Float64Array;
  cutYes: Float64Array;
  /** Mixture component of each draw. */
  component: Int8Array;
}

/**
 * Draws the new roll call and every state's utility: the draws are shared
 * among the components in proportion to their prior weights (largest
 * remainders, so the shares are exact); in each draw, one of the
 * component's roll calls is picked by weight, its discrimination scaled by
 * exp(N(0, (itemSd/2)^2)), its lower cutpoint shifted by N(0, itemSd^2) and
 * its abstention band widened by exp(N(0, (itemSd/2)^2)) (the common shock:
 * every state moves together); each state's position is drawn around its
 * projection and its residual and band from its posterior on the
 * component's subject. Utilities, cutpoints and bands are then divided by
 * the component's `noiseScale` (a state's votes on a text it voted on
 * before are less noisy than one roll call's logistic error). With
 * `shockDf` > 0 the three common-shock normals of a draw share one scale
 * sqrt(df / chi2(df)), so the shock is Student-t with `shockDf` degrees of
 * freedom: heavier tails (a vote now and then splits far from every
 * resembling one) at the same spread in the middle. O(draws x states x dims).
 */
export function drawForecast(
  components: readonly Component[],
  priors: StatePriors,
  nStates: number,
  dims: number,
  draws: number,
  random: () => number,
  shockDf = 0,
): ForecastDraws {
  const S = nStates;
  const D = draws;
  const eta = new Float64Array(D * S);
  const band = new Float64Array(D * S);
  const cutNo = new Float64Array(D);
  const cutYes = new Float64Array(D);
  const component = new Int8Array(D);
  const counts = allocate(components.map((c) => c.prior), D);
  const normal = normalStream(random);
  const table = NORMAL_TABLE; // local bindings: no module-namespace lookup per state and draw
  const cells = table.length;
  const nb = BAND_GRID.length;
  const grid = RESIDUAL_GRID;
  const bands = BAND_GRID;
  const { posMean } = priors;
  let d = 0;
  components.forEach((c, ci) => {
    const cs = priors.components[ci];
    const { posSd, cdf, guide, params, cumulative } = cs;
    const noiseScale = c.noiseScale;
    const inv = 1 / noiseScale;
    for (let n = 0; n < counts[ci]; n++, d++) {
      component[d] = ci;
      const u = random();
      let m = 0;
      while (cumulative[m] < u) m++;
      const p = params[m];
      const sd = shockDf > 0 ? c.itemSd * studentScale(shockDf, normal) : c.itemSd;
      const scale = Math.exp(0.5 * sd * normal());
      const c1 = p.cutNo + sd * normal();
      const width = Math.max(0, p.cutYes - p.cutNo) * Math.exp(0.5 * sd * normal());
      cutNo[d] = c1 / noiseScale;
      cutYes[d] = (c1 + width) / noiseScale;
      const base = d * S;
      const b0 = p.beta[0] * scale;
      const b1 = dims > 1 ? p.beta[1] * scale : 0;
      for (let s = 0; s < S; s++) {
        // One uniform serves two draws: its first 13 bits pick the position's normal quantile
        // (NORMAL_TABLE has 2^13 cells) and the remaining bits, rescaled, are a uniform of their
        // own (independent of the first 13 bits) for the residual.
        const w = random() * cells;
        const cell = w | 0;
        let e = b0 * (posMean[s * dims] + posSd[s * dims] * table[cell]);
        if (dims > 1) e += b1 * (posMean[s * dims + 1] + posSd[s * dims + 1] * table[(random() * cells) | 0]);
        // residual and band: inverse CDF with a guide table, jittered within the cell by the
        // uniform's position in that cell's probability (itself uniform given the cell)
        const f = cdf[s];
        const g = guide[s];
        const v = w - cell;
        let lo = g[(v * g.length) | 0];
        const last = f.length - 1;
        while (lo < last && f[lo] < v) lo++;
        const below = lo > 0 ? f[lo - 1] : 0;
        const mass = f[lo] - below;
        const within = mass > 0 ? (v - below) / mass : 0.5;
        const r = grid[(lo / nb) | 0] + (within - 0.5) * 0.25;
        eta[base + s] = (e + r) * inv;
        band[base + s] = bands[lo % nb] * inv;
      }
    }
  });
  return { eta, band, cutNo, cutYes, component };
}

/** sqrt(df / X) for X ~ chi-squared(df) (a sum of `df` squared normals; df rounded to a whole number): the scale that turns a normal into a Student-t. */
export function studentScale(df: number, normal: () => number): number {
  const k = Math.max(1, Math.round(df));
  let chi2 = 0;
  for (let i = 0; i < k; i++) {
    const z = normal();
    chi2 += z * z;
  }
  return Math.sqrt(k / chi2);
}

/** Whole numbers summing to `total` in proportion to `weights` (largest remainders; ties to the earlier). */
export function allocate(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (w / sum) * total : 0));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k][1]]++;
  return counts;
}

/**
 * Standard normal draws from a uniform generator by Marsaglia's polar method,
 * both numbers of each pair used (no trigonometry; about half the cost of
 * Box-Muller one at a time).
 */
export function normalStream(random: () => number): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number, v: number, q: number;
    do {
      u = 2 * random() - 1;
      v = 2 * random() - 1;
      q = u * u + v * v;
    } while (q >= 1 || q === 0);
    const f = Math.sqrt((-2 * Math.log(q)) / q);
    spare = v * f;
    hasSpare = true;
    return u * f;
  };
}

/**
 * Standard normal quantiles at the midpoints of 8,192 equal-probability
 * cells: z = NORMAL_TABLE[floor(u x 8192)] for a uniform u is a normal draw
 * discretized to 1/8192 of probability (one uniform and one lookup, for the
 * per-state positions in the inner loop). Quantiles by Acklam's rational
 * approximation (relative error below 1.2e-9).
 */
export const NORMAL_TABLE: Float64Array = Float64Array.from({ length: 8192 }, (_, k) => normalQuantile((k + 0.5) / 8192));

/** The standard normal quantile function (Acklam's algorithm, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(0 < p && p < 1)) throw new Error(`invalid p; expected a number in (0, 1): ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
