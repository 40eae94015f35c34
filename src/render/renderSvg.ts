import { PlenaryError } from "../util/PlenaryError.ts";
import * as vega from "vega";
import type { LoggerInterface } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { chartLoader } from "./chartLoader.ts";
import { textToPaths } from "./textToPaths.ts";
import { CHART_BUDGET, checkChartBudget } from "./checkChartBudget.ts";
import { vegaTextWidth } from "./vegaTextWidth.ts";

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /** A folder from which a spec's relative `data.url` may be read (see chartLoader). Default: none; inline data only, no file or URL is read. */
  allowDataDir?: string;
  /** Receives Vega-Lite and Vega warnings (e.g. a dropped field); default: Vega's own console logger at warn level. */
  logger?: LoggerInterface;
  /**
   * Set the text as glyph outlines in the chart font ({@link textToPaths}), so
   * the SVG looks the same in every browser and notebook. Default true; false
   * keeps `<text>` elements (font-family Arimo and its metric twins), as PNG
   * export does before rasterizing with the font loaded.
   */
  textAsPaths?: boolean;
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
 * The widths are those of Arimo, the font PNG export draws with, and by
 * default the text is then drawn as Arimo's glyph outlines
 * ({@link textToPaths}), so the SVG carries its font.
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
  checkChartBudget(spec); // sizes, rows and texts before anything is compiled
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
      await view.runAsync();
      checkScene(view); // what the data made of it: marks and texts within the budget
      svg = await view.toSVG();
    } catch (e) {
      if (e instanceof PlenaryError) throw e;
      throw refusal(e);
    }
    // Vega logs a failed load and draws the chart without that data: a refusal is an error here.
    if (loader.refused.length > 0) throw new PlenaryError(loader.refused[0]);
    return options.textAsPaths === false ? svg : textToPaths(svg);
  } finally {
    view.finalize();
  }
}

/** Refuses a drawn scene over {@link CHART_BUDGET}: too many marks, a text too long, or too large. */
function checkScene(view: vega.View): void {
  const B = CHART_BUDGET;
  if (!(view.width() <= B.side && view.height() <= B.side)) {
    throw new PlenaryError(`invalid spec; larger than ${B.side.toLocaleString("en-US")} x ${B.side.toLocaleString("en-US")}: ${Math.round(view.width())} x ${Math.round(view.height())}`, { code: "limit" });
  }
  let items = 0;
  const stack: unknown[] = [(view.scenegraph() as unknown as { root: unknown }).root];
  while (stack.length > 0) {
    const node = stack.pop() as { items?: unknown[]; text?: unknown; marktype?: string } | null;
    if (!node || typeof node !== "object") continue;
    const text = node.text;
    const length = typeof text === "string" ? text.length : Array.isArray(text) ? text.reduce((n: number, t) => n + String(t).length, 0) : 0;
    if (length > B.textMark) throw new PlenaryError(`invalid spec; a text mark longer than ${B.textMark.toLocaleString("en-US")} characters (${length.toLocaleString("en-US")})`, { code: "limit" });
    if (Array.isArray(node.items)) {
      items += node.items.length;
      if (items > B.items) throw new PlenaryError(`invalid spec; more than ${B.items.toLocaleString("en-US")} marks to draw`, { code: "limit" });
      for (const x of node.items) stack.push(x);
    }
  }
}
