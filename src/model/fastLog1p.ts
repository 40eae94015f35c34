/** log(1 + j/256) and 1 / (1 + j/256) for j = 0..256. */
const LOG_KNOT = Float64Array.from({ length: 257 }, (_, j) => Math.log1p(j / 256));
const INV_KNOT = Float64Array.from({ length: 257 }, (_, j) => 1 / (1 + j / 256));

/**
 * log(1 + t) within a few units in the last place of `Math.log1p` for t in
 * [0, 1] (the softplus log(1 + exp(-|u|)) of a log-sigmoid), about twice as
 * fast in a hot loop: Math.log1p is a call into the engine's C library, this
 * is inlined arithmetic. With the knot k = j/256 below t,
 * log(1 + t) = log(1 + k) + log(1 + z), z = (t - k) / (1 + k) in [0, 1/256),
 * and log(1 + z) by its Taylor polynomial to z^7 (truncation below 3e-18);
 * small t keeps its full relative accuracy (j = 0: the polynomial alone).
 * Outside [0, 1] and for NaN it is Math.log1p itself.
 *
 * @example
 * fastLog1p(0.5); // 0.4054651081081644
 */
export function fastLog1p(t: number): number {
  if (!(t >= 0 && t <= 1)) return Math.log1p(t);
  const j = (t * 256) | 0;
  const z = (t - j / 256) * INV_KNOT[j];
  const z2 = z * z;
  // z - z^2/2 + z^3/3 - ... + z^7/7, in pairs (shorter dependency chains than Horner's)
  const p = z - z2 * (0.5 - z / 3) + z2 * z2 * (-0.25 + z / 5 - z2 * (1 / 6 - z / 7));
  return LOG_KNOT[j] + p;
}
