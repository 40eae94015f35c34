import { dirname, resolve } from "node:path";
import type { ForecastSpec } from "../forecast/types.ts";
import type { MemberState } from "../data/types.ts";
import type { Scenario } from "./types.ts";
import { validateScenario } from "./validateScenario.ts";
import { readJsonFile } from "../util/readJsonFile.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { checkSpec } from "../forecast/checkSpec.ts";

/** Options of {@link loadScenario}. */
export interface LoadScenarioOptions {
  /** Member states; when given, ISO3 codes are checked against them. Default: form only. */
  states?: readonly Pick<MemberState, "iso3">[];
}

/**
 * Reads a scenario JSON file, validates it (see `validateScenario`) and
 * returns it with its base forecast inlined: a `forecast` given as a path is
 * read relative to the scenario file. Errors name the file and the field.
 *
 * @example
 * const scenario = loadScenario("scenarios/blinken-2022.json");
 * const result = runScenario(scenario);
 */
export function loadScenario(path: string, options: LoadScenarioOptions = {}): Scenario {
  const value = readJson(path, "scenario");
  let scenario: Scenario;
  try {
    scenario = validateScenario(value, options);
  } catch (e) {
    throw new PlenaryError(`${(e as Error).message} (in ${path})`, { cause: e });
  }
  if (typeof scenario.forecast !== "string") {
    try {
      checkSpec(scenario.forecast);
    } catch (e) {
      throw new PlenaryError(`${(e as Error).message} (in the forecast of ${JSON.stringify(path)})`, { cause: e });
    }
    return scenario;
  }
  const specPath = resolve(dirname(path), scenario.forecast);
  const spec = readJson(specPath, "forecast") as ForecastSpec;
  try {
    checkSpec(spec);
  } catch (e) {
    // name the forecast file the scenario points to, and the scenario
    throw new PlenaryError(`${(e as Error).message} (in ${JSON.stringify(specPath)}, the forecast of ${JSON.stringify(path)})`, { cause: e });
  }
  return { ...scenario, forecast: spec };
}

/** Reads a JSON file with the project's one JSON reader; errors name the field it was meant for. */
export function readJson(path: string, field: string): unknown {
  return readJsonFile(path, field);
}
