import { CHART_FORMATS, chartFormat } from "../render/chartFormat.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/**
 * Checks a chart output path given on the command line before any work
 * starts: it must end in one of the chart formats (.vl.json, .svg, .png,
 * .html). The error names the option as the user typed it
 * (`invalid --chart; expected a name ending in ...: "x.pdf"`). Returns the path.
 */
export function checkChartPath(path: string, option: string): string {
  if (typeof path !== "string" || path.trim() === "" || chartFormat(path) === undefined) {
    throw new PlenaryError(`invalid ${option}; expected a file name ending in ${CHART_FORMATS.join(", ")}: ${JSON.stringify(path)}`);
  }
  return path;
}
