import type { TopLevelSpec } from "vega-lite";
import { chartFormat, CHART_FORMATS, renderChart, type ExportChartOptions } from "./exportChart.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { writeAtomicAll } from "../util/writeAtomicAll.ts";

/** One chart to write: its spec and its output path (format from the ending, as in exportChart). */
export interface ChartFile {
  spec: TopLevelSpec;
  path: string;
}

/**
 * Writes several charts all or none: every chart is rendered first, then
 * written with writeAtomicAll (temporary files beside the targets, renamed
 * together; a rename that fails puts back the files already renamed). A
 * failure while rendering or writing leaves none of the files changed, and
 * its error names the user's path, never a temporary file. Returns the
 * paths written, in order.
 *
 * @example
 * const f = forecastResolution({ title: "t", asOf: "2022-10-11", like: ["A/RES/ES-11/1"], draws: 200 });
 * await exportCharts([{ spec: outcomeChart(f), path: "out/x.svg" }, { spec: countryChart(f), path: "out/x-states.svg" }]);
 */
export async function exportCharts(files: readonly ChartFile[], options: ExportChartOptions = {}): Promise<string[]> {
  if (!Array.isArray(files)) throw new PlenaryError(`invalid files; expected an array of { spec, path }, got ${JSON.stringify(files)}`);
  const formats = files.map((f, i) => {
    const format = typeof f?.path === "string" ? chartFormat(f.path) : undefined;
    if (format === undefined) {
      throw new PlenaryError(`invalid files[${i}].path; expected a name ending in ${CHART_FORMATS.join(", ")}, got ${JSON.stringify(f?.path)}`);
    }
    return format;
  });
  const contents: (string | Uint8Array)[] = [];
  for (let i = 0; i < files.length; i++) contents.push(await renderChart(files[i]!.spec, formats[i]!, options));
  writeAtomicAll(files.map((f, i) => ({ path: f.path, content: contents[i]! })));
  return files.map((f) => f.path);
}
