import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
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
 * browser builds are inlined from node_modules, so the page works offline
 * and loads nothing from a CDN. About 0.85 MB, almost all of it the libraries.
 *
 * @example
 * await writeFile("out/outcome.html", renderHtml(outcomeChart(forecast)));
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
  vegaEmbed("#vis", spec, ${JSON.stringify(embedOptions)}).catch((error) => {
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
