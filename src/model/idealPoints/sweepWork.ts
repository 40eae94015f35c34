/**
 * What the alternating sweeps of fitIdealPoints share: the prior scales of
 * the cutpoints and of a state's first-period position, the roll-call kinds,
 * the fit's settings, and the scratch buffers (makeWork) that rollCallSweep
 * fills with the data derivatives per vote and per state-period and
 * stateSweep reads. Private to src/model.
 */

import type { PreparedVotes } from "./prepareVotes.ts";

/** Prior standard deviation of the cutpoints. */
export const CUT_SD = 10;
/** Prior standard deviation of a state's position in its first period. */
export const INIT_SD = 1;

/** Roll-call kinds in the fit. */
export const RC_FIXED = 0; // a single category: no spatial information, beta = 0, cutpoints = smoothed base rates
export const RC_BINARY = 1; // no abstentions: one cutpoint (cutNo = cutYes)
export const RC_FULL = 2;

export interface Settings {
  dims: 1 | 2;
  walkSd: number;
  betaSd: number;
  maxIterations: number;
  tolerance: number;
  /** Prior precision pulling every state-period toward 0 (a stationary component). */
  shrink: number;
  /** Weight the beta prior per session (see betaPrecisions). */
  balanceSessions: boolean;
}

export interface Work {
  /** d logLik / d eta and d2 / d eta2 per vote, at the current and at the trial roll-call parameters. */
  le: Float64Array;
  lee: Float64Array;
  le2: Float64Array;
  lee2: Float64Array;
  /** Gradient (nSp x D) and Hessian (nSp x 1 or 3) of the data log-likelihood in the positions. */
  g: Float64Array;
  h: Float64Array;
  terms: Float64Array;
}

export function makeWork(data: PreparedVotes, D: number): Work {
  return {
    le: new Float64Array(data.nVotes),
    lee: new Float64Array(data.nVotes),
    le2: new Float64Array(data.nVotes),
    lee2: new Float64Array(data.nVotes),
    g: new Float64Array(data.nSp * D),
    h: new Float64Array(data.nSp * (D === 1 ? 1 : 3)),
    terms: new Float64Array(6),
  };
}
