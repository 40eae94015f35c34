import type { AdoptionRule } from "../forecast/types.ts";

/** Plain-language statement of an adoption rule, for subtitles. */
export function describeRule(rule: AdoptionRule): string {
  return rule === "two-thirds" ? "needs two-thirds of those present and voting" : "needs a simple majority of those present and voting";
}
