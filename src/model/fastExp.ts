/** 2^(j/64) for j = 0..63. */
const FRACTION = Float64Array.from({ length: 64 }, (_, j) => 2 ** (j / 64));
/** 2^k for k = -1022..1022 (index k + 1022). */
const POWER = Float64Array.from({ length: 2045 }, (_, k) => 2 ** (k - 1022));
/** ln 2 / 64 in two parts (Cody and Waite): the first with its last 21 bits zero, so n x it is exact for |n| < 2^21. */
const STEP_HI = 0.01083042469326756;
const STEP_LO = 2.9815858269852933e-12;
/** Adding then subtracting 1.5 x 2^52 rounds a double of magnitude below 2^51 to the nearest whole number. */
const ROUND = 6755399441055744;

/**
 * exp(x) within 2 units in the last place of `Math.exp`, about twice as
 * fast in a hot loop: Math.exp is a call into the engine's C library, this
 * is inlined arithmetic. Tang's table method: x = n ln2/64 + r with
 * |r| <= ln2/128, exp(x) = 2^(n >> 6) 2^((n & 63)/64) exp(r), exp(r) by its
 * Taylor polynomial to r^5 (truncation below 4e-17). Outside (-708, 709)
 * (overflow, subnormal results) and for NaN it is Math.exp itself.
 *
 * @example
 * fastExp(1); // 2.718281828459045
 */
export function fastExp(x: number): number {
  if (!(x > -708 && x < 709)) return Math.exp(x);
  const n = x * (64 / Math.LN2) + ROUND - ROUND;
  const r = x - n * STEP_HI - n * STEP_LO;
  const m = n | 0;
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  return POWER[(m >> 6) + 1022] * FRACTION[m & 63] * p;
}
