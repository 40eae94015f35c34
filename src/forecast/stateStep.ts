import type { Assembly } from "../data/types.ts";
import { ABSENT, MODEL_CATEGORY, NOT_MEMBER } from "../data/voteCodes.ts";
import { absenceProbability } from "../model/absence/absenceProbability.ts";
import { logit } from "../model/orderedLogit.ts";
import type { FittedModel, RollCallParams, StateTrajectory } from "../model/types.ts";
import type { ForecastSettings } from "./forecastSettings.ts";
import type { Component } from "./groupComponents.ts";
import { isResumedPart } from "./isResumedPart.ts";
import { addResidualPrior, cdfFromLog, RESIDUAL_CELLS, residualGuide, residualLogLik, type LikeVote } from "./residualPosterior.ts";


/** What one component knows about every state. */
export interface ComponentStates {
  /** The component's roll-call parameters and the cumulative weights to pick one (last = 1). */
  params: RollCallParams[];
  cumulative: Float64Array;
  /** Position sd per state and dimension (only the drift since its last vote in the component when it voted in it). */
  posSd: Float64Array;
  /** Tabulated (residual, band) posterior per state ({@link residualPosterior}), with its guide table. */
  cdf: Float64Array[];
  guide: Int32Array[];
  /** The state's latest yes/abstain/no vote on the same text (0 no, 1 abstain, 2 yes; -1 none) and the probability of repeating it. */
  habit: Int8Array;
  habitProb: Float64Array;
}

/** The vote being forecast, as far as absence goes: its session's kind, and whether it falls in a regular session's resumed part ({@link isResumedPart}). */
export interface VoteOccasion {
  sessionKind: "regular" | "emergency" | "special";
  resumedPart: boolean;
  /** Log-odds added to every state's P(absent) (a novel text's: `novelAbsence` x novelAbsenceExcess); 0 when absent. */
  absenceShift?: number;
}

/** The per-state step's result. */
export interface StatePriors {
  /** Position mean per state and dimension, projected to asOf. */
  posMean: Float64Array;
  /** Per component, in the components' order. */
  components: ComponentStates[];
  /** Log-odds of being absent, per state. */
  absentLogit: Float64Array;
  /** The states-move-together terms ({@link BlocTerms}), when the forecast uses them. */
  blocs?: BlocTerms;
}

/**
 * How the camps enter a forecast's utilities: state s's utility in a draw
 * gains lambda[s x factors + f] x (the draw's score on factor f), and its own
 * logistic noise is narrowed to `shrink[s]` of its scale so that its total
 * spread stays what it was (shrink^2 x pi^2 / 3 + |lambda_s|^2 = pi^2 / 3).
 */
export interface BlocTerms {
  factors: number;
  lambda: Float64Array;
  shrink: Float64Array;
}

/**
 * The per-state step of a forecast, for every mixture component: each
 * state's position projected to asOf along the random walk (its variance
 * grows by walkSd^2 per session since the last estimate; when the state voted
 * on the component's roll calls only its empirical drift since then counts,
 * because the residual is measured against its position at the time), its
 * residual and abstention band on the component's subject (the posterior
 * given its votes there, each weighted by the roll call's retrieval weight),
 * its habit on the same text, and its absence probability (the absence model
 * for the session kind blended with its absences on the resembling roll
 * calls, the model counting as `absencePrior` votes; then `resumedAbsence`
 * log-odds up for a vote in a regular session's resumed part, for the share
 * of that evidence from the main part, and down for the reverse, in a
 * regular session only). O(states x components
 * x resembling votes).
 */
export function stateStep(
  assembly: Pick<Assembly, "matrix">,
  model: FittedModel,
  columns: readonly number[],
  iso3: readonly string[],
  components: readonly Component[],
  period: number,
  vote: VoteOccasion,
  settings: ForecastSettings,
): StatePriors {
  const S = columns.length;
  const dims = model.dims;
  const traj = new Map(model.states.map((t) => [t.iso3, t]));
  const params = new Map(model.rollCalls.map((r) => [r.undlId, r]));
  const walkVar = model.options.walkSd ** 2;
  const driftSd = empiricalDrift(model.states, period);
  const { codes, nStates } = assembly.matrix;

  const posMean = new Float64Array(S * dims);
  const posSd = new Float64Array(S * dims);
  const trajectories: (StateTrajectory | undefined)[] = iso3.map((c) => traj.get(c));
  for (let s = 0; s < S; s++) {
    const t = trajectories[s];
    const at = t ? latestAtOrBefore(t, period) : -1;
    for (let k = 0; k < dims; k++) {
      if (t && at >= 0) {
        posMean[s * dims + k] = t.mean[at][k];
        posSd[s * dims + k] = Math.sqrt(t.sd[at][k] ** 2 + Math.max(0, period - t.periods[at]) * walkVar);
      } else posSd[s * dims + k] = 1; // a new member: the prior
    }
  }

  // Each component's votes give every state a log-likelihood table on the (residual, band)
  // grid; a component's posterior adds its own table and, for a component that is not the
  // same text, the other components' tables at `crossWeight` (what the state did on related
  // subjects says something about this one too). Members that are not the same text count
  // `neighborWeight` each.
  const prepared = components.map((c) => {
    const maxWeight = Math.max(...c.members.map((m) => m.weight));
    const weights = c.members.map((m) => (m.weight / maxWeight) * (c.broad || m.sameText ? 1 : settings.neighborWeight));
    const ps = c.members.map((m) => params.get(m.rollCall.undlId) as RollCallParams);
    const cumulative = new Float64Array(ps.length);
    let acc = 0;
    c.members.forEach((m, k) => (cumulative[k] = acc += m.weight / maxWeight));
    for (let k = 0; k < cumulative.length; k++) cumulative[k] /= acc;
    cumulative[cumulative.length - 1] = 1;
    const lastPeriod = Math.max(...ps.map((p) => p.period));
    return { weights, ps, cumulative, lastPeriod, drift: Math.sqrt(Math.max(0, period - lastPeriod)) * driftSd };
  });
  const out: ComponentStates[] = components.map((c, ci) => ({
    params: prepared[ci].ps,
    cumulative: prepared[ci].cumulative,
    posSd: Float64Array.from(posSd),
    cdf: new Array(S),
    guide: new Array(S),
    habit: new Int8Array(S).fill(-1),
    habitProb: new Float64Array(S),
  }));
  const prior = new Float64Array(RESIDUAL_CELLS);
  addResidualPrior(prior, settings.residualSd, settings.bandMean); // the prior's log table, added to every state's
  const tables: Float64Array[] = new Array(components.length);
  const voted = new Uint8Array(components.length);
  for (let s = 0; s < S; s++) {
    const t = trajectories[s];
    components.forEach((c, ci) => {
      const { weights, ps, lastPeriod } = prepared[ci];
      const cs = out[ci];
      const votes: LikeVote[] = [];
      let habitDate = "";
      c.members.forEach((m, l) => {
        const cat = MODEL_CATEGORY[codes[m.row * nStates + columns[s]]];
        if (cat < 0) return;
        if (c.sameText && m.sameText && m.rollCall.date > habitDate) {
          habitDate = m.rollCall.date;
          cs.habit[s] = cat;
          cs.habitProb[s] = settings.habitWeight * settings.recencyDecay ** (lastPeriod - ps[l].period);
        }
        if (!t) return;
        const j = latestAtOrBefore(t, ps[l].period);
        if (j < 0) return;
        let eta = 0;
        for (let k = 0; k < dims; k++) eta += ps[l].beta[k] * t.mean[j][k];
        votes.push({ eta, cutNo: ps[l].cutNo, cutYes: ps[l].cutYes, category: cat as 0 | 1 | 2, weight: weights[l] });
      });
      tables[ci] = residualLogLik(votes, c.noiseScale);
      voted[ci] = votes.length > 0 ? 1 : 0;
    });
    components.forEach((c, ci) => {
      const cs = out[ci];
      const logp = tables[ci].slice();
      if (!c.sameText && settings.crossWeight > 0) {
        for (let o = 0; o < components.length; o++) {
          if (o === ci || !voted[o]) continue;
          const other = tables[o];
          for (let k = 0; k < logp.length; k++) logp[k] += settings.crossWeight * other[k];
        }
      }
      for (let k = 0; k < logp.length; k++) logp[k] += prior[k];
      cs.cdf[s] = cdfFromLog(logp);
      cs.guide[s] = residualGuide(cs.cdf[s]);
      if (t && voted[ci]) for (let k = 0; k < dims; k++) cs.posSd[s * dims + k] = Math.min(cs.posSd[s * dims + k], prepared[ci].drift);
    });
  }

  // absence: the model's probability blended with the state's absences on the resembling roll calls
  const specific = components.filter((c) => !c.broad);
  const absenceFrom = (specific.length > 0 ? specific : components).flatMap((c) => {
    const max = Math.max(...c.members.map((m) => m.weight));
    return c.members.map((m) => ({ row: m.row, weight: m.weight / max, resumed: isResumedPart(m.rollCall.date, m.rollCall.kind, m.rollCall.period) }));
  });
  const absentLogit = new Float64Array(S);
  // the parts of a session are a regular session's: an emergency or special session's vote is left as blended
  const partShift = vote.sessionKind === "regular" ? settings.resumedAbsence : 0;
  for (let s = 0; s < S; s++) {
    let absences = 0;
    let recorded = 0;
    let resumed = 0;
    for (const e of absenceFrom) {
      const code = codes[e.row * nStates + columns[s]];
      if (code === NOT_MEMBER) continue;
      recorded += e.weight;
      if (e.resumed) resumed += e.weight;
      if (code === ABSENT) absences += e.weight;
    }
    const p0 = absenceProbability(model.absence, iso3[s], vote.sessionKind);
    const p = (settings.absencePrior * p0 + absences) / (settings.absencePrior + recorded);
    const pc = Math.min(0.995, Math.max(0.001, p));
    // the absence model speaks for a session's usual (main) part
    const resumedShare = resumed / (settings.absencePrior + recorded);
    absentLogit[s] = logit(pc) + partShift * ((vote.resumedPart ? 1 : 0) - resumedShare) + (vote.absenceShift ?? 0);
  }
  return { posMean, components: out, absentLogit };
}

/**
 * The typical change of a state's estimated position from one session to the
 * next over the 20 sessions before `period` (root mean square of the changes
 * in posterior means): how far a position drifts in a session in practice,
 * which is smaller than the random walk's prior sd.
 */
export function empiricalDrift(trajectories: readonly StateTrajectory[], period: number): number {
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
