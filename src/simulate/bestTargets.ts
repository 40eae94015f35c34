import { isAdopted } from "../forecast/isAdopted.ts";
import type { PreparedForecast } from "../forecast/PreparedForecast.ts";
import { constantShift, lobbyingEffort, type AppliedIntervention } from "./lobbyingShift.ts";
import { outcomeEvaluator, type OutcomeEvaluator } from "./outcomeEvaluator.ts";
import { interventionIndex } from "./responseCurve.ts";
import { statesOutcome } from "../forecast/statesOutcome.ts";
import { OUTCOME_NO, OUTCOME_YES } from "../data/voteCodes.ts";
import type { TargetPick, Toward } from "./types.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Options of {@link bestTargets}. */
export interface BestTargetsOptions {
  /** Index of the intervention whose targets are chosen (its own targets are replaced). Default 0. */
  intervention?: number;
  /** How many picks. No default; range [1, pool size]. */
  k: number;
  /** What to gain. Default "expectedYes". */
  objective?: "expectedYes" | "pAdopted";
  /** Candidate states (indices into `prepared.states`), no duplicates. No default. */
  pool: ArrayLike<number>;
  /** Susceptibility of each candidate, same order as `pool`; each >= 0. No default. */
  susceptibility: ArrayLike<number>;
}

/** True when the intervention works for adoption (more yes votes), false when against it. */
export function raisesYes(toward: Toward): boolean {
  return toward === "Y" || toward === "attend";
}

/**
 * The best k states for one intervention to lobby, picked greedily by
 * marginal gain, each pick's gain reported. The other interventions stay as
 * they are. For the expected yes count, states are independent, so the gains
 * add up and the greedy choice (the k largest single gains) is optimal; for
 * P(adopted) each pick changes what the next one is worth, and gains are
 * recomputed on the per-draw counts (common random numbers), with ties (e.g.
 * when adoption is already certain) broken by the gain in expected yes.
 * Gains are signed so that positive helps the lobbying side: for "N", "A"
 * and "stay away" a fall of yes (or of P(adopted)) is a gain. This is the
 * greedy heuristic for the lobbyist's budget problem of Groseclose & Snyder
 * (1996). Cost: O(pool x draws) sigmoid work, plus O(k x pool x draws)
 * integer work for P(adopted) (O(k x draws) for expected yes).
 *
 * @example
 * bestTargets(prepared, applied, { k: 5, pool, susceptibility }).map((p) => p.iso3);
 */
export function bestTargets(
  prepared: PreparedForecast,
  interventions: readonly AppliedIntervention[],
  options: BestTargetsOptions,
  evaluator: OutcomeEvaluator = outcomeEvaluator(prepared),
): TargetPick[] {
  const index = interventionIndex(options.intervention, interventions.length);
  const objective = options.objective ?? "expectedYes";
  if (objective !== "expectedYes" && objective !== "pAdopted") {
    throw new PlenaryError(`invalid objective; expected one of expectedYes, pAdopted: ${JSON.stringify(objective)}`);
  }
  const pool = Array.from(options.pool);
  const seen = new Set<number>();
  for (const s of pool) {
    if (!(Number.isInteger(s) && 0 <= s && s < prepared.nStates) || seen.has(s)) throw new PlenaryError(`invalid pool; expected distinct state indices in [0, ${prepared.nStates - 1}]: ${JSON.stringify(s)}`);
    seen.add(s);
  }
  if (options.susceptibility.length !== pool.length) {
    throw new PlenaryError(`invalid susceptibility; expected ${pool.length} values, one per pool state: ${options.susceptibility.length}`);
  }
  const k = options.k;
  if (!(Number.isInteger(k) && 1 <= k && k <= pool.length)) throw new PlenaryError(`invalid k; expected an integer in [1, ${pool.length}] (the pool size): ${JSON.stringify(k)}`);

  const iv = interventions[index];
  const sign = raisesYes(iv.toward) ? 1 : -1;
  const D = prepared.nDraws;
  const n = pool.length;
  const withTargets = (targets: Int32Array, susceptibility: Float64Array) => interventions.map((x, i) => (i === index ? { ...x, targets, susceptibility } : x));
  const baseEffort = lobbyingEffort(prepared.nStates, withTargets(new Int32Array(0), new Float64Array(0)));
  const start = evaluator.evaluate(baseEffort);
  // every candidate lobbied at once: each state's outcome depends only on its own shift,
  // so this gives each candidate's outcome "if picked" in one pass
  const allEffort = lobbyingEffort(prepared.nStates, withTargets(Int32Array.from(pool), Float64Array.from(options.susceptibility)));
  const poolIdx = Int32Array.from(pool);
  const votesBefore = new Int8Array(n * D);
  const votesAfter = new Int8Array(n * D);
  const before = statesOutcome(prepared, constantShift(baseEffort), poolIdx, votesBefore, baseEffort.pull);
  const after = statesOutcome(prepared, constantShift(allEffort), poolIdx, votesAfter, allEffort.pull);
  const dYes = Float64Array.from(pool, (_, c) => after[c].pYes - before[c].pYes);
  // per candidate and draw: change of the yes and no counts if picked (-1, 0 or 1), candidate-major
  const dy = new Int8Array(n * D);
  const dn = new Int8Array(n * D);
  {
    const yesVote = OUTCOME_YES, noVote = OUTCOME_NO; // local bindings: no module-namespace lookup per candidate and draw
    for (let d = 0; d < D; d++) {
      for (let c = 0; c < n; c++) {
        const b = votesBefore[d * n + c];
        const a = votesAfter[d * n + c];
        if (a === b) continue;
        dy[c * D + d] = (a === yesVote ? 1 : 0) - (b === yesVote ? 1 : 0);
        dn[c * D + d] = (a === noVote ? 1 : 0) - (b === noVote ? 1 : 0);
      }
    }
  }
  const yes = Int32Array.from(start.yesByDraw);
  const no = Int32Array.from(start.noByDraw);
  const adopts = (y: number, nn: number) => isAdopted(prepared.rule, y, nn);
  let adoptedNow = 0;
  for (let d = 0; d < D; d++) if (adopts(yes[d], no[d])) adoptedNow++;
  let expectedYes = start.expected.yes;
  const picked = new Uint8Array(n);
  const picks: TargetPick[] = [];
  for (let step = 0; step < k; step++) {
    let best = -1, bestGain = -Infinity, bestTie = -Infinity, bestAdopted = adoptedNow;
    for (let c = 0; c < n; c++) {
      if (picked[c]) continue;
      const tie = sign * dYes[c];
      let gain = tie;
      let adopted = adoptedNow;
      if (objective === "pAdopted") {
        adopted = 0;
        for (let d = 0, i = c * D; d < D; d++, i++) if (adopts(yes[d] + dy[i], no[d] + dn[i])) adopted++;
        gain = (sign * (adopted - adoptedNow)) / D;
      }
      if (gain > bestGain || (gain === bestGain && tie > bestTie)) {
        best = c; bestGain = gain; bestTie = tie; bestAdopted = adopted;
      }
    }
    picked[best] = 1;
    for (let d = 0, i = best * D; d < D; d++, i++) { yes[d] += dy[i]; no[d] += dn[i]; }
    if (objective === "pAdopted") adoptedNow = bestAdopted;
    else {
      adoptedNow = 0;
      for (let d = 0; d < D; d++) if (adopts(yes[d], no[d])) adoptedNow++;
    }
    expectedYes += dYes[best];
    const st = prepared.states[pool[best]];
    picks.push({ iso3: st.iso3, name: st.name, gain: bestGain, deltaYes: dYes[best], expectedYes, pAdopted: adoptedNow / D });
  }
  return picks;
}
