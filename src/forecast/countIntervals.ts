import { quantileInterval } from "./simulateOutcome.ts";

/**
 * Monte Carlo 80% interval of the yes count when each state votes
 * independently with the given probabilities [yes, abstain, no, absent]
 * (used for the baselines, which have no parameter uncertainty).
 */
export function yesInterval80(probs: readonly (readonly number[])[], draws: number, random: () => number): [number, number] {
  const counts = new Int32Array(draws);
  for (let d = 0; d < draws; d++) {
    let y = 0;
    for (const p of probs) if (random() < p[0]) y++;
    counts[d] = y;
  }
  return quantileInterval(counts, 0.8);
}
