/**
 * The gauge step of fitIdealPoints: moves each period's positions along the
 * directions the likelihood cannot see (shift and scale, and in two
 * dimensions rotation), undone in that period's roll-call parameters, which
 * the alternating Newton steps alone would only crawl along. Private to
 * src/model.
 */

import type { PreparedVotes } from "./prepareVotes.ts";
import { CUT_SD, INIT_SD, type Settings } from "./sweepWork.ts";

/**
 * Per-period gauge step. For each period t and dimension k, the map
 * x -> a_t x + d_t on the positions of period t, beta -> beta / a_t and
 * cut -> cut + (beta / a_t) d_t on its roll calls leaves every vote's
 * probability unchanged; only the priors (random walk, first-period prior,
 * beta and cutpoint priors) depend on (a_t, d_t). Those directions are flat
 * for the likelihood, and alternating Newton steps move along them slowly, so
 * they are optimized here directly (coordinate Newton over periods on a few
 * sufficient statistics, O(periods) per pass), then applied.
 */
export function gaugeStep(
  data: PreparedVotes,
  D: number,
  settings: Settings,
  betaPrecision: Float64Array,
  X: Float64Array,
  B: Float64Array,
  C1: Float64Array,
  C2: Float64Array,
): void {
  const lambda = 1 / (settings.walkSd * settings.walkSd);
  const p0 = 1 / (INIT_SD * INIT_SD);
  const pc = 1 / (CUT_SD * CUT_SD);
  let tMin = 1 << 30;
  let tMax = -1;
  for (let j = 0; j < data.nS; j++) {
    tMin = Math.min(tMin, data.pMin[j]);
    tMax = Math.max(tMax, data.pMax[j]);
  }
  const T = tMax - tMin + 1;
  // statistics per period (index t - tMin)
  const s0xx = new Float64Array(T), s0x = new Float64Array(T), n0 = new Float64Array(T);
  const n = new Float64Array(T), sxx = new Float64Array(T), sx = new Float64Array(T), syy = new Float64Array(T), sy = new Float64Array(T), sxy = new Float64Array(T);
  const b2 = new Float64Array(T), pb2 = new Float64Array(T), bc = new Float64Array(T), cc = new Float64Array(T);
  const axx = new Float64Array(T), ax = new Float64Array(T), an = new Float64Array(T);
  const rho = settings.shrink;
  const a = new Float64Array(T);
  const d = new Float64Array(T);
  for (let k = 0; k < D; k++) {
    for (const arr of [s0xx, s0x, n0, n, sxx, sx, syy, sy, sxy, b2, pb2, bc, cc, axx, ax, an]) arr.fill(0);
    for (let j = 0; j < data.nS; j++) {
      const o = data.spOffset[j];
      const t0 = data.pMin[j] - tMin;
      const x0 = X[o * D + k];
      s0xx[t0] += x0 * x0;
      s0x[t0] += x0;
      n0[t0] += 1;
      for (let q = 0; q < data.spOffset[j + 1] - o; q++) {
        const x = X[(o + q) * D + k];
        axx[t0 + q] += x * x;
        ax[t0 + q] += x;
        an[t0 + q] += 1;
      }
      for (let q = 1; q < data.spOffset[j + 1] - o; q++) {
        const t = t0 + q;
        const x = X[(o + q) * D + k];
        const y = X[(o + q - 1) * D + k];
        n[t] += 1;
        sxx[t] += x * x;
        sx[t] += x;
        syy[t] += y * y;
        sy[t] += y;
        sxy[t] += x * y;
      }
    }
    for (let i = 0; i < data.nRc; i++) {
      const t = data.rcPeriod[i] - tMin;
      const b = B[i * D + k];
      b2[t] += b * b;
      pb2[t] += betaPrecision[i] * b * b;
      bc[t] += b * (C1[i] + C2[i]);
      cc[t] += C1[i] * C1[i] + C2[i] * C2[i];
    }
    a.fill(1);
    d.fill(0);
    // objective terms touching period t, as a function of (alpha = log a_t, d_t)
    const pair = (t: number, a1: number, d1: number, a2: number, d2: number) =>
      // random walk between period t-1 (a1, d1) and t (a2, d2)
      -0.5 * lambda *
      (a2 * a2 * sxx[t] + d2 * d2 * n[t] + a1 * a1 * syy[t] + d1 * d1 * n[t] + 2 * a2 * d2 * sx[t] - 2 * a2 * a1 * sxy[t] -
        2 * a2 * d1 * sx[t] - 2 * d2 * a1 * sy[t] - 2 * d2 * d1 * n[t] + 2 * a1 * d1 * sy[t]);
    const local = (t: number, al: number, dd: number) => {
      const aa = Math.exp(al);
      const w = dd / aa;
      let f =
        -0.5 * p0 * (aa * aa * s0xx[t] + 2 * aa * dd * s0x[t] + dd * dd * n0[t]) -
        0.5 * rho * (aa * aa * axx[t] + 2 * aa * dd * ax[t] + dd * dd * an[t]) -
        (0.5 * pb2[t]) / (aa * aa) -
        0.5 * pc * (cc[t] + 2 * w * bc[t] + 2 * w * w * b2[t]);
      if (t > 0) f += pair(t, a[t - 1], d[t - 1], aa, dd);
      if (t < T - 1) f += pair(t + 1, aa, dd, a[t + 1], d[t + 1]);
      return f;
    };
    const hstep = 1e-4;
    for (let pass = 0; pass < 60; pass++) {
      let moved = 0;
      for (let q = 0; q < 2 * T; q++) {
        const t = q < T ? q : 2 * T - 1 - q; // forward then backward
        if (n0[t] + n[t] + (t < T - 1 ? n[t + 1] : 0) === 0) continue;
        const al = Math.log(a[t]);
        const dd = d[t];
        // Newton step from central differences
        const f00 = local(t, al, dd);
        const fp0 = local(t, al + hstep, dd), fm0 = local(t, al - hstep, dd);
        const f0p = local(t, al, dd + hstep), f0m = local(t, al, dd - hstep);
        const fpp = local(t, al + hstep, dd + hstep), fmm = local(t, al - hstep, dd - hstep);
        const ga = (fp0 - fm0) / (2 * hstep);
        const gd = (f0p - f0m) / (2 * hstep);
        const haa = (fp0 - 2 * f00 + fm0) / (hstep * hstep);
        const hdd = (f0p - 2 * f00 + f0m) / (hstep * hstep);
        const had = (fpp - fp0 - f0p + 2 * f00 - fm0 - f0m + fmm) / (2 * hstep * hstep);
        const det = haa * hdd - had * had;
        let sa: number;
        let sd: number;
        if (haa < 0 && det > 0) {
          sa = -(hdd * ga - had * gd) / det;
          sd = -(-had * ga + haa * gd) / det;
        } else {
          sa = 0.1 * Math.sign(ga);
          sd = 0.1 * Math.sign(gd);
        }
        let step = 1;
        for (let tries = 0; tries < 20; tries++, step *= 0.5) {
          const na = al + step * sa;
          const nd = dd + step * sd;
          if (local(t, na, nd) >= f00) {
            a[t] = Math.exp(na);
            d[t] = nd;
            moved = Math.max(moved, Math.abs(step * sa), Math.abs(step * sd));
            break;
          }
        }
      }
      if (moved < 1e-6) break;
    }
    // apply
    for (let j = 0; j < data.nS; j++) {
      for (let sp = data.spOffset[j], t = data.pMin[j] - tMin; sp < data.spOffset[j + 1]; sp++, t++) X[sp * D + k] = a[t] * X[sp * D + k] + d[t];
    }
    for (let i = 0; i < data.nRc; i++) {
      const t = data.rcPeriod[i] - tMin;
      const b = B[i * D + k] / a[t];
      B[i * D + k] = b;
      C1[i] += b * d[t];
      C2[i] += b * d[t];
    }
  }
  if (D === 2) rotationGauge(data, settings, X, B, tMin, T);
}

/**
 * Two dimensions: the rotation of all positions of one period (with its roll
 * calls' discriminations) is also invisible to the likelihood and to the
 * isotropic priors; only the random walk sees it. Coordinate passes over the
 * periods set each period's rotation to the Procrustes optimum against its
 * neighbouring periods (closed form), then apply it to the roll calls.
 */
function rotationGauge(data: PreparedVotes, settings: Settings, X: Float64Array, B: Float64Array, tMin: number, T: number): void {
  // state-periods of each period with their neighbours (or -1)
  const count = new Int32Array(T + 1);
  for (let j = 0; j < data.nS; j++) for (let p = data.pMin[j]; p <= data.pMax[j]; p++) count[p - tMin + 1]++;
  for (let t = 0; t < T; t++) count[t + 1] += count[t];
  const fill = count.slice(0, T);
  const sps = new Int32Array(count[T]);
  const prevSp = new Int32Array(count[T]);
  const nextSp = new Int32Array(count[T]);
  for (let j = 0; j < data.nS; j++) {
    for (let p = data.pMin[j], sp = data.spOffset[j]; p <= data.pMax[j]; p++, sp++) {
      const q = fill[p - tMin]++;
      sps[q] = sp;
      prevSp[q] = p > data.pMin[j] ? sp - 1 : -1;
      nextSp[q] = p < data.pMax[j] ? sp + 1 : -1;
    }
  }
  const angle = new Float64Array(T);
  for (let pass = 0; pass < 60; pass++) {
    let moved = 0;
    for (let q = 0; q < 2 * T; q++) {
      const t = q < T ? q : 2 * T - 1 - q;
      let sc = 0;
      let ss = 0;
      for (let k = count[t]; k < count[t + 1]; k++) {
        const sp = sps[k];
        let y0 = 0;
        let y1 = 0;
        if (prevSp[k] >= 0) {
          y0 += X[2 * prevSp[k]];
          y1 += X[2 * prevSp[k] + 1];
        }
        if (nextSp[k] >= 0) {
          y0 += X[2 * nextSp[k]];
          y1 += X[2 * nextSp[k] + 1];
        }
        const x0 = X[2 * sp];
        const x1 = X[2 * sp + 1];
        sc += x0 * y0 + x1 * y1;
        ss += x0 * y1 - x1 * y0;
      }
      if (sc === 0 && ss === 0) continue;
      const th = Math.atan2(ss, sc);
      if (Math.abs(th) < 1e-12) continue;
      const c = Math.cos(th);
      const sn = Math.sin(th);
      for (let k = count[t]; k < count[t + 1]; k++) {
        const sp = sps[k];
        const x0 = X[2 * sp];
        const x1 = X[2 * sp + 1];
        X[2 * sp] = c * x0 - sn * x1;
        X[2 * sp + 1] = sn * x0 + c * x1;
      }
      angle[t] += th;
      moved = Math.max(moved, Math.abs(th));
    }
    if (moved < 1e-8) break;
  }
  for (let i = 0; i < data.nRc; i++) {
    const th = angle[data.rcPeriod[i] - tMin];
    if (th === 0) continue;
    const c = Math.cos(th);
    const sn = Math.sin(th);
    const b0 = B[2 * i];
    const b1 = B[2 * i + 1];
    B[2 * i] = c * b0 - sn * b1;
    B[2 * i + 1] = sn * b0 + c * b1;
  }
}
