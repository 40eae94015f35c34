import { uniformAt } from "../model/uniformAt.ts";
import type { HabitPlan } from "./planHabits.ts";
import type { Component } from "./groupComponents.ts";
import { BAND_GRID, RESIDUAL_GRID } from "./residualPosterior.ts";
import type { StatePriors } from "./stateStep.ts";

/** The Monte Carlo draws of a forecast. */
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
 * The per-draw half of the draws ({@link planDraws}): each draw's component,
 * the latent values behind its roll-call parameters (which of the
 * component's roll calls, the common shock's normals, the camps' factor
 * scores, the turnout normal), the parameters they give ({@link setDrawParams}),
 * and where its per-state uniforms sit in the seed's stream
 * (`uniformAt(seed, position[d] + s x dims)`, and + 1 for a second
 * dimension), so any state's values in any draw can be computed on demand,
 * in any order ({@link drawForecast}, {@link drawState}).
 */
export interface DrawPlan {
  seed: number;
  nStates: number;
  dims: number;
  component: Int8Array;
  /** Index of the component's roll call each draw perturbs. */
  member: Int32Array;
  /** The common shock's scale per draw (the component's itemSd, times sqrt(df / chi2(df)) for a Student-t shock). */
  shockSd: Float64Array;
  /** The common shock's three standard normals per draw (discrimination, lower cutpoint, width), draw-major (length 3 x draws). */
  shock: Float64Array;
  /** Factors of the states-move-together model (0: none). */
  factors: number;
  /** The new roll call's score on each factor per draw, prior N(0, 1), draw-major (length factors x draws). */
  factor: Float64Array;
  /** The turnout shock's standard normal per draw (prior N(0, 1)). */
  turnout: Float64Array;
  /** The habits' common shock's standard normal per draw (prior N(0, 1)): every state's habit log-odds move by habitSd x it. */
  habitZ: Float64Array;
  /** Scale of the habits' common shock (0: none). */
  habitSd: number;
  /** Cutpoints per draw (in units of the persistent noise). */
  cutNo: Float64Array;
  cutYes: Float64Array;
  /** Discrimination per draw and dimension (the member's, times the common shock's scale). */
  beta: Float64Array;
  /** The common shock's scale of the discrimination per draw, exp(sd x z / 2). */
  scale: Float64Array;
  /** 1 / noiseScale of the draw's component. */
  inv: Float64Array;
  /** Stream position of the draw's first per-state uniform (below 2^31: at most a million draws of a few hundred states). */
  position: Int32Array;
  /** Stream position after the plan (the next number to use). */
  end: number;
}

/**
 * Plans the draws of the new roll call: the draws are shared among the
 * components in proportion to their prior weights (largest remainders, so
 * the shares are exact); in each draw, one of the component's roll calls is
 * picked by weight, its discrimination scaled by exp(N(0, (itemSd/2)^2)),
 * its lower cutpoint shifted by N(0, itemSd^2) and its abstention band
 * widened by exp(N(0, (itemSd/2)^2)) (the common shock: every state moves
 * together); cutpoints are divided by the component's `noiseScale` (a
 * state's votes on a text it voted on before are less noisy than one roll
 * call's logistic error). With `shockDf` > 0 the three common-shock
 * normals of a draw share one scale sqrt(df / chi2(df)), so the shock is
 * Student-t with `shockDf` degrees of freedom: heavier tails (a vote now and
 * then splits far from every resembling one) at the same spread in the
 * middle. Each draw also gets `factors` standard normals, the new roll
 * call's scores on the camps' factors (see `estimateBlocs`), one for the
 * turnout shock and one for the habits' common shock (on a roll call where
 * some states break their habit, others are likelier to: a state's habit
 * log-odds move by habitSd x that normal). The numbers come from `seededRandom(seed)`'s
 * stream from position `start` on, each draw's followed by room for its
 * states' uniforms (nStates x dims), which are only computed where needed.
 * O(draws).
 */
export function planDraws(
  components: readonly Component[],
  priors: StatePriors,
  nStates: number,
  dims: number,
  draws: number,
  seed: number,
  start = 0,
  shockDf = 0,
  factors = 0,
  habitSd = 0,
): DrawPlan {
  const D = draws;
  const plan = emptyPlan(seed, nStates, dims, D, factors);
  plan.habitSd = habitSd;
  const counts = allocate(components.map((c) => c.prior), D);
  let n = start;
  const random = () => uniformAt(seed, n++);
  const normal = normalStream(random);
  let d = 0;
  components.forEach((c, ci) => {
    const { cumulative } = priors.components[ci];
    for (let k = 0; k < counts[ci]; k++, d++) {
      plan.component[d] = ci;
      const u = random();
      let m = 0;
      while (cumulative[m] < u) m++;
      plan.member[d] = m;
      plan.shockSd[d] = shockDf > 0 ? c.itemSd * studentScale(shockDf, normal) : c.itemSd;
      for (let z = 0; z < 3; z++) plan.shock[d * 3 + z] = normal();
      for (let f = 0; f < factors; f++) plan.factor[d * factors + f] = normal();
      plan.turnout[d] = normal();
      plan.habitZ[d] = normal();
      setDrawParams(plan, d, components, priors);
      plan.position[d] = n;
      n += nStates * dims;
    }
  });
  plan.end = n;
  return plan;
}

/** A plan of `draws` draws with every array allocated and zero. */
export function emptyPlan(seed: number, nStates: number, dims: number, draws: number, factors: number): DrawPlan {
  const D = draws;
  return {
    seed, nStates, dims, factors,
    component: new Int8Array(D), member: new Int32Array(D), shockSd: new Float64Array(D), shock: new Float64Array(D * 3),
    factor: new Float64Array(D * factors), turnout: new Float64Array(D), habitZ: new Float64Array(D), habitSd: 0,
    cutNo: new Float64Array(D), cutYes: new Float64Array(D), beta: new Float64Array(D * dims), scale: new Float64Array(D),
    inv: new Float64Array(D), position: new Int32Array(D), end: 0,
  };
}

/**
 * Sets draw d's roll-call parameters (cutpoints, discrimination, its scale,
 * 1 / noiseScale) from its latent values (component, member, shock sd and
 * normals): lower cutpoint c1 = member's - cutShift + sd z2, width =
 * member's x exp(sd z3 / 2), discrimination x exp(sd z1 / 2); cutpoints
 * divided by the component's noiseScale.
 */
export function setDrawParams(plan: DrawPlan, d: number, components: readonly Component[], priors: StatePriors): void {
  const ci = plan.component[d];
  const c = components[ci];
  const p = priors.components[ci].params[plan.member[d]];
  const sd = plan.shockSd[d];
  const scale = Math.exp(0.5 * sd * plan.shock[d * 3]);
  const c1 = p.cutNo - (c.cutShift ?? 0) + sd * plan.shock[d * 3 + 1];
  const width = Math.max(0, p.cutYes - p.cutNo) * Math.exp(0.5 * sd * plan.shock[d * 3 + 2]);
  const noiseScale = c.noiseScale;
  plan.cutNo[d] = c1 / noiseScale;
  plan.cutYes[d] = (c1 + width) / noiseScale;
  plan.scale[d] = scale;
  const dims = plan.dims;
  plan.beta[d * dims] = p.beta[0] * scale;
  if (dims > 1) plan.beta[d * dims + 1] = p.beta[1] * scale;
  plan.inv[d] = 1 / noiseScale;
}

const EMPTY = new Float64Array(0);

/** Draws per block of the fill (and at most per run of drawState): a block's rows of eta and band stay in the cache while its states are filled one by one. */
const BLOCK = 128;

/**
 * Every state's utility and band in every draw of a plan, the draws in the
 * order `order` (draw d is planned draw order[d]; the planned order when
 * null): each state's position is drawn around its projection and its
 * residual and band from its posterior on the component's subject
 * ({@link drawState}), habits included when a plan for them is given
 * ({@link planHabits}). Filled in blocks of draws, state by state, so each
 * state's residual table is read once per block rather than once per draw.
 * The states with `known[s] >= 0` (a forecast's known positions, whose votes
 * are fixed) are not drawn: their utility and band stay 0 and no other
 * state's draw changes (each reads its own uniforms by position).
 * O(draws x states x dims).
 */
export function drawForecast(plan: DrawPlan, priors: StatePriors, order: Int32Array | null = null, habits: HabitPlan | null = null, known: Int8Array | null = null): ForecastDraws {
  const S = plan.nStates;
  const D = order ? order.length : plan.cutNo.length;
  const eta = new Float64Array(D * S);
  const band = new Float64Array(D * S);
  const cutNo = new Float64Array(D);
  const cutYes = new Float64Array(D);
  const component = new Int8Array(D);
  for (let d = 0; d < D; d++) {
    const j = order ? order[d] : d;
    cutNo[d] = plan.cutNo[j];
    cutYes[d] = plan.cutYes[j];
    component[d] = plan.component[j];
  }
  for (let from = 0; from < D; from += BLOCK) {
    const to = Math.min(D, from + BLOCK);
    for (let s = 0; s < S; s++) if (!known || known[s] < 0) drawState(plan, priors, s, order, from, to, eta, band, S, s, habits);
  }
  return { eta, band, cutNo, cutYes, component };
}

/** Residual grid value and band of each cell of the (residual, band) table (no division in the inner loop). */
const CELL_RESIDUAL = Float64Array.from({ length: RESIDUAL_GRID.length * BAND_GRID.length }, (_, k) => RESIDUAL_GRID[Math.floor(k / BAND_GRID.length)]);
const CELL_BAND = Float64Array.from({ length: RESIDUAL_GRID.length * BAND_GRID.length }, (_, k) => BAND_GRID[k % BAND_GRID.length]);

/** Scratch of drawState's stages, one run of draws at a time: uniform x cells, position part of the utility, cell of the residual table. */
const SCRATCH_W = new Float64Array(BLOCK);
const SCRATCH_E = new Float64Array(BLOCK);
const SCRATCH_CELL = new Int32Array(BLOCK);
const SCRATCH_DRAW = new Int32Array(BLOCK);
const SCRATCH_HABIT = new Uint8Array(BLOCK);

/**
 * State s's utility and band in draws [from, to) of the order (planned draw
 * order[d], or d when null), written to eta[d x stride + offset] and
 * band[d x stride + offset]. A draw's value depends only on the planned draw
 * and the state (its uniforms' stream positions), never on the order of
 * computation, so a state's column ({@link conditionOnKnown}) and the full
 * fill agree to the last bit. The position is drawn around its projection;
 * the residual and band by the inverse CDF of the tabulated posterior with a
 * guide table, the residual jittered within its cell by the uniform's
 * position in that cell's probability (itself uniform given the cell); the
 * cell is the guide's entry for the uniform (19 times in 20 with 1024
 * entries) or found by bisecting up to the next entry (a linear scan would
 * walk through every near-empty tail cell when the uniform falls in the
 * first range). One
 * uniform serves two draws: its first 13 bits pick the position's normal
 * quantile (NORMAL_TABLE has 2^13 cells) and the remaining bits, rescaled,
 * are a uniform of their own (independent of the first 13 bits) for the
 * residual. Utilities and bands are divided by the component's noiseScale.
 * With a habit plan, a draw where the state's habit holds ({@link planHabits})
 * places its utility `margin` inside the habitual category (yes: cutYes +
 * band + margin; no: cutNo - band - margin; abstain: the middle, the band
 * widened by the margin) and skips the position and residual.
 * Runs of up to BLOCK draws of one component go through the steps in
 * stages (uniforms, positions, cells, then values), each a short loop of
 * independent iterations: about a quarter faster than one loop doing it all,
 * whose long chain of dependent steps per draw leaves the processor waiting.
 */
export function drawState(
  plan: DrawPlan,
  priors: StatePriors,
  s: number,
  order: Int32Array | null,
  from: number,
  to: number,
  eta: Float64Array,
  band: Float64Array,
  stride: number,
  offset: number,
  habits: HabitPlan | null = null,
): void {
  const { seed, dims, component, beta, inv, position } = plan;
  const table = NORMAL_TABLE; // local bindings: no module-namespace lookup per draw
  const cells = table.length;
  const cellResidual = CELL_RESIDUAL;
  const cellBand = CELL_BAND;
  const ws = SCRATCH_W;
  const es = SCRATCH_E;
  const los = SCRATCH_CELL;
  const js = SCRATCH_DRAW;
  const holds = SCRATCH_HABIT;
  const F = priors.blocs && plan.factors > 0 ? plan.factors : 0;
  const lambda = priors.blocs ? priors.blocs.lambda : EMPTY;
  const factor = plan.factor;
  const shrink = priors.blocs ? priors.blocs.shrink[s] : 1;
  const mean0 = priors.posMean[s * dims];
  const mean1 = dims > 1 ? priors.posMean[s * dims + 1] : 0;
  for (let start = from; start < to; ) {
    // a run: up to BLOCK draws of one component
    const c = component[order ? order[start] : start];
    let end = start + 1;
    while (end < to && end - start < BLOCK && component[order ? order[end] : end] === c) end++;
    const n = end - start;
    const cs = priors.components[c];
    const f = cs.cdf[s];
    const g = cs.guide[s];
    const gl = g.length - 1;
    const sd0 = cs.posSd[s * dims];
    const sd1 = dims > 1 ? cs.posSd[s * dims + 1] : 0;
    for (let k = 0; k < n; k++) js[k] = order ? order[start + k] : start + k;
    const rank = habits ? habits.rank[c * plan.nStates + s] : -1;
    const habit = cs.habit[s];
    if (habits && rank >= 0) {
      const p = cs.habitProb[s];
      if (plan.habitSd > 0) {
        const lp = Math.log(p / (1 - p));
        for (let k = 0; k < n; k++) holds[k] = uniformAt(habits.seed, habits.first[start + k] + rank) < 1 / (1 + Math.exp(-lp - plan.habitSd * plan.habitZ[js[k]])) ? 1 : 0;
      } else for (let k = 0; k < n; k++) holds[k] = uniformAt(habits.seed, habits.first[start + k] + rank) < p ? 1 : 0;
    } else holds.fill(0, 0, n);
    for (let k = 0; k < n; k++) ws[k] = uniformAt(seed, position[js[k]] + s * dims) * cells;
    for (let k = 0; k < n; k++) {
      if (holds[k]) continue;
      const j = js[k];
      let e = beta[j * dims] * (mean0 + sd0 * table[ws[k] | 0]);
      if (dims > 1) e += beta[j * dims + 1] * (mean1 + sd1 * table[(uniformAt(seed, position[j] + s * dims + 1) * cells) | 0]);
      es[k] = e;
    }
    for (let k = 0; k < n; k++) {
      const v = ws[k] - (ws[k] | 0);
      const m = (v * gl) | 0;
      let lo = g[m];
      if (f[lo] < v) {
        // rarely (1 in 20 with 1024 guide entries): the cell is further on, at most at entry m + 1
        let hi = g[m + 1];
        lo++;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (f[mid] < v) lo = mid + 1;
          else hi = mid;
        }
      }
      los[k] = lo;
    }
    for (let k = 0; k < n; k++) {
      const j = js[k];
      const lo = los[k];
      if (holds[k]) {
        const i = (start + k) * stride + offset;
        const b = cellBand[lo] * inv[j];
        const margin = (habits as HabitPlan).margin;
        if (habit === 2) eta[i] = plan.cutYes[j] + b + margin;
        else if (habit === 0) eta[i] = plan.cutNo[j] - b - margin;
        else eta[i] = 0.5 * (plan.cutNo[j] + plan.cutYes[j]);
        band[i] = habit === 1 ? b + margin : b;
        continue;
      }
      const v = ws[k] - (ws[k] | 0);
      const below = lo > 0 ? f[lo - 1] : 0;
      const mass = f[lo] - below;
      const within = mass > 0 ? (v - below) / mass : 0.5;
      const r = cellResidual[lo] + (within - 0.5) * 0.25;
      const i = (start + k) * stride + offset;
      let e = (es[k] + r) * inv[j];
      let b = cellBand[lo] * inv[j];
      if (F > 0) {
        for (let q = 0; q < F; q++) e += lambda[s * F + q] * factor[j * F + q];
        if (shrink !== 1) {
          const mid = 0.5 * (plan.cutNo[j] + plan.cutYes[j]);
          const half = 0.5 * (plan.cutYes[j] - plan.cutNo[j]);
          e = mid + (e - mid) / shrink;
          b = (half + b) / shrink - half;
        }
      }
      eta[i] = e;
      band[i] = b;
    }
    start = end;
  }
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
