import type { Assembly } from "../data/types.ts";
import { checkAssembly, checkIsoDate, checkNumber } from "../util/checkArgs.ts";
import { ABSENT, NOT_MEMBER } from "../data/voteCodes.ts";
import { isFirstVote } from "./isFirstVote.ts";
import { isResumedPart } from "./isResumedPart.ts";

/** Answers by assembly, asOf and first session (a memo of a pure function); the 64 latest. */
const memo = new WeakMap<Pick<Assembly, "rollCalls">, Map<string, number>>();

/**
 * How much likelier (log-odds) members were to be absent from the first vote
 * on a text than from the other roll calls, over the main parts of the
 * regular sessions from `firstPeriod` to asOf (roll calls before asOf only):
 * logit(absences / members on first votes) - logit(the same on the rest),
 * pooled over the states. New texts draw more absences than repeated ones,
 * and more so lately: +0.3 to +0.9 in every session from 2015 on, -0.6 to
 * +1.1 in 2000-2014 (`npx tsx scripts/novelAbsence.ts`). 0 when either
 * kind has no roll call in the window. O(roll calls in the window x states).
 *
 * @example
 * novelAbsenceExcess(assembly, "2020-09-01", 67); // about 0.5
 */
export function novelAbsenceExcess(assembly: Pick<Assembly, "rollCalls" | "matrix">, asOf: string, firstPeriod: number): number {
  checkAssembly(assembly, "assembly", ["rollCalls", "matrix"]);
  checkIsoDate(asOf, "asOf");
  checkNumber(firstPeriod, "firstPeriod");
  let byKey = memo.get(assembly);
  if (!byKey) memo.set(assembly, (byKey = new Map()));
  const key = `${asOf} ${firstPeriod}`;
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const { codes, nStates } = assembly.matrix;
  const absent = [0, 0];
  const members = [0, 0];
  for (let r = assembly.rollCalls.length - 1; r >= 0; r--) {
    const rc = assembly.rollCalls[r];
    if (rc.date >= asOf) continue;
    if (rc.period < firstPeriod) break;
    if (rc.kind !== "regular" || isResumedPart(rc.date, rc.kind, rc.period)) continue;
    const k = isFirstVote(assembly, r) ? 1 : 0;
    for (let s = 0; s < nStates; s++) {
      const c = codes[r * nStates + s];
      if (c === NOT_MEMBER) continue;
      members[k]++;
      if (c === ABSENT) absent[k]++;
    }
  }
  const logOdds = (a: number, m: number) => Math.log((a + 0.5) / (m - a + 0.5));
  const excess = members[0] > 0 && members[1] > 0 ? logOdds(absent[1], members[1]) - logOdds(absent[0], members[0]) : 0;
  if (byKey.size >= 64) byKey.delete(byKey.keys().next().value as string);
  byKey.set(key, excess);
  return excess;
}
