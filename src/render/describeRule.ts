import type { AdoptionRule } from "../forecast/types.ts";

/**
 * Plain-language statement of an adoption rule, for subtitles. The rule is
 * stated as a share, not as a count: how many yes votes it takes depends on
 * how many vote yes or no, which differs from one simulated vote (draw) to
 * the next, so a single "needed" number would contradict the chance of adoption.
 */
export function describeRule(rule: AdoptionRule): string {
  return rule === "two-thirds"
    ? "needs two-thirds of those voting yes or no, in each draw"
    : "needs a majority of those voting yes or no, in each draw";
}
