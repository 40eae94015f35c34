import { quantileInterval } from "./simulateOutcome.ts";

/**
 * Monte Carlo central intervals of the yes count (80% and 95%) when each
 * state votes independently with the given probabilities [yes, abstain, no,
 * absent] (used for the baselines, which have no parameter uncertainty).
 */
export function yesIntervals(probs: readonly (readonly number[])[], draws: number, random: () => number): { i80: [number, number]; i95: [number, number] } {
  const counts = new Int32Array(draws);
  for (let d = 0; d < draws; d++) {
    let y = 0;
    for (const p of probs) if (random() < p[0]) y++;
    counts[d] = y;
  }
  return { i80: quantileInterval(counts, 0.8), i95: quantileInterval(counts, 0.95) };
}
