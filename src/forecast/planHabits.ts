import type { StatePriors } from "./stateStep.ts";

/** Where the habit uniforms of a forecast sit in the seed's stream ({@link planHabits}). */
export interface HabitPlan {
  seed: number;
  /** How far inside its category a habitual vote sits (`habitMargin`). */
  margin: number;
  /** Stream position of each draw's first habit uniform (draws in their final order). */
  first: Int32Array;
  /**
   * Per component c and state s (index c x nStates + s), the state's rank among the component's
   * states with a habit (-1: none): its uniform in draw d is at first[d] + rank. One flat array
   * (an array of arrays made by Array.prototype.map can change its hidden class from one call to
   * the next, which sends the optimized draw loop back to the interpreter).
   */
  rank: Int32Array;
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
  const S = priors.absentLogit.length;
  const rank = new Int32Array(priors.components.length * S);
  const count = new Int32Array(priors.components.length);
  priors.components.forEach(({ habit }, c) => {
    for (let s = 0; s < S; s++) rank[c * S + s] = habit[s] >= 0 ? count[c]++ : -1;
  });
  const first = new Int32Array(component.length);
  let n = start;
  for (let d = 0; d < component.length; d++) {
    first[d] = n;
    n += count[component[d]];
  }
  return { seed, margin, first, rank, end: n };
}
