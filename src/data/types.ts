import type { ColumnTable } from "arquero";
import type { RegionalGroup } from "./regionalGroup.ts";

/** Vote codes and letters live in ./voteCodes.ts; re-exported here for existing imports. */
export { NOT_MEMBER, YES, ABSTAIN, NO, ABSENT, VOTE_LETTERS, type VoteLetter, type VoteCode } from "./voteCodes.ts";

/** One recorded roll call (a resolution or decision adopted by a recorded vote). */
export interface RollCall {
  /** UN Digital Library record id. */
  undlId: number;
  /** Document symbol, e.g. "A/RES/ES-11/4"; a suffix in brackets marks a separate vote on a part. */
  symbol: string;
  /** Date of the vote, ISO "YYYY-MM-DD". */
  date: string;
  /** Session as in the symbol: "77", "ES-11" (emergency special) or "S-10" (special). */
  session: string;
  /** Regular session in progress on that date (1 = 1946 ... 80 = 2025-26); the model's time period. */
  period: number;
  /** "regular", "emergency" or "special". */
  kind: "regular" | "emergency" | "special";
  /** Title from the Digital Library, without the trailing ": resolution / adopted by ..." */
  title: string;
  /** Totals stated by the source (yes, no, abstain, non-voting). */
  stated: { yes: number; no: number; abstain: number; absent: number };
  /** Voeten issue codes joined from Voeten's data ("me","nu","di","hr","co","ec"); empty when unmatched or uncoded. */
  issues: string[];
  /** US State Department "important vote" flag from Voeten's data (false when unmatched). */
  important: boolean;
  /** Voeten roll-call id when the join found the same vote, else null. */
  voetenRcid: number | null;
  /** Voeten's description of the vote (short and long, lower case), from data/descriptions.json; absent when the roll call is not matched in his data (which covers 1946-2019). */
  description?: string;
}

/** A member state (or a dissolved one: SUN, YUG, CSK, DDR, YMD, SCG, ZZB). */
export interface MemberState {
  /** ISO 3166-1 alpha-3 (ISO 3166-3 for dissolved states; ZZB for Zanzibar, 1963-64). */
  iso3: string;
  /** Common English name. */
  name: string;
  /** UN regional group: "African", "Asia-Pacific", "Eastern European", "Latin American and Caribbean", "Western European and Others" (REGIONAL_GROUPS), or "" when none applies. */
  group: RegionalGroup | "";
  /** ISO 3166-1 numeric / M49 code, as a number (for world maps); null for dissolved states. */
  m49: number | null;
  /** Latitude of the country's centroid, or null. */
  lat: number | null;
  /** Longitude of the country's centroid, or null. */
  lon: number | null;
  /** Date of its first recorded vote, ISO. */
  first: string;
  /** Date of its last recorded vote, ISO. */
  last: string;
  /** True for states that no longer exist (SUN, YUG, CSK, DDR, YMD, SCG, ZZB). */
  dissolved: boolean;
}

/**
 * The dense vote matrix for model code: roll call x state, row-major
 * (`codes[r * nStates + s]`), with the codes above. Roll calls are sorted by
 * date, then Digital Library id.
 */
export interface VoteMatrix {
  nRollCalls: number;
  nStates: number;
  /** Vote codes, length nRollCalls * nStates. */
  codes: Uint8Array;
  /** Model period (regular session number) of each roll call. */
  period: Int16Array;
  /** Day number (days since 1970-01-01) of each roll call, for fast date filters. */
  day: Int32Array;
}

/** The whole embedded record, as returned by `loadAssembly()`. */
export interface Assembly {
  /** Roll calls in matrix row order. */
  rollCalls: RollCall[];
  /** Member states in matrix column order. */
  states: MemberState[];
  /** Dense roll call x state vote matrix. */
  matrix: VoteMatrix;
  /** Hash of the embedded data; fitted models record it and loading checks it. */
  fingerprint: string;
  /** Each seat's UN short names over time (data/names.json), by ISO3, in the order used; absent for data without names. See `stateNameAt`. */
  names?: Readonly<Record<string, readonly { name: string; from: string }[]>>;
  /** Exploration tables (arquero): rollCalls, votes (long: one row per state per roll call), states. */
  tables: { rollCalls: ColumnTable; votes: ColumnTable; states: ColumnTable };
}
