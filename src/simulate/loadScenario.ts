import { dirname, resolve } from "node:path";
import type { ForecastSpec } from "../forecast/types.ts";
import type { MemberState } from "../data/types.ts";
import type { Scenario } from "./types.ts";
import { validateScenario } from "./validateScenario.ts";
import { readJsonFile } from "../util/readJsonFile.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

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
    throw new PlenaryError(`${(e as Error).message} (in ${path})`);
  }
  if (typeof scenario.forecast !== "string") return scenario;
  const specPath = resolve(dirname(path), scenario.forecast);
  return { ...scenario, forecast: readJson(specPath, "forecast") as ForecastSpec };
}

/** Reads a JSON file with the project's one JSON reader; errors name the field it was meant for. */
export function readJson(path: string, field: string): unknown {
  return readJsonFile(path, field);
}
