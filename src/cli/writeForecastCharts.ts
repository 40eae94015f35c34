import type { BacktestResult } from "../forecast/backtest.ts";
import type { Forecast } from "../forecast/types.ts";
import { loadAssembly } from "../data/loadAssembly.ts";
import { calibrationChart } from "../render/calibrationChart.ts";
import { countryChart } from "../render/countryChart.ts";
import { chartFormat, exportChart, CHART_FORMATS } from "../render/exportChart.ts";
import { mapChart } from "../render/mapChart.ts";
import { outcomeChart } from "../render/outcomeChart.ts";

/** `out/x.png` -> `out/x-<suffix>.png` (keeps a `.vl.json` ending whole). */
export function siblingPath(path: string, suffix: string): string {
  const format = chartFormat(path);
  if (!format) throw new Error(`invalid --chart; expected a name ending in ${CHART_FORMATS.join(", ")}: ${JSON.stringify(path)}`);
  return `${path.slice(0, path.length - format.length)}-${suffix}${path.slice(path.length - format.length)}`;
}

/**
 * Writes a forecast's charts: the outcome chart at `path`, the per-state chart
 * at `<name>-states.<ext>` and the world map at `<name>-map.<ext>`. Returns the paths written.
 */
export async function writeForecastCharts(f: Forecast, path: string): Promise<string[]> {
  const states = siblingPath(path, "states");
  const map = siblingPath(path, "map");
  await exportChart(outcomeChart(f), path);
  await exportChart(countryChart(f), states);
  await exportChart(mapChart(f, loadAssembly().states), map);
  return [path, states, map];
}

/** Writes the backtest's reliability diagram. */
export async function writeCalibrationChart(r: BacktestResult, path: string): Promise<void> {
  if (!chartFormat(path)) throw new Error(`invalid --chart; expected a name ending in ${CHART_FORMATS.join(", ")}: ${JSON.stringify(path)}`);
  await exportChart(calibrationChart(r.calibration), path);
}
