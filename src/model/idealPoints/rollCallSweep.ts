/**
 * The roll-call half of fitIdealPoints' alternating Newton steps: per roll
 * call a Newton step with line search on its discrimination and cutpoints
 * given the positions, accumulating on the way the data gradient and Hessian
 * in the positions that stateSweep then uses. The hot loop of the fit
 * (O(votes) per sweep). Private to src/model.
 */

import { voteDerivatives, voteTerms } from "../orderedLogit.ts";
import { solveSpd } from "../solveSpd.ts";
import type { PreparedVotes } from "./prepareVotes.ts";
import { CUT_SD, RC_FIXED, RC_FULL, type Work } from "./sweepWork.ts";

/** Roll-call Newton steps smaller than this in every parameter are taken without a line search. */
const SMALL_STEP = 0.05;

function dot(a: Float64Array, b: Float64Array, m: number): number {
  let s = 0;
  for (let k = 0; k < m; k++) s += a[k] * b[k];
  return s;
}

/**
 * One Newton step with a backtracking line search per roll call, given the
 * positions; then the gradient and Hessian of the data log-likelihood in the
 * positions at the new roll-call parameters (into work.g, work.h). A step
 * s.delta is accepted when the directional derivative there is at least minus
 * the one at the start (the trapezoid estimate of the gain is not negative;
 * the objective is concave), so no logarithm is needed; with `withLogLik` the
 * log-likelihood at the new parameters is computed too and returned.
 */
export function rollCallSweep(
  data: PreparedVotes,
  D: number,
  betaPrecision: Float64Array,
  X: Float64Array,
  B: Float64Array,
  C1: Float64Array,
  C2: Float64Array,
  kind: Uint8Array,
  work: Work,
  withLogLik: boolean,
): { logLik: number; logPrior: number } {
  const { nRc, rcStart, vSp, vCat } = data;
  const { le, lee, le2, lee2, g, h, terms: t } = work;
  // local bindings: no module-namespace lookup per vote
  const derivatives = voteDerivatives;
  const kernel = withLogLik ? voteTerms : voteDerivatives;
  const pc = 1 / (CUT_SD * CUT_SD);
  g.fill(0);
  h.fill(0);
  const grad = new Float64Array(4);
  const hess = new Float64Array(16);
  const step = new Float64Array(4);
  let totalLL = 0;
  let totalPrior = 0;
  t[0] = 0;
  for (let i = 0; i < nRc; i++) {
    if (kind[i] === RC_FIXED) continue;
    const full = kind[i] === RC_FULL;
    const pb = betaPrecision[i];
    const m = D + (full ? 2 : 1);
    const ic = D; // index of the first cutpoint in the parameter vector
    const b0 = B[i * D];
    const b1 = D === 2 ? B[i * D + 1] : 0;
    const c1 = C1[i];
    const c2 = C2[i];
    const v0 = rcStart[i];
    const v1 = rcStart[i + 1];
    // derivative pass at the current parameters
    let gb0 = 0, gb1 = 0, gc1 = 0, gc2 = 0;
    let hb00 = 0, hb01 = 0, hb11 = 0, hb0c1 = 0, hb1c1 = 0, hb0c2 = 0, hb1c2 = 0, hc11 = 0, hc12 = 0, hc22 = 0;
    for (let v = v0; v < v1; v++) {
      const sp = vSp[v];
      const x0 = X[sp * D];
      const x1 = D === 2 ? X[sp * D + 1] : 0;
      const eta = b0 * x0 + b1 * x1;
      derivatives(vCat[v], c1 - eta, c2 - eta, t);
      const e1 = -(t[1] + t[2]);
      const e2 = t[3] + 2 * t[4] + t[5];
      le[v] = e1;
      lee[v] = e2;
      gb0 += x0 * e1;
      hb00 += x0 * x0 * e2;
      gc1 += t[1];
      gc2 += t[2];
      const ec1 = -(t[3] + t[4]);
      const ec2 = -(t[4] + t[5]);
      hb0c1 += x0 * ec1;
      hb0c2 += x0 * ec2;
      hc11 += t[3];
      hc12 += t[4];
      hc22 += t[5];
      if (D === 2) {
        gb1 += x1 * e1;
        hb01 += x0 * x1 * e2;
        hb11 += x1 * x1 * e2;
        hb1c1 += x1 * ec1;
        hb1c2 += x1 * ec2;
      }
    }
    const prior0 = -0.5 * pb * (b0 * b0 + b1 * b1) - 0.5 * pc * (full ? c1 * c1 + c2 * c2 : c1 * c1);
    // gradient and negative Hessian of the log-posterior, parameters [b0, (b1), c1, (c2)]
    hess.fill(0);
    grad[0] = gb0 - pb * b0;
    hess[0] = -hb00 + pb;
    if (D === 2) {
      grad[1] = gb1 - pb * b1;
      hess[1] = hess[m] = -hb01;
      hess[m + 1] = -hb11 + pb;
    }
    if (full) {
      grad[ic] = gc1 - pc * c1;
      grad[ic + 1] = gc2 - pc * c2;
      hess[ic * m + ic] = -hc11 + pc;
      hess[ic * m + ic + 1] = hess[(ic + 1) * m + ic] = -hc12;
      hess[(ic + 1) * m + ic + 1] = -hc22 + pc;
      hess[ic] = hess[ic * m] = -hb0c1;
      hess[ic + 1] = hess[(ic + 1) * m] = -hb0c2;
      if (D === 2) {
        hess[m + ic] = hess[ic * m + 1] = -hb1c1;
        hess[m + ic + 1] = hess[(ic + 1) * m + 1] = -hb1c2;
      }
    } else {
      // one cutpoint c = cutNo = cutYes
      grad[ic] = gc1 + gc2 - pc * c1;
      hess[ic * m + ic] = -(hc11 + 2 * hc12 + hc22) + pc;
      hess[ic] = hess[ic * m] = -(hb0c1 + hb0c2);
      if (D === 2) hess[m + ic] = hess[ic * m + 1] = -(hb1c1 + hb1c2);
    }
    let accepted = false;
    let fNew = 0;
    let priorNew = prior0;
    let slope0 = 0;
    const solved = solveSpd(hess, grad, m, step) && (slope0 = dot(grad, step, m)) > 1e-10;
    let small = !withLogLik;
    for (let k = 0; k < m && small; k++) small = Math.abs(step[k]) < SMALL_STEP;
    if (solved && small) {
      // a tiny Newton step on a concave objective: take it without a trial pass; the
      // positions' derivatives below then come from the old parameters (an O(step) error
      // that vanishes at convergence)
      B[i * D] = b0 + step[0];
      if (D === 2) B[i * D + 1] = b1 + step[1];
      C1[i] = c1 + step[ic];
      C2[i] = full ? c2 + step[ic + 1] : C1[i];
    } else if (solved) {
      let s = 1;
      for (let tries = 0; tries < 30; tries++, s *= 0.5) {
        const nb0 = b0 + s * step[0];
        const nb1 = D === 2 ? b1 + s * step[1] : 0;
        const nc1 = c1 + s * step[ic];
        const nc2 = full ? c2 + s * step[ic + 1] : nc1;
        if (full && !(nc2 > nc1)) continue;
        let f1 = 0;
        let sb0 = 0, sb1 = 0, sc1 = 0, sc2 = 0;
        for (let v = v0; v < v1; v++) {
          const sp = vSp[v];
          const x0 = X[sp * D];
          const x1 = D === 2 ? X[sp * D + 1] : 0;
          const eta = nb0 * x0 + nb1 * x1;
          kernel(vCat[v], nc1 - eta, nc2 - eta, t);
          f1 += t[0];
          const e1 = -(t[1] + t[2]);
          le2[v] = e1;
          lee2[v] = t[3] + 2 * t[4] + t[5];
          sb0 += x0 * e1;
          sb1 += x1 * e1;
          sc1 += t[1];
          sc2 += t[2];
        }
        const prior1 = -0.5 * pb * (nb0 * nb0 + nb1 * nb1) - 0.5 * pc * (full ? nc1 * nc1 + nc2 * nc2 : nc1 * nc1);
        let slope = (sb0 - pb * nb0) * step[0];
        if (D === 2) slope += (sb1 - pb * nb1) * step[1];
        if (full) slope += (sc1 - pc * nc1) * step[ic] + (sc2 - pc * nc2) * step[ic + 1];
        else slope += (sc1 + sc2 - pc * nc1) * step[ic];
        if (slope >= -slope0) {
          // (NaN, from an impossible abstention, fails)
          accepted = true;
          fNew = f1;
          priorNew = prior1;
          B[i * D] = nb0;
          if (D === 2) B[i * D + 1] = nb1;
          C1[i] = nc1;
          C2[i] = nc2;
          break;
        }
      }
    }
    if (withLogLik && !accepted) {
      // the parameters did not move: the log-likelihood at them
      for (let v = v0; v < v1; v++) {
        const sp = vSp[v];
        const eta = b0 * X[sp * D] + (D === 2 ? b1 * X[sp * D + 1] : 0);
        kernel(vCat[v], c1 - eta, c2 - eta, t);
        fNew += t[0];
      }
    }
    totalLL += fNew;
    totalPrior += priorNew;
    // accumulate the positions' gradient and Hessian at the (new) parameters
    const dl = accepted ? le2 : le;
    const dll = accepted ? lee2 : lee;
    const nb0 = B[i * D];
    if (D === 1) {
      for (let v = v0; v < v1; v++) {
        const sp = vSp[v];
        g[sp] += nb0 * dl[v];
        h[sp] += nb0 * nb0 * dll[v];
      }
    } else {
      const nb1 = B[i * D + 1];
      for (let v = v0; v < v1; v++) {
        const sp = vSp[v];
        g[2 * sp] += nb0 * dl[v];
        g[2 * sp + 1] += nb1 * dl[v];
        h[3 * sp] += nb0 * nb0 * dll[v];
        h[3 * sp + 1] += nb0 * nb1 * dll[v];
        h[3 * sp + 2] += nb1 * nb1 * dll[v];
      }
    }
  }
  return { logLik: totalLL, logPrior: totalPrior };
}
