import { checkAssembly, checkModel, checkOptions } from "../../util/checkArgs.ts";
import type { Assembly } from "../../data/types.ts";
import { MODEL_CATEGORY } from "../../data/voteCodes.ts";
import { dayNumber, isIsoDate } from "../../data/sessionPeriod.ts";
import type { FittedModel } from "../types.ts";
import { sigmoid } from "../orderedLogit.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

/** Classification measures of a fitted model on the roll calls it was fitted on. */
export interface FitQuality {
  /** Non-unanimous roll calls scored (at least two of yes/abstain/no among the scored votes). */
  rollCalls: number;
  /** Yes/abstain/no votes scored. */
  votes: number;
  /** Share of scored votes whose most likely category under the model is the actual vote. */
  correctlyClassified: number;
  /** Aggregate proportional reduction in error vs. the modal category of each roll call. */
  apre: number;
  /** Share correctly classified by predicting each roll call's modal category (the APRE baseline). */
  modalBaseline: number;
}

/**
 * How well a fitted model classifies the votes it was fitted on: the share
 * correctly classified (the most likely of yes/abstain/no under the model is
 * the actual vote) and Poole's aggregate proportional reduction in error,
 * APRE = sum(minority - errors) / sum(minority), where minority is the number
 * of votes not in the roll call's modal category (Poole 2005, "Spatial Models
 * of Parliamentary Voting", ch. 2). Unanimous roll calls (one category) carry
 * no spatial information and are left out. Only roll calls of the model whose
 * date is in [from, until) and states with a position that period are scored.
 * Cost: O(votes).
 *
 * @example
 * fitQuality(model, assembly, { from: "1990-01-01" }); // { correctlyClassified: 0.92, apre: 0.6, ... }
 */
export function fitQuality(
  model: FittedModel,
  assembly: Assembly,
  options: { from?: string; until?: string } = {},
): FitQuality {
  checkModel(model);
  checkAssembly(assembly);
  checkOptions(options);
  if (options.from !== undefined && !isIsoDate(options.from)) throw new PlenaryError(`invalid from; not a date: ${JSON.stringify(options.from)}`);
  if (options.until !== undefined && !isIsoDate(options.until)) throw new PlenaryError(`invalid until; not a date: ${JSON.stringify(options.until)}`);
  const fromDay = options.from === undefined ? -Infinity : dayNumber(options.from);
  const untilDay = options.until === undefined ? Infinity : dayNumber(options.until);
  const D = model.dims;
  const { codes, nStates, day } = assembly.matrix;
  const rowOf = new Map<number, number>();
  assembly.rollCalls.forEach((rc, r) => rowOf.set(rc.undlId, r));
  // position lookup per matrix column: first period and flat positions
  const colFirst = new Int32Array(nStates).fill(-1);
  const colLast = new Int32Array(nStates).fill(-2);
  const colPos: Float64Array[] = new Array(nStates);
  const colOf = new Map<string, number>();
  assembly.states.forEach((s, c) => colOf.set(s.iso3, c));
  for (const st of model.states) {
    const c = colOf.get(st.iso3);
    if (c === undefined || st.periods.length === 0) continue;
    colFirst[c] = st.periods[0];
    colLast[c] = st.periods[st.periods.length - 1];
    const pos = new Float64Array((colLast[c] - colFirst[c] + 1) * D).fill(NaN);
    st.periods.forEach((p, i) => {
      for (let k = 0; k < D; k++) pos[(p - colFirst[c]) * D + k] = st.mean[i][k];
    });
    colPos[c] = pos;
  }
  let nRc = 0;
  let nVotes = 0;
  let correct = 0;
  let minority = 0;
  const eta = new Float64Array(nStates);
  const cat = new Int8Array(nStates);
  for (const rc of model.rollCalls) {
    const r = rowOf.get(rc.undlId);
    if (r === undefined || !(fromDay <= day[r] && day[r] < untilDay)) continue;
    const base = r * nStates;
    const counts = [0, 0, 0];
    let n = 0;
    for (let c = 0; c < nStates; c++) {
      cat[c] = MODEL_CATEGORY[codes[base + c]];
      if (cat[c] < 0 || !(colFirst[c] <= rc.period && rc.period <= colLast[c])) {
        cat[c] = -1;
        continue;
      }
      let e = 0;
      for (let k = 0; k < D; k++) e += rc.beta[k] * colPos[c][(rc.period - colFirst[c]) * D + k];
      if (Number.isNaN(e)) {
        cat[c] = -1;
        continue;
      }
      eta[c] = e;
      counts[cat[c]]++;
      n++;
    }
    if (+(counts[0] > 0) + +(counts[1] > 0) + +(counts[2] > 0) < 2) continue;
    nRc++;
    nVotes += n;
    minority += n - Math.max(counts[0], counts[1], counts[2]);
    for (let c = 0; c < nStates; c++) {
      if (cat[c] < 0) continue;
      const pNo = sigmoid(rc.cutNo - eta[c]);
      const pNoAb = sigmoid(rc.cutYes - eta[c]);
      const p = [pNo, pNoAb - pNo, 1 - pNoAb];
      const best = p[2] >= p[1] && p[2] >= p[0] ? 2 : p[0] >= p[1] ? 0 : 1;
      if (best === cat[c]) correct++;
    }
  }
  const errors = nVotes - correct;
  return {
    rollCalls: nRc,
    votes: nVotes,
    correctlyClassified: nVotes > 0 ? correct / nVotes : NaN,
    apre: minority > 0 ? (minority - errors) / minority : NaN,
    modalBaseline: nVotes > 0 ? (nVotes - minority) / nVotes : NaN,
  };
}
