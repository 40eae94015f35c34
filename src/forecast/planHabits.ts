import type { StatePriors } from "./stateStep.ts";

/** Where the habit uniforms of a forecast sit in the seed's stream ({@link planHabits}). */
export interface HabitPlan {
  seed: number;
  /** How far inside its category a habitual vote sits (`habitMargin`). */
  margin: number;
  /** Stream position of each draw's first habit uniform (draws in their final order). */
  first: Int32Array;
  /** Per component, each state's rank among the states with a habit (-1: none): its uniform in draw d is at first[d] + rank. */
  rank: Int32Array[];
  /** Stream position after the last habit uniform. */
  end: number;
}

/**
 * Lays out the habits' uniforms. Habit: in each draw, state s repeats its
 * latest vote on the same text in the draw's component (habit 0 no,
 * 1 abstain, 2 yes; -1 none) with the component's probability for it. Its
 * utility then sits `margin` inside that vote's category (for abstain: at
 * the middle, its band widened by `margin`), so the vote is all but certain
 * and only strong pressure (a lobbying shift larger than the margin) moves
 * it. Applied after conditioning on known positions, which counts habits in
 * closed form, by `drawState` as it draws (a habitual vote needs no
 * position or residual, only the band). The uniforms are
 * `seededRandom(seed)`'s numbers from position `start` on, draw by draw
 * (`component`: per draw, in the final order), one per state with a habit
 * in the draw's component, read by position, so the draws can be computed
 * in any order. O(draws + states x components).
 */
export function planHabits(component: ArrayLike<number>, priors: StatePriors, margin: number, seed: number, start: number): HabitPlan {
  const rank = priors.components.map(({ habit }) => {
    let n = 0;
    return Int32Array.from(habit, (h) => (h >= 0 ? n++ : -1));
  });
  const count = priors.components.map(({ habit }) => habit.filter((h) => h >= 0).length);
  const first = new Int32Array(component.length);
  let n = start;
  for (let d = 0; d < component.length; d++) {
    first[d] = n;
    n += count[component[d]];
  }
  return { seed, margin, first, rank, end: n };
}
