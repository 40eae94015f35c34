import { PlenaryError } from "../util/PlenaryError.ts";
import { isIsoDate } from "../data/sessionPeriod.ts";
import { checkSeed } from "../model/checkSeed.ts";
import { validateAgainstSchema } from "../util/validateAgainstSchema.ts";
import { checkJsonLimits } from "../util/checkJsonLimits.ts";
import type { PreparedForecast } from "./PreparedForecast.ts";
import type { ForecastSpec } from "./types.ts";

/** Default number of Monte Carlo draws. */
export const DEFAULT_DRAWS = 10_000;

/** Length limits of a spec's text fields (characters) and lists: every text a user gives has one. */
export const SPEC_LIMITS = {
  /** title: 1,000 characters (the longest UN title is about 600). */
  title: 1_000,
  /** text: 20,000 characters. */
  text: 20_000,
  /** each `like` symbol: 64 characters (the longest UN symbol is about 30). */
  symbol: 64,
  /** `like`: 200 roll calls. */
  like: 200,
} as const;

/**
 * Validates a forecast spec (structure against `schemas/forecast-spec.schema.json`,
 * generated from `ForecastSpec`; then values) and fills defaults. Errors name
 * the field and echo the value. Does not touch the data: symbols and ISO3
 * codes are checked by `prepareForecast`.
 */
export function checkSpec(spec: unknown): PreparedForecast["spec"] {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw new PlenaryError(`invalid forecast spec; expected an object: ${JSON.stringify(spec)}`);
  }
  checkJsonLimits(spec, "forecast spec", { maxDepth: 8, maxString: 100_000, maxValues: 100_000 }); // before anything walks it
  validateAgainstSchema(spec, "forecast-spec.schema.json", "forecast spec");
  const s = spec as ForecastSpec;
  if (s.title.length > SPEC_LIMITS.title) throw new PlenaryError(`invalid title; longer than ${SPEC_LIMITS.title.toLocaleString("en-US")} characters: ${s.title.length.toLocaleString("en-US")}`, { code: "limit" });
  if (s.like && s.like.length > SPEC_LIMITS.like) throw new PlenaryError(`invalid like; more than ${SPEC_LIMITS.like} roll calls: ${s.like.length}`, { code: "limit" });
  s.like?.forEach((symbol, k) => {
    if (symbol.length > SPEC_LIMITS.symbol) throw new PlenaryError(`invalid like[${k}]; longer than ${SPEC_LIMITS.symbol} characters (${symbol.length}): ${JSON.stringify(symbol.slice(0, 40))}...`, { code: "limit" });
  });
  if (s.title.trim() === "") throw new PlenaryError(`invalid title; empty: ${JSON.stringify(s.title)}`);
  if (!isIsoDate(s.asOf)) throw new PlenaryError(`invalid asOf; not a date (YYYY-MM-DD): ${JSON.stringify(s.asOf)}`);
  if (s.voteDate !== undefined) {
    if (!isIsoDate(s.voteDate)) throw new PlenaryError(`invalid voteDate; not a date (YYYY-MM-DD): ${JSON.stringify(s.voteDate)}`);
    if (s.voteDate < s.asOf) throw new PlenaryError(`invalid voteDate; before asOf ${s.asOf} (the vote cannot precede the data cutoff): ${JSON.stringify(s.voteDate)}`);
  }
  if (s.text !== undefined && s.text.length > SPEC_LIMITS.text) throw new PlenaryError(`invalid text; longer than 20,000 characters: ${s.text.length}`, { code: "limit" });
  if (s.session !== undefined && !/^(\d{1,3}|ES-\d{1,2}|S-\d{1,2})$/.test(s.session)) {
    throw new PlenaryError(`invalid session; expected a session as in UN symbols ("77", "ES-11" or "S-27"): ${JSON.stringify(s.session)}`);
  }
  const draws = s.draws ?? DEFAULT_DRAWS;
  if (!(Number.isInteger(draws) && 100 <= draws && draws <= 1_000_000)) throw new PlenaryError(`invalid draws; expected a whole number in [100, 1000000]: ${JSON.stringify(s.draws)}`);
  const seed = checkSeed(s.seed ?? 1);
  for (const [iso3, v] of Object.entries(s.known ?? {})) {
    if (!/^[A-Z]{3}$/.test(iso3)) throw new PlenaryError(`invalid known; not an ISO3 code: ${JSON.stringify(iso3)}`);
    if (!["Y", "N", "A", "X"].includes(v)) throw new PlenaryError(`invalid known.${iso3}; expected one of Y, N, A, X: ${JSON.stringify(v)}`);
  }
  if (s.actual) {
    for (const k of ["yes", "no", "abstain", "absent"] as const) {
      const v = s.actual[k];
      if (!(Number.isInteger(v) && 0 <= v && v <= 1000)) throw new PlenaryError(`invalid actual.${k}; expected a whole number in [0, 1000] (their sum is the membership): ${JSON.stringify(v)}`);
    }
  }
  return {
    ...s,
    like: s.like && s.like.length > 0 ? [...s.like] : undefined,
    known: s.known ? { ...s.known } : undefined,
    rule: s.rule ?? "majority",
    draws,
    seed,
  };
}
