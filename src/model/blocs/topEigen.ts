/**
 * The k largest eigenvalues of a symmetric n x n matrix (row-major) and their
 * eigenvectors, by orthogonal (subspace) iteration on A + shift x I, followed
 * by a Rayleigh-Ritz step (the k x k projected matrix diagonalized by
 * Jacobi rotations); Golub and Van Loan, Matrix Computations, 4th ed., 8.2.4.
 * `shift` should make A + shift x I positive semi-definite (for a
 * correlation-like matrix, 1 is ample), so the iteration finds the largest
 * eigenvalues rather than the largest in absolute value. Deterministic (the
 * start is a fixed pattern, or `start`'s vectors). Vectors are returned factor-major
 * (vectors[f * n + i]), values in decreasing order.
 * Cost: O(iterations x n^2 x k).
 *
 * @example
 * topEigen(Float64Array.from([2, 1, 1, 2]), 2, 1).values; // [3]
 */
export function topEigen(a: Float64Array, n: number, k: number, shift = 0, iterations = 300, start?: Float64Array): { values: number[]; vectors: Float64Array } {
  if (!(Number.isInteger(n) && n >= 1 && a.length === n * n)) throw new Error(`invalid matrix; expected ${n} x ${n} values, got ${a.length}`);
  if (!(Number.isInteger(k) && 1 <= k && k <= n)) throw new Error(`invalid k; expected a whole number in [1, ${n}]: ${k}`);
  let q = new Float64Array(n * k);
  if (start && start.length === n * k) q.set(start);
  else for (let f = 0; f < k; f++) for (let i = 0; i < n; i++) q[f * n + i] = Math.sin(1 + (i + 1) * (f + 1.7)) + (i === f ? 1 : 0);
  orthonormalize(q, n, k);
  const z = new Float64Array(n * k);
  for (let it = 0; it < iterations; it++) {
    multiply(a, q, z, n, k, shift);
    orthonormalize(z, n, k);
    let change = 0;
    for (let f = 0; f < k; f++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += z[f * n + i] * q[f * n + i];
      change = Math.max(change, 1 - Math.abs(dot));
    }
    q.set(z);
    if (change < 1e-9) break;
  }
  // Rayleigh-Ritz: B = Q^T A Q, diagonalized
  multiply(a, q, z, n, k, 0);
  const b = new Float64Array(k * k);
  for (let f = 0; f < k; f++) for (let g = 0; g < k; g++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += q[f * n + i] * z[g * n + i];
    b[f * k + g] = s;
  }
  const { values, vectors: w } = jacobiEigen(b, k);
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => y[0] - x[0]).map(([, i]) => i);
  const out = new Float64Array(n * k);
  order.forEach((src, f) => {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let g = 0; g < k; g++) s += q[g * n + i] * w[g * k + src];
      out[f * n + i] = s;
    }
  });
  return { values: order.map((i) => values[i]), vectors: out };
}

/** z = (A + shift I) q, for k column vectors stored vector-major. */
function multiply(a: Float64Array, q: Float64Array, z: Float64Array, n: number, k: number, shift: number): void {
  for (let f = 0; f < k; f++) {
    const off = f * n;
    for (let i = 0; i < n; i++) {
      let s = shift * q[off + i];
      const row = i * n;
      for (let j = 0; j < n; j++) s += a[row + j] * q[off + j];
      z[off + i] = s;
    }
  }
}

/** Modified Gram-Schmidt on k vectors of length n, in place. */
function orthonormalize(q: Float64Array, n: number, k: number): void {
  for (let f = 0; f < k; f++) {
    for (let g = 0; g < f; g++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += q[f * n + i] * q[g * n + i];
      for (let i = 0; i < n; i++) q[f * n + i] -= dot * q[g * n + i];
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += q[f * n + i] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) q[f * n + i] /= norm;
  }
}

/** Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations: values and vectors (column j of `vectors`, row-major k x k). */
function jacobiEigen(m: Float64Array, k: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p];
          const arq = a[r * k + q];
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r];
          const aqr = a[q * k + r];
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p];
          const vrq = v[r * k + q];
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  return { values: Array.from({ length: k }, (_, i) => a[i * k + i]), vectors: v };
}
