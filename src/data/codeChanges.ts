import { checkString } from "../util/checkArgs.ts";
/**
 * When a seat's code changes in the record: a state that continued or
 * absorbed another's membership. The record keeps each under its own code
 * (ISO 3166-3 for dissolved states), so a state's positions stop at one code
 * and go on under the other.
 */
export interface CodeChange {
  /** The earlier code. */
  from: string;
  /** The later code. */
  to: string;
  /** Date of the change (ISO). */
  date: string;
  /** What happened, in words. */
  note: string;
}

/** The code changes of the record (sources: UN membership records; dates as notified to the UN). */
export const CODE_CHANGES: readonly CodeChange[] = [
  { from: "SUN", to: "RUS", date: "1991-12-24", note: "the Russian Federation continued the Soviet Union's membership" },
  { from: "YUG", to: "SCG", date: "2000-11-01", note: "the Federal Republic of Yugoslavia (from 2003 Serbia and Montenegro) was admitted as a new member; Yugoslavia's seat had ended in 1992" },
  { from: "SCG", to: "SRB", date: "2006-06-03", note: "Serbia continued Serbia and Montenegro's membership" },
  { from: "CSK", to: "CZE", date: "1993-01-19", note: "Czechoslovakia dissolved; the Czech Republic was admitted" },
  { from: "CSK", to: "SVK", date: "1993-01-19", note: "Czechoslovakia dissolved; Slovakia was admitted" },
  { from: "DDR", to: "DEU", date: "1990-10-03", note: "the German Democratic Republic acceded to the Federal Republic of Germany" },
  { from: "YMD", to: "YEM", date: "1990-05-22", note: "Democratic Yemen and Yemen united as Yemen" },
  { from: "ZZB", to: "TZA", date: "1964-04-26", note: "Tanganyika and Zanzibar united (the United Republic of Tanzania)" },
];

/**
 * The code changes that concern `iso3` (as the earlier or the later code),
 * as sentences: "SUN -> RUS on 1991-12-24: the Russian Federation continued
 * the Soviet Union's membership".
 *
 * @example
 * codeChangeNotes("RUS"); // ["SUN -> RUS on 1991-12-24: the Russian Federation continued the Soviet Union's membership"]
 */
export function codeChangeNotes(iso3: string): string[] {
  checkString(iso3, "iso3", 8);
  return CODE_CHANGES.filter((c) => c.from === iso3 || c.to === iso3).map((c) => `${c.from} -> ${c.to} on ${c.date}: ${c.note}`);
}
