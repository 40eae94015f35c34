/**
 * The log-prior of the positions in fitIdealPoints (first-period prior,
 * stationary pull toward 0, random walk), the part of the log-posterior that
 * the convergence check adds to rollCallSweep's terms. Private to src/model.
 */

import type { PreparedVotes } from "./prepareVotes.ts";
import { INIT_SD } from "./sweepWork.ts";

/** Log of the positions' prior: first period N(0, INIT_SD^2), then a Gaussian random walk. */
export function statePrior(data: PreparedVotes, D: number, walkSd: number, shrink: number, X: Float64Array): number {
  const lambda = 1 / (walkSd * walkSd);
  let lp = 0;
  for (let j = 0; j < data.nS; j++) {
    const o = data.spOffset[j];
    const T = data.spOffset[j + 1] - o;
    for (let k = 0; k < D; k++) {
      const x0 = X[o * D + k];
      lp -= (x0 * x0) / (2 * INIT_SD * INIT_SD);
      for (let t = 0; t < T; t++) lp -= 0.5 * shrink * X[(o + t) * D + k] ** 2;
      for (let t = 1; t < T; t++) {
        const d = X[(o + t) * D + k] - X[(o + t - 1) * D + k];
        lp -= 0.5 * lambda * d * d;
      }
    }
  }
  return lp;
}
