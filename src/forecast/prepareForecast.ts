import { findRollCall } from "../data/findRollCall.ts";
import { loadAssembly } from "../data/loadAssembly.ts";
import { sessionPeriod } from "../data/sessionPeriod.ts";
import { ABSTAIN, NO, YES, type Assembly, type RollCall } from "../data/types.ts";
import { absenceProbability } from "../model/absence/absenceProbability.ts";
import { randomNormal, seededRandom } from "../model/seededRandom.ts";
import type { FittedModel, RollCallParams, StateTrajectory } from "../model/types.ts";
import { checkSpec } from "./checkSpec.ts";
import { membersAsOf } from "./membersAsOf.ts";
import { modelForAsOf } from "./modelForAsOf.ts";
import type { PreparedForecast } from "./PreparedForecast.ts";
import { drawResidual, logCategory, residualGuide, residualPosterior, type LikeVote } from "./residualPosterior.ts";
import type { ForecastSpec } from "./types.ts";

/** Options of `prepareForecast` and `forecastResolution`. */
export interface ForecastOptions {
  /** The voting record. Default: the embedded one (`loadAssembly()`). */
  assembly?: Assembly;
  /** A fitted model whose cutoff is on or before asOf. Default: `modelForAsOf(assembly, asOf)` (saved or fitted now). */
  model?: FittedModel;
  /** Prior sd of a state's residual on the resembling roll calls' subject. Default 5; range (0, 10]. */
  residualSd?: number;
  /** Sd of the new roll call's cutpoints around the resembling ones'. Default 0.2; range [0, 5]. */
  itemSd?: number;
  /** Weight (in pseudo-votes) of the absence model against the state's absences on the resembling roll calls. Default 0.3. */
  absencePrior?: number;
  /** Weight of a resembling vote per session older than the latest one (1 = all equal). Default 0.85; range (0, 1]. */
  recencyDecay?: number;
  /** Scale of the new vote's logistic error relative to a single roll call's (persistence). Default 0.75; range (0, 1]. */
  noiseScale?: number;
  /** Sd of the per-draw turnout shock, common to every state (log scale on P(absent); mean-preserving). Default 0.85; range [0, 3]. */
  turnoutSd?: number;
  /** Prior mean of a state's abstention band on the subject (exponential prior). Default 3; range (0, 20]. */
  bandMean?: number;
  /** Probability that a state simply repeats its latest vote on the resembling roll calls (habit), discounted by recencyDecay per session it is older than the latest. Default 0.5; range [0, 1). */
  habitWeight?: number;
  /** How far (logistic units, beyond the cutpoint) a habitual vote sits inside its category: the pressure it takes to break the habit. Default 6; range (0, 20]. */
  habitMargin?: number;
  /** Progress callback for an on-the-fly fit. */
  onProgress?: (fraction: number, message: string) => void;
  /** Resembling roll calls given directly (instead of resolving `spec.like` symbols), e.g. by the backtest. */
  likeRollCalls?: readonly RollCall[];
}

const CATEGORY: Record<number, 0 | 1 | 2> = { [NO]: 0, [ABSTAIN]: 1, [YES]: 2 };
const FIXED: Record<string, number> = { N: 0, A: 1, Y: 2, X: 3 };

/**
 * Prepares a forecast of a new resolution: the Monte Carlo draws behind
 * `forecastResolution`. Method:
 *
 * 1. Only data strictly before `asOf` is used (the model's cutoff must be on or
 *    before it, resembling roll calls must precede it).
 * 2. The new roll call's parameters are drawn around those of the resembling
 *    roll calls (`like`; or, with only an `issue`, the roll calls on that
 *    issue in the last three sessions): a resembling roll call at random,
 *    discrimination scaled by exp(N(0, (itemSd/2)^2)), cutpoints shifted by N(0, itemSd^2).
 * 3. Each state's position is projected to asOf along the random walk
 *    (variance grows by walkSd^2 per session since its last estimate) and drawn.
 * 4. Each state's residual on this subject (its own record on the resembling
 *    roll calls beyond what its position predicts) is drawn from its posterior.
 * 5. Known positions condition the draws (importance weights by their
 *    likelihood, a habit counted in closed form, then systematic resampling)
 *    and are fixed outcomes.
 * 6. Habit: in a share of draws (`habitWeight`) a state repeats its latest
 *    yes/abstain/no vote on the resembling roll calls, placed `habitMargin`
 *    inside that category; none when only an issue area is given.
 * 7. Absence: the absence model's probability for the session kind, updated by
 *    the state's absences on the resembling roll calls (a beta-binomial blend).
 *
 * Cost: O(draws x states); under a second for 10,000 draws once the model is
 * fitted (`npm run bench -- forecast`).
 */
export function prepareForecast(specInput: ForecastSpec, options: ForecastOptions = {}): PreparedForecast {
  const spec = checkSpec(specInput);
  const residualSd = options.residualSd ?? 5;
  const itemSd = options.itemSd ?? 0.2;
  const absencePrior = options.absencePrior ?? 0.3;
  const recencyDecay = options.recencyDecay ?? 0.85;
  const noiseScale = options.noiseScale ?? 0.75;
  const turnoutSd = options.turnoutSd ?? 0.85;
  const bandMean = options.bandMean ?? 3;
  const habitWeightOption = options.habitWeight ?? 0.5;
  const habitMargin = options.habitMargin ?? 6;
  if (!(0 < residualSd && residualSd <= 10)) throw new Error(`invalid residualSd; expected a number in (0, 10]: ${residualSd}`);
  if (!(0 <= itemSd && itemSd <= 5)) throw new Error(`invalid itemSd; expected a number in [0, 5]: ${itemSd}`);
  if (!(0 < noiseScale && noiseScale <= 1)) throw new Error(`invalid noiseScale; expected a number in (0, 1]: ${noiseScale}`);
  if (!(0 <= turnoutSd && turnoutSd <= 3)) throw new Error(`invalid turnoutSd; expected a number in [0, 3]: ${turnoutSd}`);
  if (!(0 < recencyDecay && recencyDecay <= 1)) throw new Error(`invalid recencyDecay; expected a number in (0, 1]: ${recencyDecay}`);
  if (!(0 < bandMean && bandMean <= 20)) throw new Error(`invalid bandMean; expected a number in (0, 20]: ${bandMean}`);
  if (!(0 <= habitWeightOption && habitWeightOption < 1)) throw new Error(`invalid habitWeight; expected a number in [0, 1): ${habitWeightOption}`);
  if (!(0 < habitMargin && habitMargin <= 20)) throw new Error(`invalid habitMargin; expected a number in (0, 20]: ${habitMargin}`);
  if (!(0 < absencePrior && absencePrior <= 1000)) throw new Error(`invalid absencePrior; expected a number in (0, 1000]: ${absencePrior}`);
  const assembly = options.assembly ?? loadAssembly();
  const model = options.model ?? modelForAsOf(assembly, spec.asOf, { onProgress: options.onProgress });
  if (model.fingerprint !== assembly.fingerprint) {
    throw new Error(`model fitted on other data; fingerprint ${JSON.stringify(model.fingerprint)} does not match the data's ${JSON.stringify(assembly.fingerprint)}`);
  }
  if (model.cutoff > spec.asOf) {
    throw new Error(`model uses data up to ${model.cutoff}, after asOf ${spec.asOf}; fit one with --until ${spec.asOf} (no leakage allowed)`);
  }
  const dims = model.dims;
  const period = sessionPeriod("ES-0", spec.asOf);
  const { columns } = membersAsOf(assembly, spec.asOf);
  const S = columns.length;
  const states = columns.map((c) => ({ iso3: assembly.states[c].iso3, name: assembly.states[c].name, group: assembly.states[c].group }));
  const col = new Map(states.map((s, k) => [s.iso3, k]));

  // resembling roll calls and their parameters
  const params = new Map(model.rollCalls.map((r) => [r.undlId, r]));
  let likeCalls: RollCall[] = options.likeRollCalls
    ? [...options.likeRollCalls]
    : (spec.like ?? []).map((symbol, k) => {
        try {
          return findRollCall(assembly, symbol);
        } catch (e) {
          throw new Error(`invalid like[${k}]; ${(e as Error).message}`);
        }
      });
  likeCalls.forEach((rc, k) => {
    if (rc.date >= spec.asOf) throw new Error(`invalid like[${k}]; ${rc.symbol} was voted on ${rc.date}, not before asOf ${spec.asOf}`);
    if (!params.has(rc.undlId)) throw new Error(`invalid like[${k}]; ${rc.symbol} (${rc.date}) is outside the model's data (${model.from} to ${model.cutoff})`);
  });
  const likeFromIssue = likeCalls.length === 0;
  if (likeFromIssue) {
    // only an issue area: every roll call on it in the last three sessions, with spatial content
    likeCalls = assembly.rollCalls.filter(
      (r) => r.issues.includes(spec.issue as string) && r.date < spec.asOf && r.period >= period - 3 && params.get(r.undlId)?.beta.some((b) => b !== 0),
    );
    if (likeCalls.length === 0) throw new Error(`invalid issue; no roll call on ${JSON.stringify(spec.issue)} in the three sessions before ${spec.asOf}`);
  }
  // a habit is a vote on the same text: none when the resembling roll calls are only an issue area
  const habitWeight = likeFromIssue ? 0 : habitWeightOption;
  const likeParams = likeCalls.map((rc) => params.get(rc.undlId) as RollCallParams);
  // more recent resembling votes say more about today: weight halves per session back from the latest
  const latestPeriod = Math.max(...likeParams.map((p) => p.period));
  const likeWeights = likeParams.map((p) => recencyDecay ** (latestPeriod - p.period));
  const pool = likeParams;

  // known positions
  const fixed = new Int8Array(S).fill(-1);
  for (const [iso3, v] of Object.entries(spec.known ?? {})) {
    const s = col.get(iso3);
    if (s === undefined) throw new Error(`invalid known.${iso3}; not a member state as of ${spec.asOf}: ${JSON.stringify(iso3)}`);
    fixed[s] = FIXED[v];
  }

  // positions projected to asOf, and residual posteriors from the like votes
  const traj = new Map(model.states.map((t) => [t.iso3, t]));
  const walkVar = model.options.walkSd ** 2;
  const driftSd = empiricalDrift(model.states, period);
  const posMean = new Float64Array(S * dims);
  const posSd = new Float64Array(S * dims);
  const residualCdf: Float64Array[] = [];
  const residualGuides: Int32Array[] = [];
  const { codes, nStates } = assembly.matrix;
  const likeRows = likeCalls.map((rc) => assembly.rollCalls.indexOf(rc));
  const absentLogit = new Float64Array(S);
  const habit = new Int8Array(S).fill(-1);
  const habitProb = new Float64Array(S);
  const kind = likeCalls[0]?.kind ?? "regular";
  for (let s = 0; s < S; s++) {
    const t = traj.get(states[s].iso3);
    const at = t ? latestAtOrBefore(t, period) : -1;
    for (let k = 0; k < dims; k++) {
      if (t && at >= 0) {
        const steps = Math.max(0, period - t.periods[at]);
        posMean[s * dims + k] = t.mean[at][k];
        posSd[s * dims + k] = Math.sqrt(t.sd[at][k] ** 2 + steps * walkVar);
      } else {
        posSd[s * dims + k] = 1; // a new member: the prior
      }
    }
    const votes: LikeVote[] = [];
    let absences = 0;
    let habitDate = "";
    likeRows.forEach((row, l) => {
      const code = codes[row * nStates + columns[s]];
      if (code === 4) absences += likeWeights[l];
      const cat = CATEGORY[code];
      if (cat !== undefined && likeCalls[l].date > habitDate) {
        habitDate = likeCalls[l].date;
        habit[s] = cat;
        habitProb[s] = habitWeight * likeWeights[l];
      }
      if (cat === undefined || !t) return;
      const p = likeParams[l];
      const j = latestAtOrBefore(t, p.period);
      if (j < 0) return;
      let eta = 0;
      for (let k = 0; k < dims; k++) eta += p.beta[k] * t.mean[j][k];
      votes.push({ eta, cutNo: p.cutNo, cutYes: p.cutYes, category: cat, weight: likeWeights[l] });
    });
    const cdf = residualPosterior(votes, residualSd, bandMean, noiseScale);
    residualCdf.push(cdf);
    residualGuides.push(residualGuide(cdf));
    if (t && votes.length > 0) {
      // The residual is measured against the state's position when it voted on the
      // resembling roll calls, so only the drift since then is uncertain, not the
      // position itself (which the resembling votes and the new one share).
      const lastLike = Math.max(...likeParams.map((p) => p.period));
      const drift = Math.sqrt(Math.max(0, period - lastLike)) * driftSd;
      for (let k = 0; k < dims; k++) posSd[s * dims + k] = Math.min(posSd[s * dims + k], drift);
    }
    const p0 = absenceProbability(model.absence, states[s].iso3, kind);
    let recorded = 0;
    likeRows.forEach((row, l) => (recorded += codes[row * nStates + columns[s]] !== 0 ? likeWeights[l] : 0));
    const p = (absencePrior * p0 + absences) / (absencePrior + recorded);
    const pc = Math.min(0.995, Math.max(0.001, p));
    absentLogit[s] = Math.log(pc / (1 - pc));
  }

  // draws
  const D = spec.draws;
  const random = seededRandom(spec.seed);
  const eta = new Float64Array(D * S);
  const cutNo = new Float64Array(D);
  const cutYes = new Float64Array(D);
  const band = new Float64Array(D * S);
  const ra = new Float64Array(2);
  const x = new Float64Array(dims);
  // local bindings: no module-namespace lookup per state and draw
  const normal = randomNormal;
  const residual = drawResidual;
  for (let d = 0; d < D; d++) {
    const p = pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
    const scale = Math.exp(0.5 * itemSd * randomNormal(random));
    const shift = itemSd * randomNormal(random);
    const c1 = p.cutNo + shift;
    const width = Math.max(0, p.cutYes - p.cutNo) * Math.exp(0.5 * itemSd * randomNormal(random));
    cutNo[d] = c1;
    cutYes[d] = c1 + width;
    for (let s = 0; s < S; s++) {
      let e = 0;
      for (let k = 0; k < dims; k++) {
        x[k] = posMean[s * dims + k] + posSd[s * dims + k] * normal(random);
        e += p.beta[k] * scale * x[k];
      }
      residual(residualCdf[s], random(), random(), ra, residualGuides[s]);
      eta[d * S + s] = e + ra[0];
      band[d * S + s] = ra[1];
    }
  }

  // Persistence: given a state's record on the subject, its new vote is less
  // noisy than a single roll call's logistic error (states repeat their votes):
  // utilities, cutpoints and bands are expressed in units of that smaller noise.
  if (noiseScale !== 1) {
    for (let k = 0; k < eta.length; k++) {
      eta[k] /= noiseScale;
      band[k] /= noiseScale;
    }
    for (let d = 0; d < D; d++) {
      cutNo[d] /= noiseScale;
      cutYes[d] /= noiseScale;
    }
  }
  const order = conditionOnKnown(eta, band, cutNo, cutYes, fixed, habit, habitProb, S, D, states, random);
  const draws = {
    eta: order ? reorder(eta, order, S) : eta,
    band: order ? reorder(band, order, S) : band,
    cutNo: order ? reorder(cutNo, order, 1) : cutNo,
    cutYes: order ? reorder(cutYes, order, 1) : cutYes,
  };
  if (habitWeight > 0) applyHabits(draws, habit, habitProb, habitMargin, S, D, random);
  const absentShock = new Float64Array(D);
  if (turnoutSd > 0) for (let d = 0; d < D; d++) absentShock[d] = turnoutSd * randomNormal(random) - turnoutSd ** 2 / 2;
  const uniformRandom = seededRandom(spec.seed ^ 0x5bd1e995);
  const uniforms = new Float64Array(D * S);
  for (let k = 0; k < uniforms.length; k++) uniforms[k] = uniformRandom();
  return {
    spec,
    rule: spec.rule,
    states,
    nStates: S,
    nDraws: D,
    ...draws,
    absentLogit,
    absentShock,
    fixed,
    uniforms,
    period,
  };
}

/**
 * Habit: in each draw, state s repeats its latest vote on the subject
 * (habit[s]: 0 no, 1 abstain, 2 yes; -1 none) with probability habitProb[s].
 * Its utility then sits `margin` inside that vote's category (for abstain:
 * at the middle, its band widened by `margin`), so the vote is all but
 * certain and only strong pressure (a lobbying shift larger than the margin)
 * moves it. Applied after conditioning on known positions, which accounts for
 * habits in closed form. Modifies the draws in place. O(draws x states).
 */
function applyHabits(
  draws: { eta: Float64Array; band: Float64Array; cutNo: Float64Array; cutYes: Float64Array },
  habit: Int8Array, habitProb: Float64Array, margin: number, S: number, D: number, random: () => number,
): void {
  const { eta, band, cutNo, cutYes } = draws;
  for (let d = 0; d < D; d++) {
    for (let s = 0; s < S; s++) {
      if (habit[s] < 0 || random() >= habitProb[s]) continue;
      const i = d * S + s;
      if (habit[s] === 2) eta[i] = cutYes[d] + band[i] + margin;
      else if (habit[s] === 0) eta[i] = cutNo[d] - band[i] - margin;
      else {
        eta[i] = 0.5 * (cutNo[d] + cutYes[d]);
        band[i] += margin;
      }
    }
  }
}

/**
 * The typical change of a state's estimated position from one session to the
 * next over the 20 sessions before `period` (root mean square of the changes
 * in posterior means): how far a position drifts in a session in practice,
 * which is smaller than the random walk's prior sd.
 */
function empiricalDrift(trajectories: readonly StateTrajectory[], period: number): number {
  let sum = 0;
  let n = 0;
  for (const t of trajectories) {
    for (let k = 1; k < t.periods.length; k++) {
      if (t.periods[k] > period || t.periods[k] < period - 20 || t.periods[k] !== t.periods[k - 1] + 1) continue;
      for (let j = 0; j < t.mean[k].length; j++) sum += (t.mean[k][j] - t.mean[k - 1][j]) ** 2;
      n += t.mean[k].length;
    }
  }
  return n > 0 ? Math.sqrt(sum / n) : 0.15;
}

/** Index of the latest estimated period of a trajectory at or before `period`, or -1. */
function latestAtOrBefore(t: StateTrajectory, period: number): number {
  let j = -1;
  for (let k = 0; k < t.periods.length && t.periods[k] <= period; k++) j = k;
  return j;
}

/**
 * Importance weights of each draw by the likelihood of the known yes/abstain/no
 * positions (a habit counted in closed form), then systematic resampling. Returns the resampled order, or null
 * when nothing is known. Throws when the known positions are contradictory:
 * when almost no draw can produce them together (effective sample size < 10).
 */
function conditionOnKnown(
  eta: Float64Array, band: Float64Array, cutNo: Float64Array, cutYes: Float64Array, fixed: Int8Array,
  habit: Int8Array, habitProb: Float64Array, S: number, D: number, states: { iso3: string }[], random: () => number,
): Int32Array | null {
  // a known vote's likelihood in draw d, the habit marginalized: h 1[habit = vote] + (1 - h) P(vote | draw)
  const logLik = (d: number, s: number) => {
    const lp = logCategory(eta[d * S + s], cutNo[d] - band[d * S + s], cutYes[d] + band[d * S + s], fixed[s]);
    const h = habitProb[s];
    return h === 0 ? lp : Math.log((habit[s] === fixed[s] ? h : 0) + (1 - h) * Math.exp(lp));
  };
  const known: number[] = [];
  for (let s = 0; s < S; s++) if (fixed[s] >= 0 && fixed[s] <= 2) known.push(s);
  if (known.length === 0) return null;
  const logw = new Float64Array(D);
  let max = -Infinity;
  for (let d = 0; d < D; d++) {
    let lw = 0;
    for (const s of known) lw += logLik(d, s);
    logw[d] = lw;
    if (lw > max) max = lw;
  }
  let sum = 0;
  let sum2 = 0;
  const w = new Float64Array(D);
  for (let d = 0; d < D; d++) {
    w[d] = Math.exp(logw[d] - max);
    sum += w[d];
    sum2 += w[d] * w[d];
  }
  const ess = (sum * sum) / sum2;
  if (!(ess >= 10) || max < -50) {
    // name the known positions least compatible with the others
    const worst = known
      .map((s) => {
        let lp = 0;
        for (let d = 0; d < D; d++) lp += logLik(d, s);
        return { s, lp: lp / D };
      })
      .sort((a, b) => a.lp - b.lp)
      .slice(0, 3)
      .map(({ s }) => `${states[s].iso3}: ${"NAY"[fixed[s]]}`);
    throw new Error(`contradictory known positions; no plausible roll call makes them all likely together (effective draws ${ess.toFixed(1)} of ${D}); least compatible: ${worst.join(", ")}`);
  }
  const order = new Int32Array(D);
  const step = sum / D;
  let u = random() * step;
  let acc = w[0];
  let j = 0;
  for (let d = 0; d < D; d++) {
    while (u > acc && j < D - 1) acc += w[++j];
    order[d] = j;
    u += step;
  }
  return order;
}

function reorder(a: Float64Array, order: Int32Array, width: number): Float64Array {
  const out = new Float64Array(a.length);
  for (let d = 0; d < order.length; d++) out.set(a.subarray(order[d] * width, order[d] * width + width), d * width);
  return out;
}
