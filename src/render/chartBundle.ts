import type { TopLevelSpec } from "vega-lite";
import { renderSvg, type RenderSvgOptions } from "./renderSvg.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** MIME type of a Vega-Lite 6 spec in a Jupyter display bundle. */
export const VEGALITE_MIME = "application/vnd.vegalite.v6+json";

/**
 * A chart as a Jupyter MIME bundle, for notebooks: the Vega-Lite spec
 * (interactive where the front end renders Vega-Lite 6), an SVG rendered
 * here as the fallback every front end can show (and that GitHub and
 * nbconvert keep in saved notebooks), and the chart's title as plain text.
 * Front ends pick the richest type they know. The spec is not modified.
 * Cost: one `renderSvg` (tens of milliseconds; about 0.2 s for the map).
 *
 * In a notebook with the Deno kernel, show it with
 * `await Deno.jupyter.display(bundle, { raw: true })`.
 *
 * @example
 * const bundle = await chartBundle(outcomeChart(forecast));
 * Object.keys(bundle); // ["application/vnd.vegalite.v6+json", "image/svg+xml", "text/plain"]
 */
export async function chartBundle(spec: TopLevelSpec, options: RenderSvgOptions = {}): Promise<Record<string, unknown>> {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new PlenaryError(`invalid spec; expected a Vega-Lite spec object, got ${JSON.stringify(spec)}`);
  }
  const svg = await renderSvg(spec, options);
  return {
    [VEGALITE_MIME]: spec,
    "image/svg+xml": svg,
    "text/plain": chartText(spec),
  };
}

/** The chart's title (and subtitle) as one line of text, or a generic label when it has none. */
function chartText(spec: TopLevelSpec): string {
  const title = (spec as { title?: unknown }).title;
  const flat = (t: unknown): string => (Array.isArray(t) ? t.join(" ") : typeof t === "string" ? t : "");
  if (typeof title === "string" || Array.isArray(title)) return flat(title) || "Vega-Lite chart";
  if (title !== null && typeof title === "object") {
    const { text, subtitle } = title as { text?: unknown; subtitle?: unknown };
    const main = flat(text);
    const sub = flat(subtitle);
    if (main) return sub ? `${main}: ${sub}` : main;
  }
  return "Vega-Lite chart";
}
