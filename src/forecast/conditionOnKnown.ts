import { fastExp } from "../model/fastExp.ts";
import { uniformAt } from "../model/uniformAt.ts";
import { emptyPlan, NORMAL_TABLE, normalStream, setDrawParams, type DrawPlan } from "./drawForecast.ts";
import type { Component } from "./groupComponents.ts";
import { BAND_GRID, RESIDUAL_GRID } from "./residualPosterior.ts";
import type { StatePriors } from "./stateStep.ts";

/** What conditioning on known positions found. */
export interface Conditioning {
  /** The draws after conditioning; the prior plan itself when nothing is known. */
  plan: DrawPlan;
  /** Per known position (state index), its probability before conditioning (averaged over the prior draws, habit and absence included). */
  priorProbability: Map<number, number>;
  /** Per known position, its probability under the posterior (averaged over the conditioned draws). */
  posteriorProbability: Map<number, number>;
  /** Weight of each component after conditioning (its share of the conditioned draws). */
  posterior: number[];
  /** Effective number of prior draws had the known positions weighted them in one step (Kish): how far the posterior is from the prior. */
  effectiveDraws: number;
  /** Share of the Metropolis moves of the roll call's parameters accepted (NaN when none was made). */
  acceptance: number;
  /** Tempering stages the sampler took. */
  stages: number;
  /** Stream position after the numbers used (the conditioned draws' state uniforms start here). */
  end: number;
  /** The soft positions' own draws under the posterior (per particle), for their forecast: see {@link softUtilities}. */
  softParts?: { states: number[]; particles: number; x: Float64Array; r: Float64Array; b: Float64Array };
}

/** Options of {@link conditionOnKnown}. */
export interface ConditionOptions {
  /** Prior probability that a known position breaks with every draw (a floor on each known position's likelihood). */
  breakaway: number;
  /** Metropolis sweeps per tempering stage. */
  moves: number;
  /** Particles of the sampler (at most the draws). */
  particles: number;
  /** Power of the known positions' likelihood in the posterior, in (0, 1]: below 1 a power (tempered) posterior, wider than the model's own. */
  power: number;
  /** The turnout shock's sd (log scale on P(absent); as in prepareForecast). */
  turnoutSd: number;
  /** Stream position of the first number this step may use. */
  start: number;
  /**
   * Soft positions: evidence that is not a vote on this roll call (a Security Council member's vote on a
   * related draft): state index -> its outcome (as in `fixed`) and the weight of its likelihood in (0, 1].
   * They inform the posterior at that weight and are not fixed in the forecast.
   */
  soft?: Map<number, { outcome: number; weight: number }>;
}

/**
 * Conditions the draws on known positions (`fixed[s]`: 0 no, 1 abstain,
 * 2 yes, 3 absent; -1 unknown). The known votes are data about the new roll
 * call: every latent value of a draw they bear on gets a posterior, by
 * sequential Monte Carlo with adaptive tempering (Del Moral, Doucet and
 * Jasra 2006; Jasra, Stephens, Doucet and Tsagaris 2011):
 *
 * - the latent values: the component and its roll call, the common shock's
 *   three normals (discrimination, cutpoint location, width), the roll
 *   call's scores on the camps' factors (how it splits the camps: this is
 *   what moves every state that deviates with a known one), the turnout
 *   shock, the habits' common shock (a roll call on which revealed states
 *   break their habit is one on which others are likelier to), and each
 *   known state's own position and residual draw;
 * - the likelihood of a known vote: (1 - P(absent)) x (h 1[habit = vote] +
 *   (1 - h) P(vote | draw)), h the state's habit probability; of a known
 *   absence, P(absent); each mixed with a floor, (1 - breakaway) x that +
 *   breakaway / 4, so one position no draw explains cannot dominate;
 * - `particles` prior draws (spread evenly over the plan) are moved from the
 *   prior to the posterior through likelihoods raised to powers 0 < phi_1 <
 *   ... < 1, each next power chosen so that the weights keep half the
 *   particles effective; at each stage the particles are resampled
 *   (systematic) and moved by `moves` Metropolis sweeps: a random walk on
 *   the shock, factor, turnout and habit normals (steps 2.38 / sqrt(dims) times the
 *   particles' spread), and, for each known state, a fresh draw of its own
 *   position and residual from its prior (an independence proposal);
 * - the conditioned plan has the draws' count of the prior plan: draw d is
 *   particle d mod particles, with fresh uniforms for the unknown states
 *   (stream positions from `start` on), which given the roll call are
 *   independent of the known votes.
 *
 * Cost: O(particles x known states x stages x moves), about 0.1 s for
 * 50 known positions (`npm run bench -- forecast`).
 */
export function conditionOnKnown(
  plan: DrawPlan,
  components: readonly Component[],
  priors: StatePriors,
  fixed: Int8Array,
  options: ConditionOptions,
): Conditioning {
  const S = fixed.length;
  const D = plan.component.length;
  const C = components.length;
  const known: number[] = [];
  for (let s = 0; s < S; s++) if (fixed[s] >= 0 || options.soft?.has(s)) known.push(s);
  const weightOf = Float64Array.from(known, (s) => (fixed[s] >= 0 ? 1 : options.soft!.get(s)!.weight));
  const priorProbability = new Map<number, number>();
  const posteriorProbability = new Map<number, number>();
  const posterior = new Array<number>(C).fill(0);
  if (known.length === 0) {
    for (let d = 0; d < D; d++) posterior[plan.component[d]] += 1 / D;
    return { plan, priorProbability, posteriorProbability, posterior, effectiveDraws: D, acceptance: NaN, stages: 0, end: options.start };
  }
  const K = known.length;
  const P = Math.max(1, Math.min(D, options.particles));
  const F = priors.blocs && plan.factors > 0 ? plan.factors : 0;
  const FP = plan.factors;
  const lambda = priors.blocs ? priors.blocs.lambda : new Float64Array(0);
  const shrink = priors.blocs ? priors.blocs.shrink : new Float64Array(S).fill(1);
  const dims = plan.dims;
  const { breakaway, turnoutSd } = options;
  const habitSd = plan.habitSd;
  const floor = breakaway / 4;
  const keep = 1 - breakaway;
  const away0 = Float64Array.from(known, (s) => 1 / (1 + Math.exp(-priors.absentLogit[s])));
  const vote = Int8Array.from(known, (s) => (fixed[s] >= 0 ? fixed[s] : options.soft!.get(s)!.outcome));

  let position = options.start;
  const random = () => uniformAt(plan.seed, position++);
  const normal = normalStream(random);

  // particles: every (D / P)-th prior draw, with its latent values and the known states' own parts
  const parts = emptyPlan(plan.seed, plan.nStates, dims, P, FP);
  parts.habitSd = habitSd;
  const x = new Float64Array(P * K); // spatial utility before the shock's scale
  const r = new Float64Array(P * K); // residual
  const b = new Float64Array(P * K); // band (before noiseScale)
  const step0 = D / P;
  for (let p = 0; p < P; p++) {
    const j = Math.floor(p * step0);
    copyDraw(plan, j, parts, p);
    setDrawParams(parts, p, components, priors);
    for (let k = 0; k < K; k++) statePart(priors, known[k], parts, p, uniformAt(plan.seed, plan.position[j] + known[k] * dims), dims > 1 ? uniformAt(plan.seed, plan.position[j] + known[k] * dims + 1) : 0, x, r, b, p * K + k);
  }

  // per particle and known state: log((1 - breakaway) L + floor), and L itself
  const term = new Float64Array(P * K);
  const lik = new Float64Array(P * K);
  const total = new Float64Array(P);
  // per component and known state, the log-odds of its habit probability (infinite at 0 and 1, as below); computed once, not per likelihood
  const habitLogit = new Float64Array(priors.components.length * K);
  priors.components.forEach((cs, c) => known.forEach((s, k) => {
    const h0 = cs.habitProb[s];
    habitLogit[c * K + k] = Math.log(h0 / (1 - h0));
  }));
  /** A particle's turnout multiplier (the same for every known state: computed once per particle and evaluation). */
  const turnoutOf = (q: DrawPlan, p: number) => Math.exp(turnoutSd * q.turnout[p] - (turnoutSd * turnoutSd) / 2);
  const likOf = (q: DrawPlan, p: number, k: number, xv: number, rv: number, bv: number, turnout: number): number => {
    const s = known[k];
    const v = vote[k];
    const a = Math.min(0.995, away0[k] * turnout);
    if (v === 3) return a;
    const cutNo = q.cutNo[p];
    const cutYes = q.cutYes[p];
    const inv = q.inv[p];
    let e = (q.scale[p] * xv + rv) * inv;
    let w = bv * inv;
    for (let f = 0; f < F; f++) e += lambda[s * F + f] * q.factor[p * FP + f];
    const k2 = shrink[s];
    if (k2 !== 1) {
      const mid = 0.5 * (cutNo + cutYes);
      const half = 0.5 * (cutYes - cutNo);
      e = mid + (e - mid) / k2;
      w = (half + w) / k2 - half;
    }
    const pr = v === 0 ? 1 / (1 + fastExp(e + w - cutNo)) : v === 2 ? 1 / (1 + fastExp(cutYes + w - e)) : 1 / (1 + fastExp(e - w - cutYes)) - 1 / (1 + fastExp(e + w - cutNo));
    const c = q.component[p];
    const cs = priors.components[c];
    const h0 = cs.habitProb[s];
    const h = h0 === 0 || habitSd === 0 ? h0 : 1 / (1 + Math.exp(-habitLogit[c * K + k] - habitSd * q.habitZ[p]));
    return (1 - a) * (h === 0 ? pr : (cs.habit[s] === v ? h : 0) + (1 - h) * pr);
  };
  const evaluate = (p: number) => {
    let sum = 0;
    const turnout = turnoutOf(parts, p);
    for (let k = 0; k < K; k++) {
      const i = p * K + k;
      const l = likOf(parts, p, k, x[i], r[i], b[i], turnout);
      lik[i] = l;
      const t = weightOf[k] * Math.log(keep * l + floor);
      term[i] = t;
      sum += t;
    }
    total[p] = sum;
  };
  for (let p = 0; p < P; p++) evaluate(p);
  const priorSum = new Float64Array(K);
  for (let p = 0; p < P; p++) for (let k = 0; k < K; k++) priorSum[k] += lik[p * K + k];
  known.forEach((s, k) => {
    if (fixed[s] >= 0) priorProbability.set(s, priorSum[k] / P);
  });
  const effectiveDraws = ess(total, 1) * (D / P);

  // adaptive tempering
  const Z = 3 + F + 2;
  const latent = (q: DrawPlan, p: number, z: number) => (z < 3 ? q.shock[p * 3 + z] : z < 3 + F ? q.factor[p * FP + z - 3] : z === 3 + F ? q.turnout[p] : q.habitZ[p]);
  const setLatent = (q: DrawPlan, p: number, z: number, v: number) => {
    if (z < 3) q.shock[p * 3 + z] = v;
    else if (z < 3 + F) q.factor[p * FP + z - 3] = v;
    else if (z === 3 + F) q.turnout[p] = v;
    else q.habitZ[p] = v;
  };
  const proposal = emptyPlan(plan.seed, plan.nStates, dims, 1, FP);
  proposal.habitSd = habitSd;
  const theta = new Float64Array(Z);
  const weights = new Float64Array(P);
  let phi = 0;
  let stages = 0;
  let accepted = 0;
  let tried = 0;
  const xp = new Float64Array(1), rp = new Float64Array(1), bp = new Float64Array(1);
  const target = options.power;
  while (phi < target && stages < 50) {
    // the next power: half the particles effective, or 1
    let next = target;
    if (ess(total, target - phi) < P / 2) {
      let lo = 0;
      let hi = target - phi;
      for (let it = 0; it < 40; it++) {
        const mid = 0.5 * (lo + hi);
        if (ess(total, mid) < P / 2) hi = mid;
        else lo = mid;
      }
      next = phi + Math.max(lo, 1e-6);
    }
    const delta = next - phi;
    let max = -Infinity;
    for (let p = 0; p < P; p++) if (delta * total[p] > max) max = delta * total[p];
    let sumW = 0;
    for (let p = 0; p < P; p++) sumW += weights[p] = Math.exp(delta * total[p] - max);
    // steps from the weighted spread
    const steps = new Float64Array(Z);
    for (let z = 0; z < Z; z++) {
      let m1 = 0, m2 = 0;
      for (let p = 0; p < P; p++) {
        const v = latent(parts, p, z);
        m1 += weights[p] * v;
        m2 += weights[p] * v * v;
      }
      const sd = Math.sqrt(Math.max(0, m2 / sumW - (m1 / sumW) ** 2));
      steps[z] = (2.38 / Math.sqrt(Z)) * Math.min(1, Math.max(0.02, sd));
    }
    // systematic resampling
    const from = resample(weights, sumW, random());
    const copy = emptyPlan(plan.seed, plan.nStates, dims, P, FP);
    copy.habitSd = habitSd;
    const x2 = new Float64Array(P * K), r2 = new Float64Array(P * K), b2 = new Float64Array(P * K), t2 = new Float64Array(P * K), l2 = new Float64Array(P * K), tot2 = new Float64Array(P);
    for (let p = 0; p < P; p++) {
      const j = from[p];
      copyDraw(parts, j, copy, p);
      copy.cutNo[p] = parts.cutNo[j]; copy.cutYes[p] = parts.cutYes[j]; copy.scale[p] = parts.scale[j]; copy.inv[p] = parts.inv[j];
      for (let d = 0; d < dims; d++) copy.beta[p * dims + d] = parts.beta[j * dims + d];
      x2.set(x.subarray(j * K, (j + 1) * K), p * K); r2.set(r.subarray(j * K, (j + 1) * K), p * K); b2.set(b.subarray(j * K, (j + 1) * K), p * K);
      t2.set(term.subarray(j * K, (j + 1) * K), p * K); l2.set(lik.subarray(j * K, (j + 1) * K), p * K);
      tot2[p] = total[j];
    }
    copyPlan(copy, parts); x.set(x2); r.set(r2); b.set(b2); term.set(t2); lik.set(l2); total.set(tot2);
    phi = next;
    stages++;
    // Metropolis moves at power phi
    for (let sweep = 0; sweep < options.moves; sweep++) {
      for (let p = 0; p < P; p++) {
        // the roll call's parameters: random walk on the normals
        copyDraw(parts, p, proposal, 0);
        let logPrior = 0;
        for (let z = 0; z < Z; z++) {
          const old = latent(parts, p, z);
          const v = old + steps[z] * normal();
          theta[z] = v;
          logPrior += 0.5 * (old * old - v * v);
          setLatent(proposal, 0, z, v);
        }
        setDrawParams(proposal, 0, components, priors);
        let sum = 0;
        const turnoutProposed = turnoutOf(proposal, 0);
        for (let k = 0; k < K; k++) {
          const i = p * K + k;
          sum += weightOf[k] * Math.log(keep * likOf(proposal, 0, k, x[i], r[i], b[i], turnoutProposed) + floor);
        }
        tried++;
        if (Math.log(random()) < phi * (sum - total[p]) + logPrior) {
          accepted++;
          for (let z = 0; z < Z; z++) setLatent(parts, p, z, theta[z]);
          setDrawParams(parts, p, components, priors);
          evaluate(p);
        }
        // each known state's own draw: an independence proposal from its prior
        const turnout = turnoutOf(parts, p);
        for (let k = 0; k < K; k++) {
          const i = p * K + k;
          statePart(priors, known[k], parts, p, random(), dims > 1 ? random() : 0, xp, rp, bp, 0);
          const l = likOf(parts, p, k, xp[0], rp[0], bp[0], turnout);
          const t = weightOf[k] * Math.log(keep * l + floor);
          if (Math.log(random()) < phi * (t - term[i])) {
            x[i] = xp[0]; r[i] = rp[0]; b[i] = bp[0];
            total[p] += t - term[i];
            term[i] = t;
            lik[i] = l;
          }
        }
      }
    }
  }

  // the known positions' posterior probabilities and the components' weights
  const postSum = new Float64Array(K);
  for (let p = 0; p < P; p++) for (let k = 0; k < K; k++) postSum[k] += lik[p * K + k];
  known.forEach((s, k) => {
    if (fixed[s] >= 0) posteriorProbability.set(s, postSum[k] / P);
  });
  // the conditioned plan: draw d is particle d mod P, with fresh uniforms for the states
  const out = emptyPlan(plan.seed, plan.nStates, dims, D, FP);
  out.habitSd = habitSd;
  for (let d = 0; d < D; d++) {
    const p = d % P;
    copyDraw(parts, p, out, d);
    setDrawParams(out, d, components, priors);
    posterior[out.component[d]] += 1 / D;
    out.position[d] = position;
    position += plan.nStates * dims;
  }
  out.end = position;
  const softIndex = known.map((s, k) => [s, k] as const).filter(([s]) => fixed[s] < 0);
  const softParts = softIndex.length === 0 ? undefined : {
    states: softIndex.map(([s]) => s),
    particles: P,
    x: Float64Array.from({ length: P * softIndex.length }, (_, i) => x[Math.floor(i / softIndex.length) * K + softIndex[i % softIndex.length][1]]),
    r: Float64Array.from({ length: P * softIndex.length }, (_, i) => r[Math.floor(i / softIndex.length) * K + softIndex[i % softIndex.length][1]]),
    b: Float64Array.from({ length: P * softIndex.length }, (_, i) => b[Math.floor(i / softIndex.length) * K + softIndex[i % softIndex.length][1]]),
  };
  return { plan: out, priorProbability, posteriorProbability, posterior, effectiveDraws, acceptance: tried > 0 ? accepted / tried : NaN, stages, end: position, ...(softParts ? { softParts } : {}) };
}

/**
 * Writes the soft positions' utilities and bands into a forecast's draws
 * (draw-major, nStates per draw): in draw d, the state's own position and
 * residual are those of particle d mod particles under the posterior (so its
 * soft evidence moves its own outlook, not only the roll call's), with the
 * draw's parameters, the camps' terms included; its habit on the same text
 * holds with its posterior probability given the evidence (h / (h + (1 - h)
 * P(evidence | draw)) when the evidence agrees with the habit; h x (1 -
 * weight) when it does not), placed `margin` inside the category as
 * drawState does. O(draws x soft states).
 */
export function softUtilities(plan: DrawPlan, priors: StatePriors, soft: NonNullable<Conditioning["softParts"]>, evidence: Map<number, { outcome: number; weight: number }>, margin: number, eta: Float64Array, band: Float64Array): void {
  const S = plan.nStates;
  const D = plan.component.length;
  const n = soft.states.length;
  const F = priors.blocs && plan.factors > 0 ? plan.factors : 0;
  const lambda = priors.blocs ? priors.blocs.lambda : new Float64Array(0);
  for (let d = 0; d < D; d++) {
    const p = d % soft.particles;
    const cutNo = plan.cutNo[d];
    const cutYes = plan.cutYes[d];
    for (let k = 0; k < n; k++) {
      const s = soft.states[k];
      const i = p * n + k;
      let e = (plan.scale[d] * soft.x[i] + soft.r[i]) * plan.inv[d];
      let w = soft.b[i] * plan.inv[d];
      for (let f = 0; f < F; f++) e += lambda[s * F + f] * plan.factor[d * plan.factors + f];
      const shrink = priors.blocs ? priors.blocs.shrink[s] : 1;
      if (shrink !== 1) {
        const mid = 0.5 * (cutNo + cutYes);
        const half = 0.5 * (cutYes - cutNo);
        e = mid + (e - mid) / shrink;
        w = (half + w) / shrink - half;
      }
      // the habit on the same text, if any: it holds with its posterior probability given the evidence
      const cs = priors.components[plan.component[d]];
      const h0 = cs.habitProb[s];
      const habit = cs.habit[s];
      if (h0 > 0 && margin > 0) {
        const h = plan.habitSd > 0 ? 1 / (1 + Math.exp(-Math.log(h0 / (1 - h0)) - plan.habitSd * plan.habitZ[d])) : h0;
        const ev = evidence.get(s)!;
        const v = ev.outcome;
        let q: number;
        if (v === 3) q = h;
        else if (habit === v) {
          const pr = v === 0 ? 1 / (1 + Math.exp(e + w - cutNo)) : v === 2 ? 1 / (1 + Math.exp(cutYes + w - e)) : 1 / (1 + Math.exp(e - w - cutYes)) - 1 / (1 + Math.exp(e + w - cutNo));
          q = h / (h + (1 - h) * pr);
        } else q = h * (1 - ev.weight);
        if (uniformAt(plan.seed ^ 0x2545f491, d * n + k) < q) {
          if (habit === 2) e = cutYes + w + margin;
          else if (habit === 0) e = cutNo - w - margin;
          else {
            e = 0.5 * (cutNo + cutYes);
            w += margin;
          }
        }
      }
      eta[d * S + s] = e;
      band[d * S + s] = w;
    }
  }
}

/** Effective sample size (Kish) of weights exp(power x logLik). */
function ess(logLik: Float64Array, power: number): number {
  let max = -Infinity;
  for (let p = 0; p < logLik.length; p++) if (power * logLik[p] > max) max = power * logLik[p];
  let s1 = 0, s2 = 0;
  for (let p = 0; p < logLik.length; p++) {
    const w = Math.exp(power * logLik[p] - max);
    s1 += w;
    s2 += w * w;
  }
  return (s1 * s1) / s2;
}

/** Systematic resampling: for each of the n slots, the index of the particle it copies. */
function resample(weights: Float64Array, sum: number, u0: number): Int32Array {
  const n = weights.length;
  const from = new Int32Array(n);
  const stride = sum / n;
  let u = u0 * stride;
  let acc = weights[0];
  let j = 0;
  for (let p = 0; p < n; p++) {
    while (u > acc && j < n - 1) acc += weights[++j];
    from[p] = j;
    u += stride;
  }
  return from;
}

/** Copies draw j's latent values (component, roll call, shock, factors, turnout) into draw p of another plan. */
function copyDraw(src: DrawPlan, j: number, dst: DrawPlan, p: number): void {
  dst.component[p] = src.component[j];
  dst.member[p] = src.member[j];
  dst.shockSd[p] = src.shockSd[j];
  for (let z = 0; z < 3; z++) dst.shock[p * 3 + z] = src.shock[j * 3 + z];
  const F = src.factors;
  for (let f = 0; f < F; f++) dst.factor[p * F + f] = src.factor[j * F + f];
  dst.turnout[p] = src.turnout[j];
  dst.habitZ[p] = src.habitZ[j];
}

/** Copies every per-draw array of `src` into `dst` (plans of one size). */
function copyPlan(src: DrawPlan, dst: DrawPlan): void {
  dst.component.set(src.component); dst.member.set(src.member); dst.shockSd.set(src.shockSd); dst.shock.set(src.shock);
  dst.factor.set(src.factor); dst.turnout.set(src.turnout); dst.habitZ.set(src.habitZ); dst.cutNo.set(src.cutNo); dst.cutYes.set(src.cutYes);
  dst.beta.set(src.beta); dst.scale.set(src.scale); dst.inv.set(src.inv);
}

/** Residual and band of each cell of the (residual, band) table. */
const CELLS = RESIDUAL_GRID.length * BAND_GRID.length;

/**
 * State s's own draw in particle p from its uniforms (as drawState reads
 * them: the first 13 bits of u pick the position's normal quantile, the rest
 * the residual cell; u2 the second dimension's quantile): the spatial utility
 * before the shock's scale, the residual and the band, written at index i.
 */
function statePart(priors: StatePriors, s: number, q: DrawPlan, p: number, u: number, u2: number, x: Float64Array, r: Float64Array, b: Float64Array, i: number): void {
  const cs = priors.components[q.component[p]];
  const params = cs.params[q.member[p]];
  const dims = q.dims;
  const cells = NORMAL_TABLE.length;
  const w = u * cells;
  let e = params.beta[0] * (priors.posMean[s * dims] + cs.posSd[s * dims] * NORMAL_TABLE[w | 0]);
  if (dims > 1) e += params.beta[1] * (priors.posMean[s * dims + 1] + cs.posSd[s * dims + 1] * NORMAL_TABLE[(u2 * cells) | 0]);
  const v = w - (w | 0);
  const f = cs.cdf[s];
  let lo = 0;
  let hi = CELLS - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  const below = lo > 0 ? f[lo - 1] : 0;
  const mass = f[lo] - below;
  const within = mass > 0 ? (v - below) / mass : 0.5;
  x[i] = e;
  r[i] = RESIDUAL_GRID[Math.floor(lo / BAND_GRID.length)] + (within - 0.5) * 0.25;
  b[i] = BAND_GRID[lo % BAND_GRID.length];
}
