import { checkAssembly, checkOptions } from "../util/checkArgs.ts";
import { checkDate, dayNumber } from "./sessionPeriod.ts";
import type { Assembly } from "./types.ts";
import { ABSTAIN, isVote } from "./voteCodes.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Options of {@link agreementOverTime}. */
export interface AgreementOverTimeOptions {
  /** First vote date included (ISO, inclusive). Default: the first in the data. */
  from?: string;
  /** Only votes strictly before this date are used (ISO). Default: no limit. */
  until?: string;
  /**
   * How a yes or no against an abstention counts: 0 (default; only identical
   * votes agree) or 0.5 (Lijphart's 1963 index of agreement: same vote 1,
   * one abstains 0.5, yes against no 0).
   * Range: 0 or 0.5.
   */
  abstainCredit?: 0 | 0.5;
  /** Sessions with fewer common votes than this are left out (e.g. a session that has only begun). Default 1; range [1, 1000]. */
  minVotes?: number;
}

/** Agreement of two states in one session. */
export interface AgreementPoint {
  /** Model period: the regular session in progress (1 = 1946 ... 80 = 2025-26). */
  period: number;
  /** Share of the roll calls on which both voted where they cast the same vote; range [0, 1]. */
  agreement: number;
  /** Roll calls on which both states cast a vote (yes, abstain or no). */
  n: number;
}

/**
 * How often two member states voted alike, session by session: among the
 * roll calls on which both cast a vote (yes, abstain or no), the share on
 * which the votes were the same (or Lijphart's index with `abstainCredit:
 * 0.5`). Absences are not votes and are left out (never counted as
 * disagreement), as in the vote-coincidence measure of the aid-and-votes
 * literature (Dreher, Nunnenkamp & Thiele 2008). Sessions in
 * which the two never both voted (or fewer than `minVotes` times) are left
 * out of the result. Emergency and
 * special sessions count in the regular session open on their date. Cost:
 * O(roll calls).
 *
 * @example
 * const usaInd = agreementOverTime(loadAssembly(), "USA", "IND", { from: "1991-01-01", minVotes: 20 });
 * usaInd.find((p) => p.period === 79); // { period: 79, agreement: 0.205, n: 117 }
 */
export function agreementOverTime(
  assembly: Pick<Assembly, "states" | "matrix">,
  iso3A: string,
  iso3B: string,
  options: AgreementOverTimeOptions = {},
): AgreementPoint[] {
  checkAssembly(assembly, "assembly", ["states", "matrix"]);
  checkOptions(options);
  const column = (name: string, iso3: unknown): number => {
    const c = typeof iso3 === "string" ? assembly.states.findIndex((s) => s.iso3 === iso3.toUpperCase()) : -1;
    if (c < 0) throw new PlenaryError(`invalid ${name}; unknown ISO3 code: ${JSON.stringify(iso3)}`);
    return c;
  };
  const a = column("iso3A", iso3A);
  const b = column("iso3B", iso3B);
  const fromDay = options.from === undefined ? -Infinity : dayNumber(checkDate("from", options.from));
  const untilDay = options.until === undefined ? Infinity : dayNumber(checkDate("until", options.until));
  if (options.from !== undefined && options.until !== undefined && !(options.from < options.until)) {
    throw new PlenaryError(`invalid until; expected a date after from (${options.from}): ${JSON.stringify(options.until)}`);
  }
  const credit = options.abstainCredit ?? 0;
  if (credit !== 0 && credit !== 0.5) throw new PlenaryError(`invalid abstainCredit; expected 0 or 0.5: ${JSON.stringify(credit)}`);
  const minVotes = options.minVotes ?? 1;
  if (!(Number.isInteger(minVotes) && 1 <= minVotes && minVotes <= 1000)) throw new PlenaryError(`invalid minVotes; expected an integer in [1, 1000]: ${JSON.stringify(minVotes)}`);
  return agreementByPeriod(assembly.matrix, a, b, fromDay, untilDay, credit).filter((p) => p.n >= minVotes);
}


/** The computation on trusted input: columns a and b, day range [fromDay, untilDay). */
function agreementByPeriod(m: Assembly["matrix"], a: number, b: number, fromDay: number, untilDay: number, credit: number): AgreementPoint[] {
  const { codes, nStates, period, day } = m;
  const score = new Map<number, { sum: number; n: number }>();
  for (let r = 0; r < m.nRollCalls; r++) {
    if (!(fromDay <= day[r] && day[r] < untilDay)) continue;
    const va = codes[r * nStates + a];
    const vb = codes[r * nStates + b];
    if (!isVote(va) || !isVote(vb)) continue;
    let s = score.get(period[r]);
    if (!s) score.set(period[r], (s = { sum: 0, n: 0 }));
    s.n++;
    if (va === vb) s.sum += 1;
    else if (va === ABSTAIN || vb === ABSTAIN) s.sum += credit;
  }
  return [...score.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([p, s]) => ({ period: p, agreement: s.sum / s.n, n: s.n }));
}
