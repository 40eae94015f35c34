/**
 * Times rendering each chart to SVG (target: under 0.5 s each) on the test
 * fixtures (193 states). One warm-up pass, then the median of 3 renders per
 * chart; the spec build is included. Run directly with
 * `npx tsx bench/renderBench.ts`, or through `npm run bench -- render`.
 */
import { median } from "simple-statistics";
import { pathToFileURL } from "node:url";
import type { TopLevelSpec } from "vega-lite";
import { calibrationChart, countryChart, mapChart, outcomeChart, positionsChart, renderSvg, responseChart, scenarioChart } from "../src/index.ts";
import {
  fixtureCalibration,
  fixtureForecast,
  fixtureResponse,
  fixtureScenario,
  fixtureTrajectories,
  memberStates,
} from "../tests/render/fixtures.ts";

/** Seconds to build and render each chart to SVG (median of 3 after a warm-up), keyed "render.NAME.svg.seconds (median of 3)". */
export async function renderBench(): Promise<Record<string, number>> {
  const forecast = fixtureForecast();
  const scenario = fixtureScenario();
  const states = memberStates();
  const charts: Record<string, () => TopLevelSpec> = {
    outcomeChart: () => outcomeChart(forecast),
    countryChart: () => countryChart(forecast),
    mapChart: () => mapChart(forecast, states),
    scenarioChart: () => scenarioChart(forecast, scenario),
    responseChart: () => responseChart(fixtureResponse(), { threshold: 97 }),
    positionsChart: () => positionsChart(fixtureTrajectories()),
    calibrationChart: () => calibrationChart(fixtureCalibration()),
  };
  const out: Record<string, number> = {};
  const t0 = performance.now();
  for (const build of Object.values(charts)) await renderSvg(build());
  out["render.warmup.seconds (all charts once)"] = (performance.now() - t0) / 1000;
  for (const [name, build] of Object.entries(charts)) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await renderSvg(build());
      times.push((performance.now() - t) / 1000);
    }
    out[`render.${name}.svg.seconds (median of 3)`] = median(times);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const [k, v] of Object.entries(await renderBench())) console.log(`${k.padEnd(48)} ${v.toFixed(3)}`);
}
