/**
 * The prior precision of each roll call's discrimination in fitIdealPoints,
 * weighted per session so that busy and thin sessions keep comparable
 * position scales. Private to src/model.
 */

import type { PreparedVotes } from "./prepareVotes.ts";
import { RC_FIXED } from "./sweepWork.ts";

/**
 * Prior precision of each roll call's discrimination. The scale of one
 * session's positions is invisible to the likelihood (see gaugeStep): it is
 * set where the session's beta prior, which grows with its number of roll
 * calls R_t, balances the pull on positions, which grows with its number of
 * members N_t. Left alone, busy sessions (the 1970s-80s, 300+ roll calls)
 * spread out and thin ones (the 1940s-50s) shrink. With `balance`, each roll
 * call of session t gets precision betaSd^-2 * (N_t / R_t) / (N / R) (N, R:
 * totals over sessions with spatial roll calls), so every session's beta
 * prior carries the weight of its membership and the average precision is
 * betaSd^-2. Without it, betaSd^-2 for every roll call. O(roll calls + state-periods).
 */
export function betaPrecisions(data: PreparedVotes, kind: Uint8Array, betaSd: number, balance: boolean): Float64Array {
  const pb = 1 / (betaSd * betaSd);
  const out = new Float64Array(data.nRc).fill(pb);
  if (!balance) return out;
  let tMax = 0;
  for (let j = 0; j < data.nS; j++) tMax = Math.max(tMax, data.pMax[j]);
  const rollCalls = new Float64Array(tMax + 1);
  const members = new Float64Array(tMax + 1);
  for (let i = 0; i < data.nRc; i++) if (kind[i] !== RC_FIXED) rollCalls[data.rcPeriod[i]]++;
  for (let j = 0; j < data.nS; j++) for (let p = data.pMin[j]; p <= data.pMax[j]; p++) members[p]++;
  let rTotal = 0;
  let nTotal = 0;
  for (let p = 0; p <= tMax; p++) {
    if (rollCalls[p] === 0) continue;
    rTotal += rollCalls[p];
    nTotal += members[p];
  }
  if (rTotal === 0) return out;
  for (let i = 0; i < data.nRc; i++) {
    const p = data.rcPeriod[i];
    if (rollCalls[p] > 0) out[i] = pb * (members[p] / rollCalls[p]) * (rTotal / nTotal);
  }
  return out;
}
