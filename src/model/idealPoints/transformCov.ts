/**
 * Carries the Laplace posterior covariances of two-dimensional positions in
 * fitIdealPoints through the linear maps that identify the scale and rotation
 * (standardize, rotateToPrincipalAxes), so the reported posterior SDs are on
 * the reported scale. Private to src/model.
 */

/** Covariances [s00, s01, s11] per state-period -> M S M' for the 2 x 2 matrix M = [m00, m01, m10, m11]. */
export function transformCov(cov: Float64Array, M: number[]): void {
  const [a, b, c, d] = M;
  for (let i = 0; i < cov.length; i += 3) {
    const s00 = cov[i], s01 = cov[i + 1], s11 = cov[i + 2];
    // (M S)
    const p00 = a * s00 + b * s01, p01 = a * s01 + b * s11;
    const p10 = c * s00 + d * s01, p11 = c * s01 + d * s11;
    cov[i] = p00 * a + p01 * b;
    cov[i + 1] = p00 * c + p01 * d;
    cov[i + 2] = p10 * c + p11 * d;
  }
}
