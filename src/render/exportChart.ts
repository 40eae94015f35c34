import type { TopLevelSpec } from "vega-lite";
import { renderHtml } from "./renderHtml.ts";
import { renderPng } from "./renderPng.ts";
import { renderSvg, type RenderSvgOptions } from "./renderSvg.ts";
import { writeAtomic } from "../util/writeAtomic.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

import { CHART_FORMATS, chartFormat, type ChartFormat } from "./chartFormat.ts";

export { CHART_FORMATS, chartFormat, type ChartFormat };

/** Options of {@link exportChart}. */
export interface ExportChartOptions extends RenderSvgOptions {
  /** PNG pixel density (see renderPng). Default 2; range (0, 8]. Ignored for other formats. */
  scale?: number;
}


/**
 * Writes a Vega-Lite spec to a file whose format follows the path's ending:
 * `.vl.json` the spec as pretty JSON, `.svg` rendered headless with vega,
 * `.png` the SVG rasterized by resvg, `.html` a self-contained page (vega,
 * vega-lite and vega-embed inlined; works offline). The parent directory is
 * created; the file is written atomically (temporary file, then rename).
 * Returns the format written.
 *
 * @example
 * await exportChart(outcomeChart(forecast), "out/es11-4-outcome.png");
 */
export async function exportChart(spec: TopLevelSpec, outPath: string, options: ExportChartOptions = {}): Promise<ChartFormat> {
  if (typeof outPath !== "string" || outPath.length === 0) {
    throw new PlenaryError(`invalid outPath; expected a file path, got ${JSON.stringify(outPath)}`);
  }
  const format = chartFormat(outPath);
  if (format === undefined) {
    throw new PlenaryError(`invalid outPath; expected a name ending in ${CHART_FORMATS.join(", ")}, got ${JSON.stringify(outPath)}`);
  }
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new PlenaryError(`invalid spec; expected a Vega-Lite spec object, got ${JSON.stringify(spec)}`);
  }
  writeAtomic(outPath, await renderChart(spec, format, options));
  return format;
}

/**
 * The content of a chart file in a format, without writing it: pretty JSON,
 * SVG text, PNG bytes or an HTML page (see {@link exportChart}).
 */
export async function renderChart(spec: TopLevelSpec, format: ChartFormat, options: ExportChartOptions = {}): Promise<string | Uint8Array> {
  if (!CHART_FORMATS.includes(format)) throw new PlenaryError(`invalid format; expected one of ${CHART_FORMATS.join(", ")}, got ${JSON.stringify(format)}`);
  return format === ".vl.json"
    ? `${JSON.stringify(spec, null, 2)}\n`
    : format === ".svg"
      ? await renderSvg(spec, options)
      : format === ".png"
        ? await renderPng(spec, options)
        : renderHtml(spec);
}
