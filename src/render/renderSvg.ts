import { parse, View, type LoggerInterface } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /** Receives Vega-Lite and Vega warnings (e.g. a dropped field); default: Vega's own logger at warn level (console). */
  logger?: LoggerInterface;
}

/**
 * Renders a Vega-Lite spec to an SVG string, headless: compile with
 * vega-lite, parse with vega, run a `View` with no renderer and call
 * `toSVG()`. The spec must carry its data inline (no file or URL loading).
 * Text widths are estimated (no canvas in Node), so layouts can differ by a
 * few pixels from a browser. Cost: tens of milliseconds for the project's
 * charts; the world map is the heaviest.
 *
 * @example
 * const svg = await renderSvg(outcomeChart(forecast));
 * svg.startsWith("<svg"); // true
 */
export async function renderSvg(spec: TopLevelSpec, options: RenderSvgOptions = {}): Promise<string> {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new Error(`invalid spec; expected a Vega-Lite spec object, got ${JSON.stringify(spec)}`);
  }
  const { logger } = options;
  const vg = compile(spec, logger ? { logger } : {}).spec;
  const view = new View(parse(vg), { renderer: "none", ...(logger ? { logger } : {}) });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
