import { expectedCounts } from "../forecast/expectedCounts.ts";
import { isAdopted } from "../forecast/isAdopted.ts";
import type { PreparedForecast } from "../forecast/PreparedForecast.ts";
import { constantShift, type LobbyingEffort } from "./lobbyingShift.ts";
import { quantileInterval, WIDEN_SEED } from "../forecast/simulateOutcome.ts";
import { widenCounts, widenFactor } from "../forecast/widenCounts.ts";
import type { Counts } from "../forecast/types.ts";
import { statesOutcome } from "../forecast/statesOutcome.ts";
import { OUTCOME_NO, OUTCOME_YES } from "../data/voteCodes.ts";
import type { OutcomeProbabilities } from "./types.ts";

/** The outcome of one evaluation: what a response curve and the implied strength need. */
export interface EvaluatedOutcome {
  /** Expected counts, summed over states in the same order as `simulateOutcome` (equal to its numbers). */
  expected: Counts;
  /** Probability of adoption under the rule. */
  pAdopted: number;
  /** 80% interval of the yes count. */
  yes80: [number, number];
  /** Per-state probabilities (index = PreparedForecast.states). */
  probabilities: OutcomeProbabilities[];
  /** Yes count in each draw. */
  yesByDraw: Int32Array;
  /** No count in each draw. */
  noByDraw: Int32Array;
}

/** Evaluates shifts that touch only some states, reusing the baseline for the others. */
export interface OutcomeEvaluator {
  /** The baseline (no shift). */
  baseline: EvaluatedOutcome;
  /** Outcome under a lobbying effort (only its affected states are recomputed). Cost O(draws x affected). */
  evaluate(effort: LobbyingEffort): EvaluatedOutcome;
  /** Only the expected counts under an effort (no sampled votes; about a third cheaper). */
  expected(effort: LobbyingEffort): Counts;
}

/**
 * An incremental version of `simulateOutcome` for sweeps: the baseline's
 * sampled votes are kept per draw and state (common random numbers), so a
 * lobbying effort on k targets costs O(draws x k) instead of O(draws x states), and the
 * results equal `simulateOutcome(prepared, lobbyingShift(prepared, effort))` exactly (expected counts,
 * P(adopted), yes interval). Private to src/simulate. Memory: draws x states bytes.
 */
export function outcomeEvaluator(prepared: PreparedForecast): OutcomeEvaluator {
  const { nStates: S, nDraws: D } = prepared;
  const yesVote = OUTCOME_YES, noVote = OUTCOME_NO; // local bindings: no module-namespace lookup per state and draw
  const all = Int32Array.from({ length: S }, (_, s) => s);
  const baselineVotes = new Int8Array(S * D); // draw-major: [d * S + s]
  const probs = statesOutcome(prepared, {}, all, baselineVotes);
  const yes0 = new Int32Array(D);
  const no0 = new Int32Array(D);
  for (let d = 0; d < D; d++) {
    for (let s = 0, i = d * S; s < S; s++, i++) {
      const v = baselineVotes[i];
      if (v === yesVote) yes0[d]++;
      else if (v === noVote) no0[d]++;
    }
  }
  const sum = expectedCounts;
  const summarize = (probabilities: OutcomeProbabilities[], yes: Int32Array, no: Int32Array): EvaluatedOutcome => {
    const expected = sum(probabilities);
    // known positions: P(adopted) and the interval from the widened counts, as simulateOutcome's (the per-draw counts stay raw)
    const factor = widenFactor(prepared, expected);
    const wy = factor === 1 ? yes : Int32Array.from(yes);
    const wn = factor === 1 ? no : Int32Array.from(no);
    widenCounts(prepared.fixed, factor, prepared.uniformSeed ^ WIDEN_SEED, wy, wn);
    let adopted = 0;
    for (let d = 0; d < D; d++) {
      const y = wy[d];
      if (isAdopted(prepared.rule, y, wn[d])) adopted++;
    }
    return { expected, pAdopted: adopted / D, yes80: quantileInterval(wy, 0.8), probabilities, yesByDraw: yes, noByDraw: no };
  };
  return {
    baseline: summarize(probs.slice(), Int32Array.from(yes0), Int32Array.from(no0)),
    evaluate(effort) {
      const affected = effort.affected;
      const K = affected.length;
      const votes = new Int8Array(K * D);
      const changed = statesOutcome(prepared, constantShift(effort), affected, votes, effort.pull);
      const p = probs.slice();
      for (let k = 0; k < K; k++) p[affected[k]] = changed[k];
      const yes = Int32Array.from(yes0);
      const no = Int32Array.from(no0);
      for (let d = 0; d < D; d++) {
        const row = d * S;
        for (let k = 0; k < K; k++) {
          const before = baselineVotes[row + affected[k]];
          const after = votes[d * K + k];
          if (before === after) continue;
          if (before === yesVote) yes[d]--;
          else if (before === noVote) no[d]--;
          if (after === yesVote) yes[d]++;
          else if (after === noVote) no[d]++;
        }
      }
      return summarize(p, yes, no);
    },
    expected(effort) {
      const affected = effort.affected;
      const changed = statesOutcome(prepared, constantShift(effort), affected, undefined, effort.pull);
      const p = probs.slice();
      for (let k = 0; k < affected.length; k++) p[affected[k]] = changed[k];
      return sum(p);
    },
  };
}
