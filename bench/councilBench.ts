import { readFileSync } from "node:fs";
import { median } from "simple-statistics";
import { loadAssembly } from "../src/data/loadAssembly.ts";
import { loadCouncil } from "../src/council/loadCouncil.ts";
import { councilModelAsOf } from "../src/council/councilModel.ts";
import { forecastCouncil } from "../src/council/forecastCouncil.ts";
import type { CouncilSpec } from "../src/council/types.ts";

/**
 * Times a 10,000-draw Council forecast (scenarios/sc-2022-720.json, S/2022/720
 * as of 2022-09-29) once the data and the Council model are loaded (median
 * of 5 runs after a first); the first call, which fits the Council model (or
 * reads its cached coefficients) and builds the Council's history, is timed apart.
 */
export async function councilBench(): Promise<Record<string, number>> {
  const assembly = loadAssembly();
  const council = loadCouncil();
  const spec = JSON.parse(readFileSync(new URL("../scenarios/sc-2022-720.json", import.meta.url), "utf8")) as CouncilSpec;
  const t0 = performance.now();
  const cm = councilModelAsOf(council, assembly, spec.asOf);
  const t1 = performance.now();
  const times: number[] = [];
  for (let k = 0; k < 6; k++) {
    const s = performance.now();
    forecastCouncil({ ...spec, draws: 10_000 }, { assembly, council, councilModel: cm });
    if (k > 0) times.push((performance.now() - s) / 1000);
  }
  return {
    "council model as of 2022-09-29: first, seconds": (t1 - t0) / 1000,
    "council forecast S/2022/720, 10,000 draws, seconds": median(times),
  };
}
