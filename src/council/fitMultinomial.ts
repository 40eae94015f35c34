import { solveSpd } from "../model/solveSpd.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Classes of a Council member's vote, in the model's order: yes (the baseline), abstain, no, not participating. */
export const CLASSES = ["Y", "A", "N", "X"] as const;

/** A fitted multinomial logit: coef[(k - 1) * p + j] for class k = 1..3 (yes is 0), feature j. */
export interface MultinomialFit {
  p: number;
  coef: number[];
  iterations: number;
  logLik: number;
}

/**
 * Fits a multinomial logit (yes the baseline class) by Newton's method with
 * an L2 penalty `lambda` on every coefficient but the intercepts (feature 0),
 * which get `lambda / 100`. `x` is row-major (n x p), `y` each row's class
 * (0..3). Deterministic; stops when the largest step is below 1e-6 or after
 * 50 iterations, halving steps that lower the penalised likelihood.
 */
export function fitMultinomial(x: Float64Array, y: Uint8Array, p: number, lambda = 1): MultinomialFit {
  const n = y.length;
  if (x.length !== n * p) throw new PlenaryError(`invalid x; expected ${n} x ${p} values: ${x.length}`);
  const K = CLASSES.length - 1;
  const m = K * p;
  const w = new Float64Array(m);
  const pen = (j: number) => (j === 0 ? lambda / 100 : lambda);
  const objective = (c: Float64Array) => {
    let ll = 0;
    for (let i = 0; i < n; i++) {
      const o = i * p;
      let den = 1;
      let zy = 0;
      for (let k = 0; k < K; k++) {
        let z = 0;
        for (let j = 0; j < p; j++) z += c[k * p + j] * x[o + j];
        den += Math.exp(z);
        if (y[i] === k + 1) zy = z;
      }
      ll += zy - Math.log(den);
    }
    let r = 0;
    for (let k = 0; k < K; k++) for (let j = 0; j < p; j++) r += 0.5 * pen(j) * c[k * p + j] ** 2;
    return ll - r;
  };
  const g = new Float64Array(m);
  const H = new Float64Array(m * m);
  const step = new Float64Array(m);
  const pi = new Float64Array(K);
  let current = objective(w);
  let it = 0;
  for (; it < 50; it++) {
    g.fill(0);
    H.fill(0);
    for (let i = 0; i < n; i++) {
      const o = i * p;
      let den = 1;
      for (let k = 0; k < K; k++) {
        let z = 0;
        for (let j = 0; j < p; j++) z += w[k * p + j] * x[o + j];
        pi[k] = Math.exp(z);
        den += pi[k];
      }
      for (let k = 0; k < K; k++) pi[k] /= den;
      for (let k = 0; k < K; k++) {
        const r = (y[i] === k + 1 ? 1 : 0) - pi[k];
        for (let a = 0; a < p; a++) g[k * p + a] += r * x[o + a];
        for (let l = k; l < K; l++) {
          const c = pi[k] * ((k === l ? 1 : 0) - pi[l]);
          if (c === 0) continue;
          for (let a = 0; a < p; a++) {
            const ca = c * x[o + a];
            if (ca === 0) continue;
            const row = (k * p + a) * m + l * p;
            for (let b = 0; b < p; b++) H[row + b] += ca * x[o + b];
          }
        }
      }
    }
    for (let k = 0; k < K; k++) {
      for (let a = 0; a < p; a++) {
        g[k * p + a] -= pen(a) * w[k * p + a];
        H[(k * p + a) * m + k * p + a] += pen(a);
      }
    }
    // symmetric: fill the blocks below the diagonal
    for (let r = 0; r < m; r++) for (let c = 0; c < r; c++) H[r * m + c] = H[c * m + r];
    if (!solveSpd(H, g, m, step)) throw new PlenaryError("Council model fit failed: the Newton system is not positive definite");
    let t = 1;
    let next = current;
    const trial = new Float64Array(m);
    for (let h = 0; h < 20; h++) {
      for (let j = 0; j < m; j++) trial[j] = w[j] + t * step[j];
      next = objective(trial);
      if (next >= current - 1e-9) break;
      t /= 2;
    }
    let largest = 0;
    for (let j = 0; j < m; j++) {
      largest = Math.max(largest, Math.abs(trial[j] - w[j]));
      w[j] = trial[j];
    }
    current = next;
    if (largest < 1e-6) break;
  }
  return { p, coef: Array.from(w), iterations: it + 1, logLik: current };
}

/** The four class probabilities (yes, abstain, no, absent) of one row of features. */
export function classProbabilities(fit: Pick<MultinomialFit, "p" | "coef">, f: Float64Array, offset = 0, out = new Float64Array(4)): Float64Array {
  const { p, coef } = fit;
  let den = 1;
  out[0] = 1;
  for (let k = 0; k < 3; k++) {
    let z = 0;
    for (let j = 0; j < p; j++) z += coef[k * p + j] * f[offset + j];
    out[k + 1] = Math.exp(Math.min(50, z));
    den += out[k + 1];
  }
  for (let k = 0; k < 4; k++) out[k] /= den;
  return out;
}
