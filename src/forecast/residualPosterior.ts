import { fastExp } from "../model/fastExp.ts";
import { fastLog1p } from "../model/fastLog1p.ts";
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

const GRID_START = -12;
const GRID_STEP = 0.25;
/** Each band value in grid steps (all are multiples of 0.25). */
const BAND_STEPS = Int32Array.from(BAND_GRID, (a) => Math.round(a / GRID_STEP));
const BAND_OFFSET = BAND_STEPS[BAND_STEPS.length - 1];
/** Length of the tables indexed by k + band step and by k - band step + BAND_OFFSET. */
const DIFF_SIZE = RESIDUAL_GRID.length + BAND_OFFSET;

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
export function residualPosterior(votes: readonly LikeVote[], sd: number, bandMean: number, noiseScale = 1): Float64Array {
  const logp = residualLogLik(votes, noiseScale);
  addResidualPrior(logp, sd, bandMean);
  return cdfFromLog(logp);
}

/** Number of cells of the (residual, band) grid: RESIDUAL_GRID.length x BAND_GRID.length. */
export const RESIDUAL_CELLS = RESIDUAL_GRID.length * BAND_GRID.length;

/**
 * The log-likelihood of a state's votes at every (residual, band) cell of the
 * grid (index k * BAND_GRID.length + j), each vote weighted; see
 * {@link residualPosterior}. Log-likelihoods add, so tables of separate
 * groups of votes can be combined with other weights later. O(votes x grid).
 */
export function residualLogLik(votes: readonly LikeVote[], noiseScale = 1): Float64Array {
  const g = RESIDUAL_GRID;
  const nb = BAND_GRID.length;
  const logp = new Float64Array(g.length * nb);
  // A vote's utility gaps depend on (r, a) only through r + a (to the lower
  // cutpoint) and r - a (to the upper one), and both lie on the grid's 0.25
  // steps. An abstention's log(sigma(u2) - sigma(u1)) splits exactly into
  // log sigma(u2) + log sigma(-u1) + log(1 - exp(u1 - u2)), and u1 - u2 =
  // (cutNo - cutYes - 2a) / noiseScale depends on the band alone. So every
  // vote adds its log-sigmoids to two tables over the grid's steps (O(grid),
  // not O(grid x bands) exponentials) and abstentions a term per band; the
  // cells are then summed once.
  const lower = new Float64Array(DIFF_SIZE); // sum of w log P(below or above the lower cutpoint), by k + band step
  const upper = new Float64Array(DIFF_SIZE); // sum of w log P(below or above the upper cutpoint), by k - band step + offset
  const byBand = new Float64Array(nb); // sum over abstentions of w log(1 - exp(u1 - u2))
  const softplus = new Float64Array(DIFF_SIZE); // log(1 + exp(-|x_n|)) of the vote's gaps, by step
  for (const v of votes) {
    const w = v.weight ?? 1;
    if (w === 0) continue;
    // u1 = cutNo - eta - (r + a), u2 = cutYes - eta - (r - a), in units of the persistent noise;
    // on the steps: u1 = a1 - step n, u2 = a2 - step n; log sigma(x) = min(x, 0) - softplus
    const a1 = (v.cutNo - v.eta - GRID_START) / noiseScale;
    const a2 = (v.cutYes - v.eta - (GRID_START - GRID_STEP * BAND_OFFSET)) / noiseScale;
    const step = GRID_STEP / noiseScale;
    if (v.category !== 2) {
      softplusSteps(a1, step, softplus);
      if (v.category === 0) for (let n = 0; n < DIFF_SIZE; n++) lower[n] += w * (Math.min(a1 - step * n, 0) - softplus[n]); // log sigma(u1)
      else for (let n = 0; n < DIFF_SIZE; n++) lower[n] += w * (Math.min(step * n - a1, 0) - softplus[n]); // log sigma(-u1)
    }
    if (v.category !== 0) {
      softplusSteps(a2, step, softplus);
      if (v.category === 2) for (let n = 0; n < DIFF_SIZE; n++) upper[n] += w * (Math.min(step * n - a2, 0) - softplus[n]); // log sigma(-u2)
      else for (let n = 0; n < DIFF_SIZE; n++) upper[n] += w * (Math.min(a2 - step * n, 0) - softplus[n]); // log sigma(u2)
    }
    if (v.category === 1) {
      for (let j = 0; j < nb; j++) byBand[j] += w * Math.log(Math.max(1e-300, -Math.expm1((v.cutNo - v.cutYes - 2 * BAND_GRID[j]) / noiseScale)));
    }
  }
  for (let k = 0; k < g.length; k++) {
    for (let j = 0; j < nb; j++) logp[k * nb + j] = lower[k + BAND_STEPS[j]] + upper[k - BAND_STEPS[j] + BAND_OFFSET] + byBand[j];
  }
  return logp;
}

/**
 * softplus(-|x_n|) = log(1 + exp(-|x_n|)) at x_n = a - step n, n = 0..out.length - 1, into
 * `out` (log sigma(x) = min(x, 0) - that): exp(-|x_n|) by one exponential at the step nearest
 * zero, then by multiplying by exp(-step) outward on each side (relative error below 1e-14:
 * under n rounding errors), log1p by fastLog1p. The residual tables take a million of these
 * per forecast; this is a third of the cost of one logSigmoid each.
 */
function softplusSteps(a: number, step: number, out: Float64Array): void {
  const N = out.length;
  const q = Math.exp(-step);
  const n0 = Math.min(N, Math.max(0, Math.ceil(a / step))); // x_n <= 0 from n0 on, > 0 before
  let e = n0 < N ? fastExp(a - step * n0) : 0;
  for (let n = n0; n < N; n++) {
    out[n] = fastLog1p(e);
    e *= q;
  }
  e = n0 > 0 ? fastExp(step * (n0 - 1) - a) : 0;
  for (let n = n0 - 1; n >= 0; n--) {
    out[n] = fastLog1p(e);
    e *= q;
  }
}

/** Adds the prior r ~ N(0, sd^2), a ~ Exponential(mean bandMean) to a log table, in place. */
export function addResidualPrior(logp: Float64Array, sd: number, bandMean: number): void {
  const g = RESIDUAL_GRID;
  const b = BAND_GRID;
  const nb = b.length;
  for (let k = 0; k < g.length; k++) {
    const prior = -0.5 * (g[k] / sd) ** 2;
    for (let j = 0; j < nb; j++) logp[k * nb + j] += prior - b[j] / bandMean;
  }
}

/** The normalized cumulative distribution of an unnormalized log table (exponentials by fastExp). */
export function cdfFromLog(logp: Float64Array): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < logp.length; k++) if (logp[k] > max) max = logp[k];
  const cdf = new Float64Array(logp.length);
  let total = 0;
  for (let k = 0; k < logp.length; k++) {
    total += fastExp(logp[k] - max);
    cdf[k] = total;
  }
  for (let k = 0; k < cdf.length; k++) cdf[k] /= total;
  return cdf;
}

/**
 * A guide table for {@link drawResidual} (Chen's method): entry m < size is
 * the first index k with cdf[k] >= m / size, and entry `size` the last index;
 * so a uniform u in [m / size, (m + 1) / size) has its cell between entries
 * m and m + 1, found by bisecting that short range (most often empty: no
 * search at all). O(cdf.length + size).
 */
export function residualGuide(cdf: Float64Array, size = 1024): Int32Array {
  if (!(Number.isInteger(size) && 1 <= size)) throw new Error(`invalid size; expected a positive integer: ${size}`);
  const guide = new Int32Array(size + 1);
  let k = 0;
  for (let m = 0; m < size; m++) {
    const u = m / size;
    while (k < cdf.length - 1 && cdf[k] < u) k++;
    guide[m] = k;
  }
  guide[size] = cdf.length - 1;
  return guide;
}

/**
 * Draws (r, a) from a tabulated joint CDF with a uniform u (inverse CDF: the
 * first cell with cdf >= u); r is jittered within its grid cell by u2. Writes
 * into `out` [r, a]. With a guide table ({@link residualGuide}) the search
 * is confined to the guide's range for u; without one it bisects the whole
 * table. Same result either way.
 */
export function drawResidual(cdf: Float64Array, u: number, u2: number, out: Float64Array, guide?: Int32Array): void {
  let lo = 0;
  let hi = cdf.length - 1;
  if (guide) {
    const m = Math.floor(u * (guide.length - 1));
    lo = guide[m];
    hi = guide[m + 1];
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  const nb = BAND_GRID.length;
  out[0] = RESIDUAL_GRID[Math.floor(lo / nb)] + (u2 - 0.5) * 0.25;
  out[1] = BAND_GRID[lo % nb];
}

/** log P(category | utility eta) under the ordered logit (0 no, 1 abstain, 2 yes). */
export function logCategory(eta: number, cutNo: number, cutYes: number, category: number): number {
  return voteLogLik(category, cutNo - eta, cutYes - eta);
}
