/**
 * The example charts of the README and docs (docs/img/*.png) and of the
 * contact sheet (`npm run charts:sheet`), built from the seed scenarios on
 * the embedded data: the ES-11/4 forecast as of 2022-10-11
 * (scenarios/es-11-4.json), the US outreach scenario
 * (scenarios/blinken-2022.json), positions from the committed full-record
 * model (models/default.json), the backtest's reliability diagram for
 * sessions 70-74 (README) and agreement between pairs of states
 * (notebook 01). One definition, so the README images, their check
 * (tests/docs/docImages.test.ts) and the sheet draw the same specs.
 */
import { readFileSync } from "node:fs";
import type { TopLevelSpec } from "vega-lite";
import {
  agreementChart, agreementOverTime, backtest, blocsChart, calibrationChart, councilChart, countryChart, estimateBlocs, findModelForAsOf, forecastCouncil,
  forecastResolution, loadAssembly, loadCouncil, loadModel, loadScenario, mapChart, outcomeChart, positionsChart, responseChart, runScenario, scenarioChart,
  type Assembly, type BacktestResult, type CouncilSpec, type ForecastSpec, type StateTrajectory,
} from "../src/index.ts";

/** Trajectories from a period on (46 = the 1991-92 session). */
function since(states: readonly StateTrajectory[], period: number): StateTrajectory[] {
  return states.map((t) => {
    const k = t.periods.findIndex((p) => p >= period);
    const from = k < 0 ? t.periods.length : k;
    return { ...t, periods: t.periods.slice(from), mean: t.mean.slice(from), sd: t.sd.slice(from) };
  });
}

/** Sessions of the README's backtest and reliability diagram. */
export const README_BACKTEST_SESSIONS: readonly number[] = [70, 71, 72, 73, 74];

/** The backtest behind the README's reliability diagram (`npx plenary backtest --sessions 70-74`; about a minute). */
export function readmeBacktest(assembly: Assembly): BacktestResult {
  return backtest({ sessions: [...README_BACKTEST_SESSIONS], assembly });
}

/**
 * The README and docs images by file name (without `.png`), as specs. The
 * calibration chart needs a backtest (about a minute): pass one, or leave
 * it out with `calibration: false`.
 */
export function docCharts(assembly: Assembly, options: { calibration?: BacktestResult | false } = {}): Record<string, TopLevelSpec> {
  const spec = JSON.parse(readFileSync("scenarios/es-11-4.json", "utf8")) as ForecastSpec;
  const forecast = forecastResolution(spec, { assembly });
  const scenario = runScenario(loadScenario("scenarios/blinken-2022.json", { states: assembly.states }), { assembly, baseDir: "scenarios" });
  const model = loadModel("models/default.json", { fingerprint: assembly.fingerprint });
  const names = Object.fromEntries(assembly.states.map((s) => [s.iso3, s.name]));
  const charts: Record<string, TopLevelSpec> = {
    "es-11-4-outcome": outcomeChart(forecast),
    "es-11-4-states": countryChart(forecast),
    "es-11-4-map": mapChart(forecast, assembly.states),
    "blinken-2022-scenario": scenarioChart(scenario.forecasts.baseline, scenario.forecasts.scenario, { scenarioName: "With the US outreach", scenarioTitle: scenario.title }),
  };
  if (scenario.curve) {
    charts["blinken-2022-response"] = responseChart(scenario.curve, {
      strengthTitle: `Strength of "${scenario.curveIntervention}" (shift on the latent scale)`,
      ...(scenario.actual ? { actualYes: scenario.actual.yes } : {}),
      ...(scenario.impliedStrength?.strength != null ? { impliedStrength: scenario.impliedStrength.strength } : {}),
    });
  }
  charts["positions-p5"] = positionsChart(since(model.states, 46), { states: ["USA", "GBR", "FRA", "RUS", "CHN", "IND", "BRA", "ZAF"], names, assembly });
  const calibration = options.calibration === undefined ? readmeBacktest(assembly) : options.calibration;
  if (calibration) charts["calibration-70-74"] = calibrationChart(calibration.calibration);
  return charts;
}

/**
 * Charts only the contact sheet shows: positions since 1946 (seat changes, years without votes), agreement between pairs,
 * the Security Council forecast of S/2022/720 (scenarios/sc-2022-720.json) and the camps as of 2022-10-11 (`plenary blocs`).
 */
export function sheetOnlyCharts(assembly: Assembly): Record<string, TopLevelSpec> {
  const model = loadModel("models/default.json", { fingerprint: assembly.fingerprint });
  const names = Object.fromEntries(assembly.states.map((s) => [s.iso3, s.name]));
  const name = (iso3: string) => assembly.states.find((s) => s.iso3 === iso3)!.name;
  const pairs = [["USA", "GBR"], ["USA", "IND"], ["USA", "BRA"], ["USA", "ZAF"], ["CHN", "RUS"]] as const;
  return {
    "positions-since-1946": positionsChart(model, { states: ["USA", "GBR", "FRA", "SUN", "RUS", "CHN", "IND", "BRA", "ZAF"], names, assembly, title: "Positions since 1946" }),
    agreement: agreementChart(pairs.map(([a, b]) => ({ label: `${name(a)} – ${name(b)}`, points: agreementOverTime(assembly, a, b, { from: "1991-01-01", minVotes: 20 }) }))),
    "sc-2022-720": councilChart(forecastCouncil(JSON.parse(readFileSync("scenarios/sc-2022-720.json", "utf8")) as CouncilSpec, { assembly, council: loadCouncil() })),
    "blocs-2022": blocsChart(estimateBlocs(assembly, findModelForAsOf(assembly, "2022-10-11").model, "2022-10-11"), { names }),
  };
}

