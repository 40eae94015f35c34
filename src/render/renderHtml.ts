import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { CHART_FONT_FAMILY, chartFontFiles } from "./chartFonts.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** The page's <title>. Default: the chart's title text, else "Chart". */
  pageTitle?: string;
}

/** Browser build of each library, read from node_modules (UMD builds that set the globals vega, vegaLite, vegaEmbed). */
function browserBuild(pkg: "vega" | "vega-lite" | "vega-embed"): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve(pkg);
  const file = { vega: "vega.min.js", "vega-lite": "vega-lite.min.js", "vega-embed": "vega-embed.min.js" }[pkg];
  // each package's main module lives in its build/ folder, next to the minified browser build
  return readFileSync(join(dirname(main), file), "utf8");
}

/**
 * @font-face rules carrying the chart font (Arimo regular and bold, from
 * chartFontFiles) as data URLs, so the page sets its text in the font PNG
 * export uses whatever fonts the machine has.
 */
function fontFaces(): string {
  const [regular, bold] = chartFontFiles();
  const face = (file: string, weight: number) =>
    `@font-face { font-family: "${CHART_FONT_FAMILY}"; font-style: normal; font-weight: ${weight}; src: url(data:font/ttf;base64,${readFileSync(file).toString("base64")}) format("truetype"); }`;
  return `${face(regular!, 400)}\n  ${face(bold!, 700)}`;
}

/** Makes text safe inside a <script> element (no "</script", no "<!--"). */
const scriptSafe = (s: string): string => s.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function titleText(spec: TopLevelSpec): string | undefined {
  const t = (spec as { title?: unknown }).title;
  const text = typeof t === "string" ? t : t && typeof t === "object" ? (t as { text?: unknown }).text : undefined;
  return typeof text === "string" ? text : Array.isArray(text) ? text.join(" ") : undefined;
}

/**
 * A self-contained HTML page showing the chart with vega-embed (SVG
 * renderer, tooltips, export menu): the vega, vega-lite and vega-embed
 * browser builds are inlined from node_modules, and so is the chart font
 * (Arimo regular and bold, as @font-face data URLs; the chart is drawn once
 * the font has loaded), so the page works offline, loads nothing from a
 * CDN and sets its text as the PNG does. About 1.7 MB, almost all of it the
 * libraries and the font.
 *
 * @example
 * writeAtomic("out/outcome.html", renderHtml(outcomeChart(forecast)));
 */
export function renderHtml(spec: TopLevelSpec, options: RenderHtmlOptions = {}): string {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new PlenaryError(`invalid spec; expected a Vega-Lite spec object, got ${JSON.stringify(spec)}`);
  }
  const json = JSON.stringify(spec).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  const embedOptions = { renderer: "svg", actions: { export: true, source: false, compiled: false, editor: false } };
  const pageTitle = escapeHtml(options.pageTitle ?? titleText(spec) ?? "Chart");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle}</title>
<style>
  ${fontFaces()}
  body { margin: 0; padding: 24px; background: white; font-family: Arimo, "Liberation Sans", Arial, Helvetica, sans-serif; }
  #vis.error { color: #b00020; white-space: pre-wrap; }
</style>
<script>${scriptSafe(browserBuild("vega"))}</script>
<script>${scriptSafe(browserBuild("vega-lite"))}</script>
<script>${scriptSafe(browserBuild("vega-embed"))}</script>
</head>
<body>
<div id="vis"></div>
<script>
  const spec = ${json};
  // measure and draw with the embedded font, not a fallback that happens to be there first
  Promise.all(["400 11px ${CHART_FONT_FAMILY}", "700 11px ${CHART_FONT_FAMILY}"].map((f) => document.fonts.load(f)))
    .catch(() => undefined)
    .then(() => vegaEmbed("#vis", spec, ${JSON.stringify(embedOptions)}))
    .catch((error) => {
    const el = document.getElementById("vis");
    el.className = "error";
    el.textContent = "Could not draw the chart: " + error.message;
    console.error(error);
  });
</script>
</body>
</html>
`;
}
