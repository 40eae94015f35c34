import { checkNumber, checkString } from "../util/checkArgs.ts";
import type { RollCall } from "../data/types.ts";

/**
 * Whether a vote on `date` falls in the resumed part of regular session
 * `period`: after the main part's autumn of debates and committee reports,
 * that is in a calendar year after the session opened (session N opens in
 * September of 1945 + N; its votes from January on, including those of the
 * following September before the next session opens, are the resumed part).
 * Fewer delegations take part then: over sessions 55-69, 17-25% of the
 * members were absent from a resumed part's roll call against 9-10% in the
 * main part (`npx tsx scripts/newTextSplits.ts`). Emergency and special
 * sessions have no such parts (false).
 *
 * @example
 * isResumedPart("2019-05-22", "regular", 73); // true (the Chagos vote, 69 yes)
 * isResumedPart("2018-12-17", "regular", 73); // false
 * isResumedPart("2018-09-13", "regular", 72); // true: the last days of session 72
 */
export function isResumedPart(date: string, kind: RollCall["kind"], period: number): boolean {
  checkString(date, "date", 10);
  checkNumber(period, "period");
  return kind === "regular" && Number(date.slice(0, 4)) > 1945 + period;
}
