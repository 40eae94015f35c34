import { mean, sampleCovariance, standardDeviation, variance } from "simple-statistics";
/**
 * Identification of location and scale in fitIdealPoints: positions are
 * standardized across all state-periods and the roll-call parameters
 * transformed so the likelihood is unchanged; applied to the starting
 * positions and to the reported estimates. Private to src/model.
 */

/**
 * Standardize positions across state-periods (mean 0, identity covariance)
 * and transform the roll-call parameters so every beta.x - cut is unchanged.
 * Returns the linear map applied to the positions: [1 / sd] for one
 * dimension, the 2 x 2 matrix L^-1 (row-major) for two.
 */
export function standardize(X: Float64Array, D: number, B: Float64Array, C1: Float64Array, C2: Float64Array): number[] {
  const n = X.length / D;
  const nRc = C1.length;
  if (D === 1) {
    const x = Array.from(X);
    const m = mean(x);
    const sd = standardDeviation(x) || 1; // population sd
    for (let i = 0; i < n; i++) X[i] = (X[i] - m) / sd;
    for (let r = 0; r < nRc; r++) {
      C1[r] -= B[r] * m;
      C2[r] -= B[r] * m;
      B[r] *= sd;
    }
    return [1 / sd];
  }
  const x0 = Array.from({ length: n }, (_, i) => X[2 * i]);
  const x1 = Array.from({ length: n }, (_, i) => X[2 * i + 1]);
  const m0 = mean(x0);
  const m1 = mean(x1);
  // population (co)variances: simple-statistics' sample covariance rescaled by (n - 1) / n
  const s00 = variance(x0);
  const s11 = variance(x1);
  const s01 = n > 1 ? (sampleCovariance(x0, x1) * (n - 1)) / n : 0;
  // Cholesky S = L L', L = [[l00, 0], [l10, l11]]
  const l00 = Math.sqrt(s00) || 1;
  const l10 = s01 / l00;
  const l11 = Math.sqrt(Math.max(s11 - l10 * l10, 1e-12));
  for (let i = 0; i < n; i++) {
    const a = X[2 * i] - m0;
    const b = X[2 * i + 1] - m1;
    const y0 = a / l00;
    X[2 * i] = y0;
    X[2 * i + 1] = (b - l10 * y0) / l11;
  }
  for (let r = 0; r < nRc; r++) {
    const b0 = B[2 * r];
    const b1 = B[2 * r + 1];
    const shift = b0 * m0 + b1 * m1;
    C1[r] -= shift;
    C2[r] -= shift;
    // beta' = L' beta
    B[2 * r] = l00 * b0 + l10 * b1;
    B[2 * r + 1] = l11 * b1;
  }
  return [1 / l00, 0, -l10 / (l00 * l11), 1 / l11];
}
