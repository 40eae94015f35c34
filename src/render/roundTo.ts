/** Rounds `x` to `digits` decimals (keeps inlined chart data short and golden files stable); non-finite values pass through. */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
