import type { OutcomeShift, PreparedForecast } from "../forecast/PreparedForecast.ts";
import { quantileInterval } from "../forecast/simulateOutcome.ts";
import type { Counts } from "../forecast/types.ts";
import { stateOutcome, VOTE_NO, VOTE_YES } from "./stateOutcome.ts";
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
  /** Sampled baseline vote of state s in draw d at [s * nDraws + d] (0 no, 1 abstain, 2 yes, 3 absent). */
  baselineVotes: Int8Array;
  /** Outcome under `shift`, which must leave every state outside `affected` unchanged. Cost O(draws x affected). */
  evaluate(shift: OutcomeShift, affected: ArrayLike<number>): EvaluatedOutcome;
}

/**
 * An incremental version of `simulateOutcome` for sweeps: the baseline's
 * sampled votes are kept per state and draw (common random numbers), so a
 * shift on k targets costs O(draws x k) instead of O(draws x states), and the
 * results equal `simulateOutcome(prepared, shift)` exactly (expected counts,
 * P(adopted), yes interval). Private to src/simulate. Memory: draws x states bytes.
 */
export function outcomeEvaluator(prepared: PreparedForecast): OutcomeEvaluator {
  const { nStates: S, nDraws: D } = prepared;
  const baselineVotes = new Int8Array(S * D);
  const probs: OutcomeProbabilities[] = new Array(S);
  const counts = [new Int32Array(D), new Int32Array(D), new Int32Array(D), new Int32Array(D)]; // by vote code
  const none: OutcomeShift = {};
  for (let s = 0; s < S; s++) {
    const votes = baselineVotes.subarray(s * D, (s + 1) * D);
    probs[s] = stateOutcome(prepared, none, s, votes);
    for (let d = 0; d < D; d++) counts[votes[d]][d]++;
  }
  const twoThirds = prepared.rule === "two-thirds";
  const summarize = (probabilities: OutcomeProbabilities[], yes: Int32Array, no: Int32Array): EvaluatedOutcome => {
    const expected: Counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
    for (const c of probabilities) {
      expected.yes += c.pYes;
      expected.no += c.pNo;
      expected.abstain += c.pAbstain;
      expected.absent += c.pAbsent;
    }
    let adopted = 0;
    for (let d = 0; d < D; d++) {
      const y = yes[d];
      if (twoThirds ? y > 0 && 3 * y >= 2 * (y + no[d]) : y > no[d]) adopted++;
    }
    return { expected, pAdopted: adopted / D, yes80: quantileInterval(yes, 0.8), probabilities, yesByDraw: yes, noByDraw: no };
  };
  const baseline = summarize(probs.slice(), Int32Array.from(counts[VOTE_YES]), Int32Array.from(counts[VOTE_NO]));
  const votes = new Int8Array(D);
  return {
    baseline,
    baselineVotes,
    evaluate(shift, affected) {
      const yes = Int32Array.from(counts[VOTE_YES]);
      const no = Int32Array.from(counts[VOTE_NO]);
      const p = probs.slice();
      for (let k = 0; k < affected.length; k++) {
        const s = affected[k];
        p[s] = stateOutcome(prepared, shift, s, votes);
        const base = s * D;
        for (let d = 0; d < D; d++) {
          const before = baselineVotes[base + d];
          const after = votes[d];
          if (before === after) continue;
          if (before === VOTE_YES) yes[d]--;
          else if (before === VOTE_NO) no[d]--;
          if (after === VOTE_YES) yes[d]++;
          else if (after === VOTE_NO) no[d]++;
        }
      }
      return summarize(p, yes, no);
    },
  };
}
