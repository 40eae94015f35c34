import { checkArray, checkAssembly, checkObject } from "../util/checkArgs.ts";
import { checkDate } from "../data/sessionPeriod.ts";
import type { Assembly } from "../data/types.ts";
import { isVote } from "../data/voteCodes.ts";
import { resolveOptions } from "../util/resolveOptions.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Options of {@link agreementShares}. */
export interface AgreementShareOptions {
  /** Only roll calls strictly before this ISO date are used. No default. */
  asOf: string;
  /** Number of most recent regular sessions (model periods) with votes before `asOf` to use. Default 3; range [1, 30]. */
  sessions?: number;
}

/**
 * Each state's recent agreement with a lobbying side: the share of roll calls
 * (in the last few sessions before `asOf`) on which the state cast the same
 * vote (yes, abstain or no) as the lobbying state, among those on which both
 * voted; absences are not votes and are left out. For a coalition, the mean
 * of the shares with each of its members. States with no common vote are
 * left out of the result. This is the vote-coincidence measure of the
 * aid-and-votes literature (Dreher, Nunnenkamp & Thiele 2008 use coincidence
 * with the United States; Carter & Stone 2015 the same for democracies).
 * Cost: O(roll calls in the window x states).
 *
 * @example
 * const shares = agreementShares(loadAssembly(), ["USA"], { asOf: "2022-10-11" });
 * shares.GBR > shares.CUB // true
 */
export function agreementShares(
  assembly: Pick<Assembly, "rollCalls" | "states" | "matrix">,
  by: readonly string[],
  options: AgreementShareOptions,
): Record<string, number> {
  checkAssembly(assembly);
  checkArray(by, "by", "string");
  checkObject(options, "options");
  const asOf = checkDate("asOf", options.asOf);
  const { sessions } = resolveOptions({ sessions: { default: 3, range: "[1, 30]", integer: true } }, options);
  if (!Array.isArray(by) || by.length === 0) throw new PlenaryError(`invalid by; expected one or more ISO3 codes: ${JSON.stringify(by)}`);
  const column = new Map(assembly.states.map((st, i) => [st.iso3, i]));
  const lobby = by.map((iso3) => {
    const c = column.get(iso3);
    if (c === undefined) throw new PlenaryError(`invalid by; unknown ISO3 code: ${JSON.stringify(iso3)}`);
    return c;
  });
  return computeShares(assembly, lobby, asOf, sessions);
}

function computeShares(assembly: Pick<Assembly, "rollCalls" | "states" | "matrix">, lobby: number[], asOf: string, sessions: number): Record<string, number> {
  const { codes, nStates: S, period } = assembly.matrix;
  const rows: number[] = [];
  const periods = new Set<number>();
  // roll calls are in date order: walk back from the last one before asOf
  let last = assembly.rollCalls.length - 1;
  while (last >= 0 && !(assembly.rollCalls[last].date < asOf)) last--;
  for (let r = last; r >= 0; r--) {
    if (!periods.has(period[r])) {
      if (periods.size === sessions) break;
      periods.add(period[r]);
    }
    rows.push(r);
  }
  const shareSum = new Float64Array(S);
  const withData = new Int32Array(S);
  const same = new Int32Array(S);
  const both = new Int32Array(S);
  for (const l of lobby) {
    same.fill(0);
    both.fill(0);
    for (const r of rows) {
      const base = r * S;
      const vl = codes[base + l];
      if (!isVote(vl)) continue;
      for (let s = 0; s < S; s++) {
        const v = codes[base + s];
        if (isVote(v)) {
          both[s]++;
          if (v === vl) same[s]++;
        }
      }
    }
    for (let s = 0; s < S; s++) {
      if (both[s] > 0) {
        shareSum[s] += same[s] / both[s];
        withData[s]++;
      }
    }
  }
  const out: Record<string, number> = {};
  for (let s = 0; s < S; s++) {
    // a coalition's share needs a common vote with every one of its members
    if (withData[s] === lobby.length) out[assembly.states[s].iso3] = shareSum[s] / lobby.length;
  }
  return out;
}
