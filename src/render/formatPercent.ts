import { PlenaryError } from "../util/PlenaryError.ts";
import { checkString, showValue } from "../util/checkArgs.ts";
/**
 * The project's one rounding rule for probabilities shown to a reader, in
 * text and in charts alike: a whole percentage, never claiming certainty
 * it does not have: 0.9996 and 1 -> ">99%", 0.002 and 0 -> "<1%" (a model
 * probability of exactly 0 or 1 is rounding, not certainty); otherwise the
 * nearest whole percent ("53%"). Charts use it through
 * {@link percentExpression} where Vega formats a value itself (tooltips).
 *
 * @example
 * formatPercent(0.9996); // ">99%"
 * formatPercent(0.534);  // "53%"
 */
export function formatPercent(p: number): string {
  if (typeof p !== "number") throw new PlenaryError(`invalid p; expected a number: ${showValue(p)}`);
  if (!Number.isFinite(p)) return "n/a";
  if (p < 0.005) return "<1%";
  if (p >= 0.995) return ">99%";
  return `${Math.round(p * 100)}%`;
}

/**
 * The same rule as {@link formatPercent} as a Vega expression on
 * `datum[field]`, for a `calculate` transform (e.g. to feed a tooltip), so
 * a chart's tooltips agree with its titles and with the CLI text.
 *
 * @example
 * const transform = { calculate: percentExpression("pYes"), as: "yesText" }; // a Vega-Lite calculate transform
 */
export function percentExpression(field: string): string {
  checkString(field, "field", 1_000);
  const v = `datum[${JSON.stringify(field)}]`;
  return `!isFinite(${v}) ? 'n/a' : ${v} < 0.005 ? '<1%' : ${v} >= 0.995 ? '>99%' : round(${v} * 100) + '%'`;
}
