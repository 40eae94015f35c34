import type { BacktestResult } from "../forecast/backtest.ts";
import type { Forecast } from "../forecast/types.ts";
import { loadAssembly } from "../data/loadAssembly.ts";
import { calibrationChart } from "../render/calibrationChart.ts";
import { countryChart } from "../render/countryChart.ts";
import { chartFormat, exportChart, CHART_FORMATS } from "../render/exportChart.ts";
import { exportCharts } from "../render/exportCharts.ts";
import { mapChart } from "../render/mapChart.ts";
import { outcomeChart } from "../render/outcomeChart.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** `out/x.png` -> `out/x-<suffix>.png` (keeps a `.vl.json` ending whole). */
export function siblingPath(path: string, suffix: string): string {
  const format = chartFormat(path);
  if (!format) throw new PlenaryError(`invalid --chart; expected a name ending in ${CHART_FORMATS.join(", ")}: ${JSON.stringify(path)}`);
  return `${path.slice(0, path.length - format.length)}-${suffix}${path.slice(path.length - format.length)}`;
}

/** Options of {@link writeForecastCharts}. */
export interface WriteForecastChartsOptions {
  /** Receives one line per file written ("wrote out/x.png"). Default: standard error (so `--json` output on stdout stays one JSON document). */
  report?: (line: string) => void;
}

/**
 * Writes a forecast's charts, all or none: the outcome chart at `path`, the
 * per-state chart at `<name>-states.<ext>` and the world map at
 * `<name>-map.<ext>`. All three are rendered before any file is written
 * (see exportCharts), so a failure leaves no partial set. Reports and
 * returns the paths written.
 */
export async function writeForecastCharts(f: Forecast, path: string, options: WriteForecastChartsOptions = {}): Promise<string[]> {
  const report = options.report ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const written = await exportCharts([
    { spec: outcomeChart(f), path },
    { spec: countryChart(f), path: siblingPath(path, "states") },
    { spec: mapChart(f, loadAssembly().states), path: siblingPath(path, "map") },
  ]);
  for (const p of written) report(`wrote ${p}`);
  return written;
}

/** Writes the backtest's reliability diagram. */
export async function writeCalibrationChart(r: BacktestResult, path: string): Promise<void> {
  if (!chartFormat(path)) throw new PlenaryError(`invalid --chart; expected a name ending in ${CHART_FORMATS.join(", ")}: ${JSON.stringify(path)}`);
  await exportChart(calibrationChart(r.calibration), path);
}
