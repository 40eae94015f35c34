/**
 * The state half of fitIdealPoints' alternating Newton steps: per state a
 * (block-)tridiagonal Newton solve across its periods, from the data
 * derivatives rollCallSweep leaves in the work buffers and the random-walk
 * prior; at the end of the fit, the Laplace posterior covariances instead.
 * Private to src/model.
 */

import type { PreparedVotes } from "./prepareVotes.ts";
import { INIT_SD, type Work } from "./sweepWork.ts";

/** Largest move of a state's positions in one Newton step (standardized units). */
const MAX_STATE_STEP = 1;

/**
 * Per state, one Newton step on its positions across periods: the negative
 * Hessian is the data part (diagonal blocks) plus the random-walk precision
 * (tridiagonal), solved by the (block) Thomas algorithm. With `covOut`, the
 * positions are left unchanged and the Laplace posterior covariances (the
 * inverse's diagonal blocks: a variance per state-period for one dimension,
 * [s00, s01, s11] for two) are written instead.
 */
export function stateSweep(data: PreparedVotes, D: number, walkSd: number, shrink: number, X: Float64Array, work: Work, covOut: Float64Array | null): void {
  const lambda = 1 / (walkSd * walkSd);
  const p0 = 1 / (INIT_SD * INIT_SD);
  const { g, h } = work;
  let maxT = 0;
  for (let j = 0; j < data.nS; j++) maxT = Math.max(maxT, data.spOffset[j + 1] - data.spOffset[j]);
  if (D === 1) {
    const a = new Float64Array(maxT);
    const d = new Float64Array(maxT);
    const y = new Float64Array(maxT);
    const f = new Float64Array(maxT);
    const delta = new Float64Array(maxT);
    for (let j = 0; j < data.nS; j++) {
      const o = data.spOffset[j];
      const T = data.spOffset[j + 1] - o;
      for (let t = 0; t < T; t++) {
        const x = X[o + t];
        let r = g[o + t] - shrink * x;
        let diag = -h[o + t] + shrink;
        if (t > 0) {
          r -= lambda * (x - X[o + t - 1]);
          diag += lambda;
        }
        if (t < T - 1) {
          r -= lambda * (x - X[o + t + 1]);
          diag += lambda;
        }
        if (t === 0) {
          r -= p0 * x;
          diag += p0;
        }
        a[t] = diag;
        y[t] = r;
      }
      // forward elimination (off-diagonal -lambda)
      d[0] = a[0];
      for (let t = 1; t < T; t++) {
        d[t] = a[t] - (lambda * lambda) / d[t - 1];
        y[t] += (lambda * y[t - 1]) / d[t - 1];
      }
      if (covOut) {
        f[T - 1] = a[T - 1];
        for (let t = T - 2; t >= 0; t--) f[t] = a[t] - (lambda * lambda) / f[t + 1];
        for (let t = 0; t < T; t++) covOut[o + t] = 1 / (d[t] + f[t] - a[t]);
        continue;
      }
      delta[T - 1] = y[T - 1] / d[T - 1];
      for (let t = T - 2; t >= 0; t--) delta[t] = (y[t] + lambda * delta[t + 1]) / d[t];
      let big = 0;
      for (let t = 0; t < T; t++) big = Math.max(big, Math.abs(delta[t]));
      const scale = big > MAX_STATE_STEP ? MAX_STATE_STEP / big : 1;
      for (let t = 0; t < T; t++) X[o + t] += scale * delta[t];
    }
    return;
  }
  // D = 2: 2x2 blocks stored as [s00, s01, s11]
  const A = new Float64Array(3 * maxT);
  const Dinv = new Float64Array(3 * maxT);
  const Dm = new Float64Array(3 * maxT);
  const F = new Float64Array(3 * maxT);
  const y = new Float64Array(2 * maxT);
  const delta = new Float64Array(2 * maxT);
  const l2 = lambda * lambda;
  for (let j = 0; j < data.nS; j++) {
    const o = data.spOffset[j];
    const T = data.spOffset[j + 1] - o;
    for (let t = 0; t < T; t++) {
      const sp = o + t;
      let n = shrink;
      let r0 = g[2 * sp] - shrink * X[2 * sp];
      let r1 = g[2 * sp + 1] - shrink * X[2 * sp + 1];
      if (t > 0) {
        r0 -= lambda * (X[2 * sp] - X[2 * sp - 2]);
        r1 -= lambda * (X[2 * sp + 1] - X[2 * sp - 1]);
        n += lambda;
      }
      if (t < T - 1) {
        r0 -= lambda * (X[2 * sp] - X[2 * sp + 2]);
        r1 -= lambda * (X[2 * sp + 1] - X[2 * sp + 3]);
        n += lambda;
      }
      if (t === 0) {
        r0 -= p0 * X[2 * sp];
        r1 -= p0 * X[2 * sp + 1];
        n += p0;
      }
      A[3 * t] = -h[3 * sp] + n;
      A[3 * t + 1] = -h[3 * sp + 1];
      A[3 * t + 2] = -h[3 * sp + 2] + n;
      y[2 * t] = r0;
      y[2 * t + 1] = r1;
    }
    // forward: Dm_t = A_t - lambda^2 Dm_{t-1}^{-1}; y_t += lambda Dm_{t-1}^{-1} y_{t-1}
    for (let t = 0; t < T; t++) {
      let s00 = A[3 * t];
      let s01 = A[3 * t + 1];
      let s11 = A[3 * t + 2];
      if (t > 0) {
        const q = 3 * (t - 1);
        s00 -= l2 * Dinv[q];
        s01 -= l2 * Dinv[q + 1];
        s11 -= l2 * Dinv[q + 2];
        const py0 = y[2 * t - 2];
        const py1 = y[2 * t - 1];
        y[2 * t] += lambda * (Dinv[q] * py0 + Dinv[q + 1] * py1);
        y[2 * t + 1] += lambda * (Dinv[q + 1] * py0 + Dinv[q + 2] * py1);
      }
      Dm[3 * t] = s00;
      Dm[3 * t + 1] = s01;
      Dm[3 * t + 2] = s11;
      const det = s00 * s11 - s01 * s01;
      Dinv[3 * t] = s11 / det;
      Dinv[3 * t + 1] = -s01 / det;
      Dinv[3 * t + 2] = s00 / det;
    }
    if (covOut) {
      // backward Schur complements F_t = A_t - lambda^2 F_{t+1}^{-1}; Sigma_t = (Dm_t + F_t - A_t)^{-1}
      for (let t = T - 1; t >= 0; t--) {
        let s00 = A[3 * t];
        let s01 = A[3 * t + 1];
        let s11 = A[3 * t + 2];
        if (t < T - 1) {
          const q = 3 * (t + 1);
          const det = F[q] * F[q + 2] - F[q + 1] * F[q + 1];
          s00 -= (l2 * F[q + 2]) / det;
          s01 -= (l2 * -F[q + 1]) / det;
          s11 -= (l2 * F[q]) / det;
        }
        F[3 * t] = s00;
        F[3 * t + 1] = s01;
        F[3 * t + 2] = s11;
      }
      for (let t = 0; t < T; t++) {
        const m00 = Dm[3 * t] + F[3 * t] - A[3 * t];
        const m01 = Dm[3 * t + 1] + F[3 * t + 1] - A[3 * t + 1];
        const m11 = Dm[3 * t + 2] + F[3 * t + 2] - A[3 * t + 2];
        const det = m00 * m11 - m01 * m01;
        covOut[3 * (o + t)] = m11 / det;
        covOut[3 * (o + t) + 1] = -m01 / det;
        covOut[3 * (o + t) + 2] = m00 / det;
      }
      continue;
    }
    // backward: delta_t = Dm_t^{-1} (y_t + lambda delta_{t+1})
    for (let t = T - 1; t >= 0; t--) {
      let r0 = y[2 * t];
      let r1 = y[2 * t + 1];
      if (t < T - 1) {
        r0 += lambda * delta[2 * t + 2];
        r1 += lambda * delta[2 * t + 3];
      }
      delta[2 * t] = Dinv[3 * t] * r0 + Dinv[3 * t + 1] * r1;
      delta[2 * t + 1] = Dinv[3 * t + 1] * r0 + Dinv[3 * t + 2] * r1;
    }
    let big = 0;
    for (let t = 0; t < 2 * T; t++) big = Math.max(big, Math.abs(delta[t]));
    const scale = big > MAX_STATE_STEP ? MAX_STATE_STEP / big : 1;
    for (let t = 0; t < 2 * T; t++) X[2 * o + t] += scale * delta[t];
  }
}
