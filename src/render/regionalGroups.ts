import { REGIONAL_GROUPS as GROUPS } from "../data/regionalGroup.ts";

/** The five UN regional groups, in the order charts show them (as in MemberState.group); defined in src/data/countryCatalog.ts. */
export const REGIONAL_GROUPS: readonly string[] = GROUPS;

/** Label for states outside the five groups (MemberState.group === ""). */
export const NO_GROUP_LABEL = "No regional group";

/** Sorts group names: the five UN regional groups in their usual order, then any others alphabetically, then states with no group. */
export function compareGroups(a: string, b: string): number {
  const rank = (g: string): number => {
    const i = REGIONAL_GROUPS.indexOf(g);
    return i >= 0 ? i : g === "" || g === NO_GROUP_LABEL ? REGIONAL_GROUPS.length + 1 : REGIONAL_GROUPS.length;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
