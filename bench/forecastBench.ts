import { median } from "simple-statistics";
import { readFileSync } from "node:fs";
import { loadAssembly, modelForAsOf, prepareForecast, simulateOutcome, type ForecastSpec } from "../src/index.ts";

/** Times a 10,000-draw forecast of scenarios/es-11-4.json once the model is fitted (median of 5). */
export async function forecastBench(): Promise<Record<string, number>> {
  const spec = JSON.parse(readFileSync(new URL("../scenarios/es-11-4.json", import.meta.url), "utf8")) as ForecastSpec;
  const assembly = loadAssembly();
  const model = modelForAsOf(assembly, spec.asOf);
  const prep: number[] = [];
  const sim: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    const p = prepareForecast({ ...spec, draws: 10_000 }, { assembly, model });
    const t1 = performance.now();
    simulateOutcome(p);
    const t2 = performance.now();
    prep.push(t1 - t0);
    sim.push(t2 - t1);
  }
  return {
    "forecast.prepare.seconds (10k draws)": median(prep) / 1000,
    "forecast.simulate.seconds (10k draws)": median(sim) / 1000,
    "forecast.total.seconds (10k draws)": (median(prep) + median(sim)) / 1000,
  };
}
