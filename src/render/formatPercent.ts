/**
 * Formats a probability as a whole percentage for titles and labels, never
 * claiming certainty it does not have: 0.9996 -> ">99%", 0.002 -> "<1%", 0 -> "0%".
 */
export function formatPercent(p: number): string {
  if (!Number.isFinite(p)) return "n/a";
  if (p <= 0) return "0%";
  if (p >= 1) return "100%";
  if (p < 0.005) return "<1%";
  if (p > 0.995) return ">99%";
  return `${Math.round(p * 100)}%`;
}
