import type { Counts } from "./types.ts";

/** Expected counts of each outcome: the sums of the states' probabilities. */
export function expectedCounts(probabilities: readonly { pYes: number; pNo: number; pAbstain: number; pAbsent: number }[]): Counts {
  const expected: Counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const c of probabilities) {
    expected.yes += c.pYes;
    expected.no += c.pNo;
    expected.abstain += c.pAbstain;
    expected.absent += c.pAbsent;
  }
  return expected;
}
