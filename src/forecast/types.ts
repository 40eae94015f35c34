import type { VoteLetter } from "../data/types.ts";

/** Adoption rule: simple majority, or two-thirds, of those present and voting (yes + no; abstentions do not count). */
export type AdoptionRule = "majority" | "two-thirds";

/** What a user asks for: a new resolution to forecast. Saved as JSON (see scenarios/*.json). */
export interface ForecastSpec {
  /** Title of the new resolution (free text, shown on charts). */
  title: string;
  /** ISO date "YYYY-MM-DD"; only data strictly before it is used. */
  asOf: string;
  /** One or more past roll-call symbols the new resolution resembles, e.g. ["A/RES/ES-11/1"]. At least one, unless `issue` is given. */
  like?: string[];
  /** Optional Voeten issue area: "me" | "nu" | "di" | "hr" | "co" | "ec". */
  issue?: "me" | "nu" | "di" | "hr" | "co" | "ec";
  /** Positions already known (sponsors: "Y"; announced opponents: "N"), by ISO3. */
  known?: Record<string, VoteLetter>;
  /** Adoption rule. Default "majority". */
  rule?: AdoptionRule;
  /** Monte Carlo draws for parameter uncertainty and totals. Default 10000; range [100, 1000000]. */
  draws?: number;
  /** Seed for the Monte Carlo draws. Default 1. */
  seed?: number;
  /** Actual result when known (for charts and backtests): yes, no, abstain, absent. */
  actual?: { yes: number; no: number; abstain: number; absent: number };
}

/** One state's forecast. */
export interface CountryForecast {
  iso3: string;
  name: string;
  /** UN regional group (see MemberState.group). */
  group: string;
  pYes: number;
  pAbstain: number;
  pNo: number;
  pAbsent: number;
}

/** Counts of each outcome. */
export interface Counts {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
}

/** A closed interval [lo, hi] of counts per outcome. */
export type CountIntervals = { [K in keyof Counts]: [number, number] };

/** The result of forecasting a resolution. */
export interface Forecast {
  title: string;
  asOf: string;
  rule: AdoptionRule;
  /** Number of member states forecast (the membership as of asOf). */
  members: number;
  /** Expected counts (means over draws). */
  expected: Counts;
  interval80: CountIntervals;
  interval95: CountIntervals;
  /** Probability the resolution is adopted under the rule. */
  pAdopted: number;
  /** Distribution of the yes count: yesDistribution[k] = P(yes = k), length members + 1. */
  yesDistribution: number[];
  /** Yes votes needed to adopt given the expected yes + no (for charts). */
  threshold: number;
  countries: CountryForecast[];
  /** Actual result, if the spec gave one. */
  actual?: Counts;
}
