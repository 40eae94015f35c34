import type { ForecastDraws } from "./drawForecast.ts";
import type { StatePriors } from "./stateStep.ts";

/**
 * Habit: in each draw, state s repeats its latest vote on the same text in
 * the draw's component (habit 0 no, 1 abstain, 2 yes; -1 none) with the
 * component's probability for it. Its utility then sits `margin` inside
 * that vote's category (for abstain: at the middle, its band widened by
 * `margin`), so the vote is all but certain and only strong pressure (a
 * lobbying shift larger than the margin) moves it. Applied after
 * conditioning on known positions, which counts habits in closed form.
 * Modifies the draws in place. O(draws x states).
 */
export function applyHabits(draws: ForecastDraws, priors: StatePriors, margin: number, random: () => number): void {
  const { eta, band, cutNo, cutYes, component } = draws;
  const D = cutNo.length;
  const S = eta.length / D;
  for (let d = 0; d < D; d++) {
    const { habit, habitProb } = priors.components[component[d]];
    for (let s = 0; s < S; s++) {
      if (habit[s] < 0 || random() >= habitProb[s]) continue;
      const i = d * S + s;
      if (habit[s] === 2) eta[i] = cutYes[d] + band[i] + margin;
      else if (habit[s] === 0) eta[i] = cutNo[d] - band[i] - margin;
      else {
        eta[i] = 0.5 * (cutNo[d] + cutYes[d]);
        band[i] += margin;
      }
    }
  }
}
