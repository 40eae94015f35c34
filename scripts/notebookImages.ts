/**
 * Prepares executed notebooks for HTML export (scripts/exportNotebooks.sh):
 * every chart output's SVG is rasterized to a PNG at 2x (resvg with the
 * project's font, as PNG export does) and the output keeps only the PNG
 * and its plain-text title. Debian's nbconvert 6.5 passes inline SVG through
 * an HTML sanitizer that strips its shapes (charts come out as blank boxes),
 * while a PNG goes into the page as an <img> data URL untouched.
 * Rewrites the given .ipynb files in place; prints how many charts each had.
 *
 *   npx tsx scripts/notebookImages.ts out/executed/*.ipynb
 */
import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { CHART_FONT_FAMILY, chartFontFiles, writeAtomic } from "../src/index.ts";

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}
interface Notebook {
  cells: { cell_type: string; outputs?: Output[] }[];
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npx tsx scripts/notebookImages.ts NOTEBOOK.ipynb...");
  process.exit(2);
}
const fontFiles = chartFontFiles();
for (const file of files) {
  const nb = JSON.parse(readFileSync(file, "utf8")) as Notebook;
  let charts = 0;
  for (const cell of nb.cells) {
    for (const out of cell.outputs ?? []) {
      const svg = out.data?.["image/svg+xml"];
      if (typeof svg !== "string" && !Array.isArray(svg)) continue;
      const text = Array.isArray(svg) ? svg.join("") : svg;
      const resvg = new Resvg(text, {
        fitTo: { mode: "zoom", value: 2 },
        font: { loadSystemFonts: false, fontFiles, defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
        background: "white",
        logLevel: "off",
      });
      const png = resvg.render().asPng();
      const plain = out.data!["text/plain"];
      out.data = { "image/png": Buffer.from(png).toString("base64"), ...(plain !== undefined ? { "text/plain": plain } : {}) };
      // shown at the SVG's own size (resvg.width/height; the PNG has twice the pixels, for sharp text)
      out.metadata = { ...(out.metadata ?? {}), "image/png": { width: Math.round(resvg.width), height: Math.round(resvg.height) } };
      charts++;
    }
  }
  writeAtomic(file, `${JSON.stringify(nb, null, 1)}\n`);
  console.log(`${file}: ${charts} chart${charts === 1 ? "" : "s"} as PNG`);
}
