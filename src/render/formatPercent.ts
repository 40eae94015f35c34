/**
 * Formats a probability as a whole percentage for titles and labels, never
 * claiming certainty it does not have: 0.9996 and 1 -> ">99%", 0.002 and 0 -> "<1%"
 * (a model probability of exactly 0 or 1 is rounding, not certainty).
 */
export function formatPercent(p: number): string {
  if (!Number.isFinite(p)) return "n/a";
  if (p < 0.005) return "<1%";
  if (p >= 0.995) return ">99%";
  return `${Math.round(p * 100)}%`;
}
