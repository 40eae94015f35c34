import { checkAssembly, checkOptions } from "../util/checkArgs.ts";
import { checkDate } from "./sessionPeriod.ts";
import type { Assembly, RollCall } from "./types.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Filters for `selectRollCalls`; all optional, combined with AND. */
export interface RollCallFilter {
  /** First date, inclusive (ISO). */
  from?: string;
  /** Last date, exclusive (ISO): only roll calls strictly before it. */
  until?: string;
  /** Session label(s) as in the symbol: "77", "ES-11". */
  session?: string | string[];
  /** Model period(s) (regular session in progress), e.g. 70..74. */
  period?: number | number[];
  /** Voeten issue code: "me", "nu", "di", "hr", "co" or "ec". */
  issue?: string;
  /** Symbol prefix, case-insensitive, e.g. "A/RES/ES-11/". */
  symbol?: string;
  /** Only US "important votes". */
  important?: boolean;
}

const ISSUES = ["me", "nu", "di", "hr", "co", "ec"];

/**
 * Indices (matrix rows) of the roll calls matching a filter, in date order.
 *
 * @example
 * selectRollCalls(loadAssembly(), { session: "ES-11" }).length // 8
 */
export function selectRollCalls(assembly: Pick<Assembly, "rollCalls">, filter: RollCallFilter = {}): number[] {
  checkAssembly(assembly, "assembly", ["rollCalls"]);
  checkOptions(filter, "filter");
  if (filter.from !== undefined) checkDate("from", filter.from);
  if (filter.until !== undefined) checkDate("until", filter.until);
  if (filter.issue !== undefined && !ISSUES.includes(filter.issue)) {
    throw new PlenaryError(`invalid issue; expected one of ${ISSUES.join(", ")}: ${JSON.stringify(filter.issue)}`);
  }
  const sessions = filter.session === undefined ? null : new Set([filter.session].flat().map((s) => s.toUpperCase()));
  const periods = filter.period === undefined ? null : new Set([filter.period].flat());
  const prefix = filter.symbol?.toUpperCase();
  const out: number[] = [];
  assembly.rollCalls.forEach((r: RollCall, i) => {
    if (filter.from !== undefined && r.date < filter.from) return;
    if (filter.until !== undefined && r.date >= filter.until) return;
    if (sessions && !sessions.has(r.session.toUpperCase())) return;
    if (periods && !periods.has(r.period)) return;
    if (filter.issue !== undefined && !r.issues.includes(filter.issue)) return;
    if (prefix !== undefined && !r.symbol.toUpperCase().startsWith(prefix)) return;
    if (filter.important !== undefined && r.important !== filter.important) return;
    out.push(i);
  });
  return out;
}
