import { checkAssembly, checkModel, checkOptions } from "../util/checkArgs.ts";

/**
 * Checks the options of a forecast at the door: an options object whose
 * `assembly` (when given) is the voting record and whose `model` (when
 * given) is a fitted model, so that `forecastResolution(spec, { assembly: {} })`
 * is refused by name instead of failing deep inside. The numeric settings
 * are checked by resolveForecastSettings.
 *
 * @example
 * checkForecastOptions({}); // fine
 */
export function checkForecastOptions(options: unknown): void {
  checkOptions(options);
  const o = (options ?? {}) as { assembly?: unknown; model?: unknown };
  if (o.assembly !== undefined) checkAssembly(o.assembly, "options.assembly");
  if (o.model !== undefined) checkModel(o.model, "options.model");
}
