import { checkAssembly, checkNumber, checkString, showValue } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { Assembly } from "../data/types.ts";
import { ABSENT, ABSTAIN, NO, YES } from "../data/voteCodes.ts";

/**
 * Each state's shares of yes, abstain, no and absent over the roll calls of
 * the `sessions` sessions before `period` and of that period itself, voted
 * before `asOf`, smoothed by one half (add 0.5 to each of yes, abstain and
 * no, and to absent out of all): `[pYes, pAbstain, pNo, pAbsent]` per column
 * of the vote matrix, summing to 1. Baseline B1 of the backtest, and the
 * forecast's "each state as it has voted lately" component. O(roll calls x
 * states in the window).
 *
 * @example
 * const shares = recentShares(assembly, 77, "2022-10-11");
 * shares[assembly.states.findIndex((s) => s.iso3 === "USA")].map((p) => Math.round(p * 100) / 100); // [0.24, 0.10, 0.66, 0.01]
 */
export function recentShares(assembly: Pick<Assembly, "rollCalls" | "matrix">, period: number, asOf: string, sessions = 3): number[][] {
  checkAssembly(assembly, "assembly", ["rollCalls", "matrix"]);
  checkNumber(period, "period");
  checkString(asOf, "asOf", 10);
  if (!(Number.isInteger(sessions) && 0 <= sessions && sessions <= 100)) throw new PlenaryError(`invalid sessions; expected a whole number in [0, 100]: ${showValue(sessions)}`);
  const { codes, nStates } = assembly.matrix;
  const counts = Array.from({ length: nStates }, () => [0, 0, 0, 0]);
  assembly.rollCalls.forEach((r, i) => {
    if (r.date >= asOf || r.period < period - sessions) return;
    for (let s = 0; s < nStates; s++) {
      const v = codes[i * nStates + s];
      if (v === YES) counts[s][0]++;
      else if (v === ABSTAIN) counts[s][1]++;
      else if (v === NO) counts[s][2]++;
      else if (v === ABSENT) counts[s][3]++;
    }
  });
  return counts.map(([y, ab, n, x]) => {
    const present = y + ab + n;
    const pAway = (x + 0.5) / (present + x + 1);
    const d = present + 1.5;
    return [((y + 0.5) / d) * (1 - pAway), ((ab + 0.5) / d) * (1 - pAway), ((n + 0.5) / d) * (1 - pAway), pAway];
  });
}
