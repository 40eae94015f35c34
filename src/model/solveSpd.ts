/**
 * The model's one small linear solver: a symmetric positive-definite system
 * A x = b by Cholesky factorization (Golub & Van Loan, Matrix Computations,
 * algorithm 4.2.1), for the few-by-few Newton systems of the fit (a roll
 * call's discrimination and cutpoints; the absence regression's
 * coefficients). O(m^3) for an m x m system; no allocation. Private to
 * src/model.
 */

/**
 * Solves A x = b for a symmetric positive-definite A (m x m, row-major; its
 * lower triangle is overwritten with the Cholesky factor), writing x.
 * Returns false, leaving x unspecified, when A is not positive definite.
 *
 * @example
 * const x = new Float64Array(2);
 * solveSpd(Float64Array.from([4, 2, 2, 3]), Float64Array.from([2, 1]), 2, x); // true
 * Array.from(x); // [0.5, 0]
 */
export function solveSpd(A: Float64Array, b: Float64Array, m: number, x: Float64Array): boolean {
  for (let j = 0; j < m; j++) {
    let s = A[j * m + j];
    for (let k = 0; k < j; k++) s -= A[j * m + k] * A[j * m + k];
    if (!(s > 0)) return false;
    const ljj = Math.sqrt(s);
    A[j * m + j] = ljj;
    for (let i = j + 1; i < m; i++) {
      let t = A[i * m + j];
      for (let k = 0; k < j; k++) t -= A[i * m + k] * A[j * m + k];
      A[i * m + j] = t / ljj;
    }
  }
  for (let i = 0; i < m; i++) {
    let t = b[i];
    for (let k = 0; k < i; k++) t -= A[i * m + k] * x[k];
    x[i] = t / A[i * m + i];
  }
  for (let i = m - 1; i >= 0; i--) {
    let t = x[i];
    for (let k = i + 1; k < m; k++) t -= A[k * m + i] * x[k];
    x[i] = t / A[i * m + i];
  }
  return true;
}
