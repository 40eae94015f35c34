import { showValue } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { AdoptionRule } from "./types.ts";

/**
 * Whether a resolution passes under the rule, given the yes and no counts
 * (those present and voting; abstentions do not count): "majority" needs
 * yes > no, "two-thirds" needs yes >= 2 x no (and at least one yes).
 *
 * @example
 * isAdopted("two-thirds", 143, 5); // true
 * isAdopted("majority", 10, 10);   // false
 */
export function isAdopted(rule: AdoptionRule, yes: number, no: number): boolean {
  if (rule !== "majority" && rule !== "two-thirds") throw new PlenaryError(`invalid rule; expected majority or two-thirds: ${showValue(rule)}`);
  if (!(typeof yes === "number" && yes >= 0 && typeof no === "number" && no >= 0)) throw new PlenaryError(`invalid yes/no; expected counts >= 0: ${showValue([yes, no])}`);
  return rule === "two-thirds" ? yes > 0 && 3 * yes >= 2 * (yes + no) : yes > no;
}
