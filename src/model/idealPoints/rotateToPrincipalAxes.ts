/**
 * Identification of the rotation in two-dimensional fits of fitIdealPoints:
 * dimension 1 is made the principal axis of the roll calls' discriminations.
 * Private to src/model.
 */

import { RC_FIXED } from "./sweepWork.ts";

/**
 * Two dimensions: rotate positions and discriminations together so that
 * dimension 1 is the principal axis of the roll calls' discriminations
 * (the leading eigenvector of sum of beta beta' over roll calls with spatial
 * information). Rotation keeps the standardization and the likelihood.
 */
export function rotateToPrincipalAxes(X: Float64Array, B: Float64Array, kind: Uint8Array): number[] {
  let a = 0;
  let b = 0;
  let c = 0;
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] === RC_FIXED) continue;
    a += B[2 * i] * B[2 * i];
    b += B[2 * i] * B[2 * i + 1];
    c += B[2 * i + 1] * B[2 * i + 1];
  }
  const theta = 0.5 * Math.atan2(2 * b, a - c);
  const cs = Math.cos(theta);
  const sn = Math.sin(theta);
  const rot = (arr: Float64Array) => {
    for (let i = 0; i < arr.length; i += 2) {
      const u = arr[i];
      const w = arr[i + 1];
      arr[i] = cs * u + sn * w;
      arr[i + 1] = -sn * u + cs * w;
    }
  };
  rot(X);
  rot(B);
  return [cs, sn, -sn, cs];
}
