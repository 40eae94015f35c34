import { CODE_ALIASES, type CountryFacts } from "./countryCatalog.ts";
import { checkDate, isIsoDate } from "./sessionPeriod.ts";
import type { VoteLetter } from "./types.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** A roll call as read from a source file, before validation and joining. */
export interface RawRollCall {
  undlId: number;
  symbol: string;
  date: string;
  session: string;
  title: string;
  /** Totals the source states, or null when it states none. */
  stated: { yes: number; no: number; abstain: number; absent: number } | null;
  /** Each state's vote, by ISO3. */
  votes: Map<string, VoteLetter>;
  /** Where it was read, for messages: "file, line N". */
  where: string;
}

/** Normalizes a vote code from a source: Y/N/A, and X or blank for non-voting; anything else throws. */
export function voteLetter(value: string, where: string): VoteLetter {
  const v = value.trim().toUpperCase();
  if (v === "Y" || v === "N" || v === "A" || v === "X") return v;
  if (v === "") return "X";
  throw new PlenaryError(`bad vote code at ${where}: ${JSON.stringify(value)} (expected Y, N, A, X or blank)`);
}

/** Validates a country code against the catalog (after aliases); unknown codes throw naming the place. */
export function countryCode(value: string, catalog: Map<string, CountryFacts>, where: string): string {
  const raw = value.trim().toUpperCase();
  const code = CODE_ALIASES[raw] ?? raw;
  if (!catalog.has(code)) throw new PlenaryError(`unknown country code at ${where}: ${JSON.stringify(value)}`);
  return code;
}

/** Validates an ISO date from a source file. */
export function sourceDate(value: string, where: string): string {
  const v = value.trim();
  if (!isIsoDate(v)) checkDate(`date at ${where}`, v);
  return v;
}

/** Parses a non-negative integer count, throwing naming the place. */
export function countValue(value: string, name: string, where: string): number {
  const v = value.trim();
  if (!/^\d+$/.test(v)) throw new PlenaryError(`bad ${name} at ${where}: ${JSON.stringify(value)} (expected a whole number)`);
  return Number(v);
}

/** Removes the Digital Library's trailing ": resolution / adopted by the General Assembly". */
export function cleanTitle(title: string): string {
  return title
    .replace(/\s*:\s*(resolution|decision)s?\s*\/\s*(adopted by|\[?adopted).*$/i, "")
    .replace(/\s+/g, " ")
    .trim();
}
