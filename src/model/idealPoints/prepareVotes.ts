import type { Assembly } from "../../data/types.ts";
import { MODEL_CATEGORY, NOT_MEMBER } from "../../data/voteCodes.ts";

/**
 * The observed votes of a date window in compact typed arrays, the only form
 * the fitting loops touch. Private to src/model.
 *
 * A "state-period" (sp) is one state in one period; each state owns the
 * contiguous run of periods from the first to the last period in which it is
 * a member (any code but NOT_MEMBER) in the window, so periods without votes
 * (e.g. a state barred from voting) are bridged by the random walk.
 */
export interface PreparedVotes {
  /** Matrix rows (roll calls) in the window with at least one yes/abstain/no vote, in matrix order. */
  rows: Int32Array;
  nRc: number;
  /** Matrix columns (states) with at least one yes/abstain/no vote in the window. */
  cols: Int32Array;
  nS: number;
  /** First and last period of each fitted state. */
  pMin: Int32Array;
  pMax: Int32Array;
  /** First state-period of each state; spOffset[nS] = nSp. */
  spOffset: Int32Array;
  nSp: number;
  /** Period of each fitted roll call. */
  rcPeriod: Int32Array;
  /** Votes of roll call i are vSp/vCat[rcStart[i] .. rcStart[i + 1]). */
  rcStart: Int32Array;
  /** State-period of each vote. */
  vSp: Int32Array;
  /** Category of each vote: 0 no, 1 abstain, 2 yes. */
  vCat: Uint8Array;
  nVotes: number;
  /** Counts of no, abstain, yes per roll call: rcCount[3 * i + cat]. */
  rcCount: Int32Array;
}

/** Collect the yes/abstain/no votes on roll calls with fromDay <= day < untilDay. Absent and non-member entries are not votes. */
export function prepareVotes(assembly: Assembly, fromDay: number, untilDay: number): PreparedVotes {
  const { codes, nRollCalls, nStates, day, period } = assembly.matrix;
  const catOf = Int8Array.from(MODEL_CATEGORY); // typed copy for the loop over all votes

  const rowList: number[] = [];
  const stateVotes = new Int32Array(nStates);
  const colMin = new Int32Array(nStates).fill(1 << 30);
  const colMax = new Int32Array(nStates).fill(-1);
  let nVotes = 0;
  for (let r = 0; r < nRollCalls; r++) {
    if (!(fromDay <= day[r] && day[r] < untilDay)) continue;
    const base = r * nStates;
    let n = 0;
    for (let s = 0; s < nStates; s++) {
      const c = codes[base + s];
      if (c === NOT_MEMBER) continue;
      if (period[r] < colMin[s]) colMin[s] = period[r];
      if (period[r] > colMax[s]) colMax[s] = period[r];
      if (catOf[c] >= 0) {
        n++;
        stateVotes[s]++;
      }
    }
    if (n > 0) {
      rowList.push(r);
      nVotes += n;
    }
  }
  const colList: number[] = [];
  for (let s = 0; s < nStates; s++) if (stateVotes[s] > 0) colList.push(s);
  const nS = colList.length;
  const cols = Int32Array.from(colList);
  const pMin = new Int32Array(nS);
  const pMax = new Int32Array(nS);
  const spOffset = new Int32Array(nS + 1);
  const local = new Int32Array(nStates).fill(-1);
  for (let i = 0; i < nS; i++) {
    const s = cols[i];
    local[s] = i;
    pMin[i] = colMin[s];
    pMax[i] = colMax[s];
    spOffset[i + 1] = spOffset[i] + (colMax[s] - colMin[s] + 1);
  }
  const nRc = rowList.length;
  const rows = Int32Array.from(rowList);
  const rcPeriod = new Int32Array(nRc);
  const rcStart = new Int32Array(nRc + 1);
  const vSp = new Int32Array(nVotes);
  const vCat = new Uint8Array(nVotes);
  const rcCount = new Int32Array(3 * nRc);
  let v = 0;
  for (let i = 0; i < nRc; i++) {
    const r = rows[i];
    const p = period[r];
    rcPeriod[i] = p;
    rcStart[i] = v;
    const base = r * nStates;
    for (let s = 0; s < nStates; s++) {
      const cat = catOf[codes[base + s]];
      if (cat < 0) continue;
      const j = local[s];
      vSp[v] = spOffset[j] + p - pMin[j];
      vCat[v] = cat;
      rcCount[3 * i + cat]++;
      v++;
    }
  }
  rcStart[nRc] = v;
  return { rows, nRc, cols, nS, pMin, pMax, spOffset, nSp: spOffset[nS], rcPeriod, rcStart, vSp, vCat, nVotes, rcCount };
}
