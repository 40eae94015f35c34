import { OUTCOME_ABSENT } from "../data/voteCodes.ts";
import type { OutcomeShift, PreparedForecast } from "./PreparedForecast.ts";
import { sigmoid } from "../model/orderedLogit.ts";
import { fastExp } from "../model/fastExp.ts";
import { uniformAt } from "../model/uniformAt.ts";
import { PlenaryError } from "../util/PlenaryError.ts";


/** One state's four outcome probabilities. */
export interface OutcomeProbabilities {
  pYes: number;
  pAbstain: number;
  pNo: number;
  pAbsent: number;
}

/**
 * The simulation kernel: some states' outcome probabilities under a shift
 * (averaged over draws), and optionally their sampled votes in every draw
 * (written into `votes`, draw-major: `votes[d * states.length + k]`), each
 * vote sampled with the uniform u[d, s] (`uniformAt(prepared.uniformSeed,
 * d x nStates + s)`, computed here, not stored) by inverting the cumulative
 * distribution in the order absent, no, abstain, yes. `simulateOutcome` runs
 * it over all states; lobbying curves, targeting and implied strength run it
 * over the lobbied states only and agree with the full simulation to the
 * last bit. `pull` (per state, index = PreparedForecast.states) moves a
 * state's utility toward the middle of the cutpoints by up to that amount
 * without overshooting (lobbying toward abstention). Loops draw-major for
 * memory locality. Cost: O(draws x states given); for all states of a
 * 10,000-draw forecast about 60 ms (`npm run bench -- forecast`), two
 * exponentials per state and draw (fastExp) most of it.
 */
export function statesOutcome(
  prepared: Pick<PreparedForecast, "nStates" | "nDraws" | "eta" | "cutNo" | "cutYes" | "absentLogit" | "fixed" | "uniformSeed" | "band" | "absentShock">,
  shift: OutcomeShift,
  states: ArrayLike<number>,
  votes?: Int8Array,
  pull?: Float64Array,
): OutcomeProbabilities[] {
  const { nStates: S, nDraws: D, eta, cutNo, cutYes, absentLogit, fixed, uniformSeed, band, absentShock } = prepared;
  const K = states.length;
  if (votes && votes.length !== K * D) throw new PlenaryError(`invalid votes; expected length ${K * D}, got ${votes.length}`);
  const away = new Float64Array(K);
  const present = new Float64Array(K);
  const shiftEta = new Float64Array(K);
  const free: number[] = [];
  for (let k = 0; k < K; k++) {
    const s = states[k];
    away[k] = sigmoid(absentLogit[s] + (shift.absentLogit ? shift.absentLogit[s] : 0));
    present[k] = 1 - away[k];
    if (shift.eta) shiftEta[k] = shift.eta[s];
    if (fixed[s] >= 0) {
      if (votes) for (let d = 0; d < D; d++) votes[d * K + k] = fixed[s];
    } else free.push(k);
  }
  const hasEta = shift.eta !== undefined;
  const byDraw = shift.etaByDraw;
  if (pull && byDraw) throw new PlenaryError("invalid pull; give either a pull or shift.etaByDraw, not both");
  const pullK = new Float64Array(K);
  let anyPull = false;
  if (pull) for (let k = 0; k < K; k++) if ((pullK[k] = pull[states[k]]) > 0) anyPull = true;
  const pYes = new Float64Array(K), pAbs = new Float64Array(K), pNo = new Float64Array(K), pAway = new Float64Array(K);
  const F = free.length;
  const freeK = Int32Array.from(free);
  const column = Int32Array.from(free, (k) => states[k]);
  const scaled = shift.scaled;
  const scaledK = scaled ? Float64Array.from({ length: K }, (_, k) => scaled.eta[states[k]]) : undefined;
  if (scaled && scaled.scale.length !== D) throw new PlenaryError(`invalid shift.scaled.scale; expected length ${D}, got ${scaled.scale.length}`);
  const plain = votes !== undefined && band !== undefined && !byDraw && !anyPull && !scaled;
  const bandOf = band ?? new Float64Array(0);
  const sampled = votes ?? new Int8Array(0);
  for (let d = 0; d < D; d++) {
    const lo = cutNo[d];
    const hi = cutYes[d];
    const mid = 0.5 * (lo + hi);
    const base = d * S;
    const turnout = absentShock ? Math.exp(absentShock[d]) : 1;
    const sc = scaled ? scaled.scale[d] : 0;
    if (plain) {
      // the common case (no per-draw shift, no pull, votes wanted): the same steps as below
      // without their branches, a fifth faster (fewer live values in the loop)
      for (let j = 0; j < F; j++) {
        const k = freeK[j];
        const i = base + column[j];
        const e = eta[i] + shiftEta[k];
        const a = turnout === 1 ? away[k] : Math.min(0.995, away[k] * turnout);
        const p = turnout === 1 ? present[k] : 1 - a;
        const w = bandOf[i];
        const cNo = 1 / (1 + fastExp(e + w - lo));
        const cNoAbs = 1 / (1 + fastExp(e - w - hi));
        pAway[k] += a;
        pNo[k] += p * cNo;
        pAbs[k] += p * (cNoAbs - cNo);
        pYes[k] += p * (1 - cNoAbs);
        const u = uniformAt(uniformSeed, i);
        const x = (u - a) / p;
        sampled[d * K + k] = u < a ? OUTCOME_ABSENT : +(x >= cNo) + +(x >= cNoAbs); // OUTCOME_NO 0, OUTCOME_ABSTAIN 1, OUTCOME_YES 2, without branches
      }
      continue;
    }
    for (let j = 0; j < F; j++) {
      const k = freeK[j];
      const i = base + states[k];
      let e = eta[i];
      if (hasEta) e += shiftEta[k];
      if (scaledK) e += scaledK[k] * sc;
      if (byDraw) e += byDraw[i];
      else if (anyPull) {
        const pk = pullK[k];
        if (pk > 0) {
          const gap = mid - e;
          e += gap > pk ? pk : gap < -pk ? -pk : gap;
        }
      }
      const a = turnout === 1 ? away[k] : Math.min(0.995, away[k] * turnout);
      const p = turnout === 1 ? present[k] : 1 - a;
      const w = band ? band[i] : 0;
      // The logistic function written out rather than the overflow-safe `sigmoid` of
      // src/model/orderedLogit.ts: here exp(-x) overflowing to Infinity gives exactly 0, which is
      // right, and the inline form (no branch) makes the forecast about 10% faster; fastExp
      // (inlined arithmetic, within 2 ulp of Math.exp) saves another 20-30 ms of the 10,000-draw
      // forecast's 3.9 million exponentials (`npm run bench -- forecast`).
      const cNo = 1 / (1 + fastExp(e + w - lo));
      const cNoAbs = 1 / (1 + fastExp(e - w - hi));
      pAway[k] += a;
      pNo[k] += p * cNo;
      pAbs[k] += p * (cNoAbs - cNo);
      pYes[k] += p * (1 - cNoAbs);
      if (votes) {
        const u = uniformAt(uniformSeed, i);
        const x = (u - a) / p;
        votes[d * K + k] = u < a ? OUTCOME_ABSENT : +(x >= cNo) + +(x >= cNoAbs); // no 0, abstain 1, yes 2
      }
    }
  }
  const out: OutcomeProbabilities[] = new Array(K);
  for (let k = 0; k < K; k++) {
    const f = fixed[states[k]];
    out[k] = f >= 0
      ? { pYes: f === 2 ? 1 : 0, pAbstain: f === 1 ? 1 : 0, pNo: f === 0 ? 1 : 0, pAbsent: f === 3 ? 1 : 0 }
      : { pYes: pYes[k] / D, pAbstain: pAbs[k] / D, pNo: pNo[k] / D, pAbsent: pAway[k] / D };
  }
  return out;
}
