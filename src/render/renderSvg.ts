import { PlenaryError } from "../util/PlenaryError.ts";
import * as vega from "vega";
import type { LoggerInterface } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { chartLoader } from "./chartLoader.ts";
import { vegaTextWidth } from "./vegaTextWidth.ts";

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /** A folder from which a spec's relative `data.url` may be read (see chartLoader). Default: none; inline data only, no file or URL is read. */
  allowDataDir?: string;
  /** Receives Vega-Lite and Vega warnings (e.g. a dropped field); default: Vega's own console logger at warn level. */
  logger?: LoggerInterface;
}

type WidthFn = (item: object, text: unknown) => number;
interface TextMetrics {
  width: WidthFn;
  estimateWidth: WidthFn;
}

/**
 * Renders a Vega-Lite spec to an SVG string, headless: compile with
 * vega-lite, parse with vega, run a `View` with no renderer and call
 * `toSVG()`. The spec must carry its data inline: the loader
 * ({@link chartLoader}) reads no file and no URL, except files inside
 * `options.allowDataDir` when given; a refused load is an error.
 *
 * Text measurement: without a canvas Vega estimates every character at
 * 0.8 em, which leaves wide margins; like vl-convert, this function swaps
 * in real Arial/Helvetica advance widths ({@link vegaTextWidth}) by setting
 * Vega's `textMetrics.width`, but only while Vega is on its built-in
 * estimate (a process with node-canvas keeps exact canvas measurement).
 * The widths are those of Arimo, the font PNG export draws with.
 * Cost: tens of milliseconds for the project's charts, about 0.1-0.2 s for
 * the world map.
 *
 * @example
 * const svg = await renderSvg(outcomeChart(forecast));
 * svg.startsWith("<svg"); // true
 */
export async function renderSvg(spec: TopLevelSpec, options: RenderSvgOptions = {}): Promise<string> {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new PlenaryError(`invalid spec; expected a Vega-Lite spec object, got ${JSON.stringify(spec)}`);
  }
  const metrics = (vega as unknown as { textMetrics?: TextMetrics }).textMetrics;
  if (metrics && metrics.width === metrics.estimateWidth) metrics.width = vegaTextWidth as WidthFn;
  const { logger } = options;
  const loader = chartLoader(options.allowDataDir !== undefined ? { allowDataDir: options.allowDataDir } : {});
  // A spec the schema accepts can still be one Vega cannot draw (an empty field name, a scale
  // without a domain): its own message is kept, prefixed so that it reads as a refusal of the spec.
  const refusal = (e: unknown) => new PlenaryError(`invalid spec; Vega could not draw it: ${(e as Error)?.message ?? String(e)}`, { cause: e });
  let view: vega.View;
  try {
    const compiled = compile(structuredClone(spec), logger ? { logger } : {}).spec;
    view = new vega.View(vega.parse(compiled), { renderer: "none", loader, ...(logger ? { logger } : {}) });
  } catch (e) {
    throw refusal(e);
  }
  try {
    let svg: string;
    try {
      svg = await view.toSVG();
    } catch (e) {
      throw refusal(e);
    }
    // Vega logs a failed load and draws the chart without that data: a refusal is an error here.
    if (loader.refused.length > 0) throw new PlenaryError(loader.refused[0]);
    return svg;
  } finally {
    view.finalize();
  }
}
