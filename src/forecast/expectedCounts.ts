import { checkArray, showValue } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { Counts } from "./types.ts";

/** Expected counts of each outcome: the sums of the states' probabilities. */
export function expectedCounts(probabilities: readonly { pYes: number; pNo: number; pAbstain: number; pAbsent: number }[]): Counts {
  checkArray(probabilities, "probabilities");
  probabilities.forEach((c, i) => { for (const k of ["pYes", "pNo", "pAbstain", "pAbsent"] as const) if (!(c !== null && typeof c === "object" && 0 <= c[k] && c[k] <= 1)) throw new PlenaryError(`invalid probabilities[${i}].${k}; expected a probability in [0, 1]: ${showValue(c?.[k])}`); });
  const expected: Counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const c of probabilities) {
    expected.yes += c.pYes;
    expected.no += c.pNo;
    expected.abstain += c.pAbstain;
    expected.absent += c.pAbsent;
  }
  return expected;
}
