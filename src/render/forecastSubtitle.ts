import type { Forecast } from "../forecast/types.ts";
import { describeRule } from "./describeRule.ts";
import { formatDate } from "./formatDate.ts";
import { formatPercent } from "./formatPercent.ts";

/** The standard subtitle of a forecast chart: as-of date, adoption rule and chance of adoption. */
export function forecastSubtitle(forecast: Forecast): string {
  return `Forecast as of ${formatDate(forecast.asOf)} · ${describeRule(forecast.rule)} · chance of adoption ${formatPercent(forecast.pAdopted)}`;
}
