import { checkAssembly, checkString } from "../util/checkArgs.ts";
import type { Assembly } from "./types.ts";
import { ABSTAIN, NO, YES } from "./voteCodes.ts";

/**
 * The periods (regular session numbers) in which a state cast at least one
 * vote (yes, abstain or no; absent is not a vote), ascending. Empty for a
 * code the record does not know. O(roll calls).
 *
 * @example
 * const zaf = votedPeriods(assembly, "ZAF");
 * zaf.includes(35); // false (South Africa was kept from taking part from November 1974 to June 1994)
 * zaf.includes(48); // true
 */
export function votedPeriods(assembly: Pick<Assembly, "states" | "rollCalls" | "matrix">, iso3: string): number[] {
  checkAssembly(assembly);
  checkString(iso3, "iso3", 16);
  const s = assembly.states.findIndex((st) => st.iso3 === iso3);
  if (s < 0) return [];
  const { codes, nStates } = assembly.matrix;
  const out = new Set<number>();
  assembly.rollCalls.forEach((r, i) => {
    const c = codes[i * nStates + s];
    if (c === YES || c === ABSTAIN || c === NO) out.add(r.period);
  });
  return [...out].sort((a, b) => a - b);
}
