import { median } from "simple-statistics";
import { readFileSync } from "node:fs";
import { loadAssembly, modelForAsOf, prepareForecast, simulateOutcome, type ForecastSpec } from "../src/index.ts";

/**
 * Times a 10,000-draw forecast once the model is loaded (median of 5), for
 * scenarios/es-11-4.json (`like` given) and scenarios/es-11-4-auto.json (the
 * resembling votes found by retrieval: the first run builds the title index,
 * timed apart as "first").
 */
export async function forecastBench(): Promise<Record<string, number>> {
  const assembly = loadAssembly();
  const out: Record<string, number> = {};
  for (const name of ["es-11-4", "es-11-4-auto"]) {
    const spec = JSON.parse(readFileSync(new URL(`../scenarios/${name}.json`, import.meta.url), "utf8")) as ForecastSpec;
    const model = modelForAsOf(assembly, spec.asOf);
    const prep: number[] = [];
    const sim: number[] = [];
    for (let k = 0; k < 6; k++) {
      const t0 = performance.now();
      const p = prepareForecast({ ...spec, draws: 10_000 }, { assembly, model });
      const t1 = performance.now();
      simulateOutcome(p);
      const t2 = performance.now();
      if (k === 0) {
        out[`forecast ${name}: first run, seconds`] = (t2 - t0) / 1000;
        continue;
      }
      prep.push(t1 - t0);
      sim.push(t2 - t1);
    }
    out[`forecast ${name}: prepare, seconds`] = median(prep) / 1000;
    out[`forecast ${name}: simulate, seconds`] = median(sim) / 1000;
    out[`forecast ${name}: total, seconds`] = (median(prep) + median(sim)) / 1000;
  }
  return out;
}
