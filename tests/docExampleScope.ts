/**
 * What the `@example`s in src/ may use without defining it (see
 * docExamples.test.ts): the committed full-record model and the embedded
 * record, the ES-11/4 forecast (scenarios/es-11-4.json), and for the
 * lobbying steps the flagship scenario's prepared forecast, resolved
 * interventions and result (`baseline`, `lobbied`). Each is built on first use.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  forecastResolution, loadAssembly, loadModel, loadScenario, prepareForecast, runScenario,
  type Assembly, type FittedModel, type Forecast, type ForecastSpec, type PreparedForecast, type ScenarioResult,
} from "../src/index.ts";
// the resolved interventions are runScenario's private step; the examples of that step need them
import { resolveInterventions } from "../src/simulate/resolveInterventions.ts";

const cache = new Map<string, unknown>();
const once = <T>(key: string, make: () => T): T => {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
};

const scenarioFile = fileURLToPath(new URL("../scenarios/blinken-2022.json", import.meta.url));

/** Lazily built values, by the name examples use. */
export const scope = {
  get assembly(): Assembly {
    return once("assembly", () => loadAssembly());
  },
  get model(): FittedModel {
    return once("model", () => loadModel(fileURLToPath(new URL("../models/default.json", import.meta.url)), { fingerprint: scope.assembly.fingerprint }));
  },
  /** The ES-11/4 forecast as of 2022-10-11. */
  get forecast(): Forecast {
    return once("forecast", () => {
      const spec = JSON.parse(readFileSync(fileURLToPath(new URL("../scenarios/es-11-4.json", import.meta.url)), "utf8")) as ForecastSpec;
      return forecastResolution(spec, { assembly: scope.assembly });
    });
  },
  get scenario() {
    return once("scenario", () => loadScenario(scenarioFile, { states: scope.assembly.states }));
  },
  get prepared(): PreparedForecast {
    return once("prepared", () => prepareForecast(scope.scenario.forecast as ForecastSpec, { assembly: scope.assembly }));
  },
  get applied() {
    return once("applied", () => resolveInterventions(scope.scenario, scope.prepared, scope.assembly).applied);
  },
  get result(): ScenarioResult {
    return once("result", () => runScenario(scope.scenario, { assembly: scope.assembly, prepared: scope.prepared }));
  },
  /** The flagship scenario's baseline forecast. */
  get baseline(): Forecast {
    return scope.result.forecasts.baseline;
  },
  /** The flagship scenario's forecast under lobbying. */
  get lobbied(): Forecast {
    return scope.result.forecasts.scenario;
  },
  /** The first 20 states of the prepared forecast, as candidate indices. */
  get pool(): number[] {
    return Array.from({ length: 20 }, (_, s) => s);
  },
  /** Susceptibility 1 for each of `pool`. */
  get susceptibility(): number[] {
    return scope.pool.map(() => 1);
  },
};
