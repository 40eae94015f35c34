import type { RollCall } from "../data/types.ts";

/**
 * Whether a vote on `date` falls in the resumed part of a regular session
 * (January to August), after the main part's autumn of debates and
 * committee reports. Fewer delegations take part then: over sessions 55-69,
 * 19-25% of the members were absent from a resumed part's roll call against
 * 9-10% in the main part (`npx tsx scripts/newTextSplits.ts`). Emergency and
 * special sessions have no such parts (false).
 *
 * @example
 * isResumedPart("2019-05-22", "regular"); // true (the Chagos vote, 69 yes)
 * isResumedPart("2019-12-18", "regular"); // false
 */
export function isResumedPart(date: string, kind: RollCall["kind"]): boolean {
  if (kind !== "regular") return false;
  const month = Number(date.slice(5, 7));
  return month >= 1 && month <= 8;
}
