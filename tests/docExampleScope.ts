/**
 * What the `@example`s in src/ may use without defining it (see
 * docExamples.test.ts): the committed full-record model and the embedded
 * record, and for the lobbying steps the flagship scenario's prepared
 * forecast and resolved interventions. Each is built on first use.
 */
import { fileURLToPath } from "node:url";
import { loadAssembly, loadModel, loadScenario, prepareForecast, type Assembly, type FittedModel, type ForecastSpec, type PreparedForecast } from "../src/index.ts";
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
  get scenario() {
    return once("scenario", () => loadScenario(scenarioFile, { states: scope.assembly.states }));
  },
  get prepared(): PreparedForecast {
    return once("prepared", () => prepareForecast(scope.scenario.forecast as ForecastSpec, { assembly: scope.assembly }));
  },
  get applied() {
    return once("applied", () => resolveInterventions(scope.scenario, scope.prepared, scope.assembly).applied);
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
