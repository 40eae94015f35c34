/**
 * Renders the example charts in docs/img/ (example-outcome.png, ...) from
 * the fixed synthetic fixtures in tests/render/fixtures.ts. Run:
 * `npx tsx scripts/renderExamples.ts [outDir] [--scale n]` (default
 * docs/img, scale 1). Replace the fixtures with real forecasts to
 * regenerate them from real data.
 */
import { join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { calibrationChart } from "../src/render/calibrationChart.ts";
import { countryChart } from "../src/render/countryChart.ts";
import { exportChart } from "../src/render/exportChart.ts";
import { mapChart } from "../src/render/mapChart.ts";
import { outcomeChart } from "../src/render/outcomeChart.ts";
import { positionsChart } from "../src/render/positionsChart.ts";
import { responseChart } from "../src/render/responseChart.ts";
import { scenarioChart } from "../src/render/scenarioChart.ts";
import {
  fixtureCalibration,
  fixtureForecast,
  fixtureResponse,
  fixtureScenario,
  fixtureTrajectories,
  memberStates,
} from "../tests/render/fixtures.ts";

/** Note added under every example's subtitle, so nobody mistakes the fixtures for a forecast. */
const NOTE = "Illustration: synthetic numbers on the real membership, not model output";

/** A copy of a spec with NOTE appended to its subtitle. */
function withNote(spec: TopLevelSpec): TopLevelSpec {
  const copy = structuredClone(spec) as TopLevelSpec & { title: { text: string; subtitle?: string | string[] } };
  const sub = copy.title.subtitle;
  copy.title.subtitle = [...(sub === undefined ? [] : typeof sub === "string" ? [sub] : sub), NOTE];
  return copy;
}

/** The example charts, by file-name stem. */
export function exampleCharts(): Record<string, TopLevelSpec> {
  const forecast = fixtureForecast();
  const states = memberStates();
  const names = Object.fromEntries(states.map((s) => [s.iso3, s.name]));
  const charts: Record<string, TopLevelSpec> = {
    outcome: outcomeChart(forecast),
    countries: countryChart(forecast),
    map: mapChart(forecast, states),
    scenario: scenarioChart(forecast, fixtureScenario()),
    response: responseChart(fixtureResponse(), { threshold: 97 }),
    positions: positionsChart(fixtureTrajectories(), { names }),
    calibration: calibrationChart(fixtureCalibration()),
  };
  return Object.fromEntries(Object.entries(charts).map(([k, v]) => [k, withNote(v)]));
}

async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf("--scale");
  const scale = i >= 0 ? Number(argv[i + 1]) : 1;
  const outDir = argv.find((a, k) => !a.startsWith("--") && argv[k - 1] !== "--scale") ?? join("docs", "img");
  for (const [name, spec] of Object.entries(exampleCharts())) {
    const path = join(outDir, `example-${name}.png`);
    await exportChart(spec, path, { scale });
    console.log(`wrote ${path}`);
  }
}

await main(process.argv.slice(2));
