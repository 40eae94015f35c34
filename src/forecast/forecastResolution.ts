import { checkActual } from "./checkActual.ts";
import { prepareForecast, type ForecastOptions } from "./prepareForecast.ts";
import { simulateOutcome } from "./simulateOutcome.ts";
import type { Forecast, ForecastSpec } from "./types.ts";

/**
 * Forecasts a new resolution: each member state's probabilities of yes,
 * abstain, no and absent; the distribution of totals; expected counts with
 * 80% and 95% intervals; and P(adopted) under the rule. See
 * `prepareForecast` for the method and `simulateOutcome` for the totals.
 *
 * @example
 * const f = forecastResolution({ title: "Territorial integrity of Ukraine", asOf: "2022-10-11",
 *   like: ["A/RES/ES-11/1", "A/RES/ES-11/2"], rule: "two-thirds" });
 * f.expected.yes; // about 140
 */
export function forecastResolution(spec: ForecastSpec, options: ForecastOptions = {}): Forecast {
  const prepared = prepareForecast(spec, options);
  checkActual(prepared.spec, prepared.nStates);
  return simulateOutcome(prepared);
}
