/**
 * Identification of direction in fitIdealPoints: the sign of each dimension,
 * fixed by anchor states (the United States first) or, without any, by the
 * longer tail. Private to src/model.
 */

import type { PreparedVotes } from "./prepareVotes.ts";

/** States whose mean position on dimension 1 is made positive, the first one fitted wins. */
const DIRECTION_ANCHORS = ["USA", "GBR", "FRA", "CAN", "AUS"];
/** States whose mean position on dimension 2 (dims = 2) is made positive, the first one fitted wins. */
const DIM2_ANCHORS = ["USA", "GBR", "FRA", "CAN", "AUS"];

/**
 * Fix the direction of each dimension: the first fitted anchor state
 * (DIRECTION_ANCHORS for dimension 1, DIM2_ANCHORS for dimension 2) gets a
 * positive mean position; without any anchor, the dimension is oriented so
 * its longer tail is positive (positive third moment).
 */
export function orient(data: PreparedVotes, D: number, X: Float64Array, B: Float64Array, iso3: string[]): void {
  for (let k = 0; k < D; k++) {
    const anchors = k === 0 ? DIRECTION_ANCHORS : DIM2_ANCHORS;
    let score = NaN;
    for (const a of anchors) {
      const j = iso3.indexOf(a);
      if (j < 0) continue;
      let s = 0;
      for (let sp = data.spOffset[j]; sp < data.spOffset[j + 1]; sp++) s += X[sp * D + k];
      score = s;
      break;
    }
    if (Number.isNaN(score)) {
      score = 0;
      for (let sp = 0; sp < data.nSp; sp++) score += X[sp * D + k] ** 3;
    }
    if (score < 0) {
      for (let sp = 0; sp < data.nSp; sp++) X[sp * D + k] = -X[sp * D + k];
      for (let i = 0; i < data.nRc; i++) B[i * D + k] = -B[i * D + k];
    }
  }
}
