import { uniformAt } from "../model/uniformAt.ts";
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
 * Modifies the draws in place. The uniforms are `seededRandom(seed)`'s
 * numbers from position `start` on (one per state with a habit, draw by
 * draw), read by position (`uniformAt`: no generator call per state);
 * returns the position after the last one used. O(draws x states).
 */
export function applyHabits(draws: ForecastDraws, priors: StatePriors, margin: number, seed: number, start: number): number {
  const { eta, band, cutNo, cutYes, component } = draws;
  const D = cutNo.length;
  const S = eta.length / D;
  // per component, the states with a habit (the others take no uniform)
  const withHabit = priors.components.map(({ habit }) => Int32Array.from(habit.keys()).filter((s) => habit[s] >= 0));
  let n = start;
  for (let d = 0; d < D; d++) {
    const { habit, habitProb } = priors.components[component[d]];
    const states = withHabit[component[d]];
    const lo = cutNo[d];
    const hi = cutYes[d];
    for (let k = 0; k < states.length; k++) {
      const s = states[k];
      if (uniformAt(seed, n + k) >= habitProb[s]) continue;
      const i = d * S + s;
      const h = habit[s];
      if (h === 2) eta[i] = hi + band[i] + margin;
      else if (h === 0) eta[i] = lo - band[i] - margin;
      else {
        eta[i] = 0.5 * (lo + hi);
        band[i] += margin;
      }
    }
    n += states.length;
  }
  return n;
}
