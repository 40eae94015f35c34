import type { OutcomeShift, PreparedForecast } from "../forecast/PreparedForecast.ts";
import { sigmoid } from "../model/orderedLogit.ts";
import type { OutcomeProbabilities } from "./types.ts";

/** Sampled outcome codes, as in `PreparedForecast.fixed`: 0 no, 1 abstain, 2 yes, 3 absent. */
export const VOTE_NO = 0;
export const VOTE_ABSTAIN = 1;
export const VOTE_YES = 2;
export const VOTE_ABSENT = 3;

/**
 * One state's outcome probabilities under a shift, and optionally its
 * sampled vote in every draw (written into `votes`, length nDraws), computed
 * exactly as `simulateOutcome` does for that state (same operations in the
 * same order, same common random numbers), so that targeting and implied
 * strength can evaluate one state at a time in O(draws) and still agree
 * with the full simulation to the last bit. Private to src/simulate.
 */
export function stateOutcome(prepared: PreparedForecast, shift: OutcomeShift, s: number, votes?: Int8Array): OutcomeProbabilities {
  const { nStates: S, nDraws: D, eta, cutNo, cutYes, absentLogit, fixed, uniforms } = prepared;
  const f = fixed[s];
  if (f >= 0) {
    if (votes) votes.fill(f);
    return { pYes: f === 2 ? 1 : 0, pAbstain: f === 1 ? 1 : 0, pNo: f === 0 ? 1 : 0, pAbsent: f === 3 ? 1 : 0 };
  }
  const away = sigmoid(absentLogit[s] + (shift.absentLogit ? shift.absentLogit[s] : 0));
  const present = 1 - away;
  const c = shift.eta ? shift.eta[s] : 0;
  const byDraw = shift.etaByDraw;
  let pYes = 0, pAbs = 0, pNo = 0, pAway = 0;
  for (let d = 0; d < D; d++) {
    const i = d * S + s;
    let e = eta[i];
    if (shift.eta) e += c;
    if (byDraw) e += byDraw[i];
    const cNo = sigmoid(cutNo[d] - e);
    const cNoAbs = sigmoid(cutYes[d] - e);
    pAway += away;
    pNo += present * cNo;
    pAbs += present * (cNoAbs - cNo);
    pYes += present * (1 - cNoAbs);
    if (votes) {
      const u = uniforms[i];
      if (u < away) votes[d] = VOTE_ABSENT;
      else {
        const v = (u - away) / present;
        votes[d] = v < cNo ? VOTE_NO : v < cNoAbs ? VOTE_ABSTAIN : VOTE_YES;
      }
    }
  }
  return { pYes: pYes / D, pAbstain: pAbs / D, pNo: pNo / D, pAbsent: pAway / D };
}
