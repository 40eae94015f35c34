/**
 * Renders the example charts shown in the README (docs/img/*.png) from real
 * forecasts on the embedded data: the ES-11/4 forecast as of 2022-10-11
 * (scenarios/es-11-4.json), the US outreach scenario (scenarios/blinken-2022.json),
 * positions from the committed full-record model (models/default.json).
 * The backtest's reliability diagram is written by
 * `npx plenary backtest --sessions 70-74 --chart docs/img/calibration-70-74.png`.
 * PNGs at 2x (two pixels per SVG unit), set in the project's font (Arimo).
 * Run: `npx tsx scripts/renderExamples.ts [outDir]` (default docs/img).
 */
import { join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import {
  loadAssembly, forecastResolution, loadModel, countryChart, exportChart, mapChart, outcomeChart, positionsChart, responseChart, scenarioChart, loadScenario, runScenario,
  type ForecastSpec, type StateTrajectory,
} from "../src/index.ts";
import { readFileSync } from "node:fs";

const out = process.argv[2] ?? "docs/img";
const assembly = loadAssembly();
const spec = JSON.parse(readFileSync("scenarios/es-11-4.json", "utf8")) as ForecastSpec;
const forecast = forecastResolution(spec, { assembly });
const scenario = runScenario(loadScenario("scenarios/blinken-2022.json", { states: assembly.states }), { assembly, baseDir: "scenarios" });
const model = loadModel("models/default.json", { fingerprint: assembly.fingerprint });
const names = Object.fromEntries(assembly.states.map((s) => [s.iso3, s.name]));
/** Trajectories from a period on (46 = the 1991-92 session). */
const since = (states: StateTrajectory[], period: number): StateTrajectory[] =>
  states.map((t) => {
    const k = t.periods.findIndex((p) => p >= period);
    const from = k < 0 ? t.periods.length : k;
    return { ...t, periods: t.periods.slice(from), mean: t.mean.slice(from), sd: t.sd.slice(from) };
  });
const charts: Record<string, TopLevelSpec> = {
  "es-11-4-outcome": outcomeChart(forecast),
  "es-11-4-states": countryChart(forecast),
  "es-11-4-map": mapChart(forecast, assembly.states),
  "blinken-2022-scenario": scenarioChart(scenario.forecasts.baseline, scenario.forecasts.scenario, { scenarioName: "With the US outreach" }),
  ...(scenario.curve
    ? {
        "blinken-2022-response": responseChart(scenario.curve, {
          strengthTitle: `Strength of "${scenario.curveIntervention}" (shift on the latent scale)`,
          ...(scenario.actual ? { actualYes: scenario.actual.yes } : {}),
          ...(scenario.impliedStrength?.strength != null ? { impliedStrength: scenario.impliedStrength.strength } : {}),
        }),
      }
    : {}),
  "positions-p5": positionsChart(since(model.states, 46), { states: ["USA", "GBR", "FRA", "RUS", "CHN", "IND", "BRA", "ZAF"], names }),
};
for (const [name, chart] of Object.entries(charts)) {
  await exportChart(chart, join(out, `${name}.png`), { scale: 2 }); // 2x: sharp on high-density screens
  console.log(`wrote ${join(out, `${name}.png`)}`);
}
