import { voteLogLik } from "../model/orderedLogit.ts";

/** Grid of residual values on which the posterior is tabulated. */
export const RESIDUAL_GRID: Float64Array = (() => {
  const g = new Float64Array(97);
  for (let k = 0; k < g.length; k++) g[k] = -12 + k * 0.25;
  return g;
})();

/** One observed vote of a state on a resembling roll call: its utility without residual, the cutpoints, and the category (0 no, 1 abstain, 2 yes). */
export interface LikeVote {
  eta: number;
  cutNo: number;
  cutYes: number;
  category: 0 | 1 | 2;
  /** Weight of this vote in the likelihood. Default 1. */
  weight?: number;
}

/** Grid of abstention-band widenings a (the state's own extra room to abstain on this subject). */
export const BAND_GRID: Float64Array = Float64Array.from([0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6]);

/**
 * Joint posterior of a state's residual r and abstention band a on a family
 * of resembling roll calls, tabulated on RESIDUAL_GRID x BAND_GRID as a
 * cumulative distribution (index k * BAND_GRID.length + j). Prior:
 * r ~ N(0, sd^2), a ~ Exponential(mean bandMean), independent. Likelihood: the
 * ordered-logit probability of each observed vote at utility eta + r with the
 * roll call's cutpoints widened to (cutNo - a, cutYes + a) and the logistic
 * error scaled by `noiseScale` (the same persistence the new vote is given),
 * each vote weighted (recent ones count more). r is what the state's own record on this subject
 * says beyond its general position; a lets a state that habitually abstains
 * on a text keep abstaining, which one shared pair of cutpoints cannot
 * express (a generalized ordered logit with a state-specific threshold gap).
 * With no observed vote, the posterior is the prior.
 */
export function residualPosterior(votes: readonly LikeVote[], sd: number, bandMean = 3, noiseScale = 1): Float64Array {
  const g = RESIDUAL_GRID;
  const b = BAND_GRID;
  const nb = b.length;
  const logp = new Float64Array(g.length * nb);
  let max = -Infinity;
  for (let k = 0; k < g.length; k++) {
    const prior = -0.5 * (g[k] / sd) ** 2;
    for (let j = 0; j < nb; j++) {
      let lp = prior - b[j] / bandMean;
      for (const v of votes) lp += (v.weight ?? 1) * logCategory((v.eta + g[k]) / noiseScale, (v.cutNo - b[j]) / noiseScale, (v.cutYes + b[j]) / noiseScale, v.category);
      logp[k * nb + j] = lp;
      if (lp > max) max = lp;
    }
  }
  const cdf = new Float64Array(logp.length);
  let total = 0;
  for (let k = 0; k < logp.length; k++) {
    total += Math.exp(logp[k] - max);
    cdf[k] = total;
  }
  for (let k = 0; k < cdf.length; k++) cdf[k] /= total;
  return cdf;
}

/**
 * A guide table for {@link drawResidual} (Chen's method): entry m is the first
 * index k with cdf[k] >= m / size, so a draw starts there and scans forward a
 * few cells instead of bisecting the whole table. O(cdf.length + size).
 */
export function residualGuide(cdf: Float64Array, size = 256): Int32Array {
  if (!(Number.isInteger(size) && 1 <= size)) throw new Error(`invalid size; expected a positive integer: ${size}`);
  const guide = new Int32Array(size);
  let k = 0;
  for (let m = 0; m < size; m++) {
    const u = m / size;
    while (k < cdf.length - 1 && cdf[k] < u) k++;
    guide[m] = k;
  }
  return guide;
}

/**
 * Draws (r, a) from a tabulated joint CDF with a uniform u (inverse CDF: the
 * first cell with cdf >= u); r is jittered within its grid cell by u2. Writes
 * into `out` [r, a]. With a guide table ({@link residualGuide}) the search
 * starts near the answer; without one it bisects. Same result either way.
 */
export function drawResidual(cdf: Float64Array, u: number, u2: number, out: Float64Array, guide?: Int32Array): void {
  let lo: number;
  if (guide) {
    lo = guide[Math.floor(u * guide.length)];
    const last = cdf.length - 1;
    while (lo < last && cdf[lo] < u) lo++;
  } else {
    lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
  }
  const nb = BAND_GRID.length;
  out[0] = RESIDUAL_GRID[Math.floor(lo / nb)] + (u2 - 0.5) * 0.25;
  out[1] = BAND_GRID[lo % nb];
}

/** log P(category | utility eta) under the ordered logit (0 no, 1 abstain, 2 yes). */
export function logCategory(eta: number, cutNo: number, cutYes: number, category: number): number {
  return voteLogLik(category, cutNo - eta, cutYes - eta);
}
