import { isIsoDate } from "../data/sessionPeriod.ts";
import { checkSeed } from "../model/checkSeed.ts";
import { checkJsonLimits } from "../util/checkJsonLimits.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { validateAgainstSchema } from "../util/validateAgainstSchema.ts";
import type { CouncilSpec } from "./types.ts";

/** A checked Council spec with its defaults filled in. */
export type CheckedCouncilSpec = CouncilSpec & { draws: number; seed: number; sponsors: string[]; known: Record<string, "Y" | "N" | "A" | "X">; like: string[] };

/**
 * Validates a Council forecast spec (`schemas/council-spec.schema.json`,
 * generated from `CouncilSpec`; then values) and fills defaults. Errors name
 * the field and echo the value. Symbols and members are checked against the
 * record by `forecastCouncil`.
 */
export function checkCouncilSpec(spec: unknown): CheckedCouncilSpec {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) throw new PlenaryError(`invalid Council spec; expected an object: ${JSON.stringify(spec)}`);
  checkJsonLimits(spec, "Council spec", { maxDepth: 6, maxString: 20_000, maxValues: 10_000 });
  validateAgainstSchema(spec, "council-spec.schema.json", "Council spec");
  const s = spec as CouncilSpec;
  if (s.title.trim() === "" || s.title.length > 1000) throw new PlenaryError(`invalid title; empty or longer than 1,000 characters: ${JSON.stringify(s.title.slice(0, 60))}`);
  if (!isIsoDate(s.asOf)) throw new PlenaryError(`invalid asOf; not a date (YYYY-MM-DD): ${JSON.stringify(s.asOf)}`);
  if (s.agenda !== undefined && s.agenda.length > 1000) throw new PlenaryError(`invalid agenda; longer than 1,000 characters: ${s.agenda.length}`);
  const iso = (v: string, field: string) => {
    if (!/^[A-Z]{3}$/.test(v)) throw new PlenaryError(`invalid ${field}; not an ISO3 code: ${JSON.stringify(v)}`);
  };
  (s.sponsors ?? []).forEach((v, k) => iso(v, `sponsors[${k}]`));
  (s.members ?? []).forEach((v, k) => iso(v, `members[${k}]`));
  if (s.members && new Set(s.members).size !== s.members.length) throw new PlenaryError(`invalid members; a member is listed twice: ${JSON.stringify(s.members)}`);
  if (s.members && s.members.length > 30) throw new PlenaryError(`invalid members; more than 30: ${s.members.length}`);
  if ((s.like ?? []).length > 50) throw new PlenaryError(`invalid like; more than 50 votes: ${(s.like ?? []).length}`);
  for (const [m, v] of Object.entries(s.known ?? {})) {
    iso(m, "known");
    if (!["Y", "N", "A", "X"].includes(v)) throw new PlenaryError(`invalid known.${m}; expected one of Y, N, A, X: ${JSON.stringify(v)}`);
  }
  if (s.rivalDrafts !== undefined && !(Number.isInteger(s.rivalDrafts) && s.rivalDrafts >= 0 && s.rivalDrafts <= 10)) throw new PlenaryError(`invalid rivalDrafts; expected a whole number in [0, 10]: ${JSON.stringify(s.rivalDrafts)}`);
  const draws = s.draws ?? 10_000;
  if (!(Number.isInteger(draws) && 100 <= draws && draws <= 1_000_000)) throw new PlenaryError(`invalid draws; expected a whole number in [100, 1000000]: ${JSON.stringify(s.draws)}`);
  const seed = checkSeed(s.seed ?? 1);
  return { ...s, draws, seed, sponsors: [...(s.sponsors ?? [])], known: { ...(s.known ?? {}) }, like: [...(s.like ?? [])] };
}
