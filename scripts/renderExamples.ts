/**
 * Renders the README and docs images (docs/img/*.png) from real forecasts
 * on the embedded data (see scripts/exampleCharts.ts): the ES-11/4
 * forecast as of 2022-10-11, the US outreach scenario, positions from the
 * committed full-record model, the backtest's reliability diagram for
 * sessions 70-74 (the backtest takes about a minute). PNGs at 2x (two
 * pixels per SVG unit), set in the project's font (Arimo), each stamped
 * with the SHA-256 of its spec (a PNG text chunk) so that
 * tests/docs/docImages.test.ts fails when the code would now draw a
 * different chart.
 * Run: `npm run docs:images` (= `npx tsx scripts/renderExamples.ts [outDir]`, default docs/img).
 */
import { join } from "node:path";
import { loadAssembly, renderPng, writeAtomic } from "../src/index.ts";
import { docCharts } from "./exampleCharts.ts";
import { specHash, SPEC_KEY, withPngText } from "./pngText.ts";

const out = process.argv[2] ?? "docs/img";
const assembly = loadAssembly();
for (const [name, chart] of Object.entries(docCharts(assembly))) {
  const png = await renderPng(chart, { scale: 2 }); // 2x: sharp on high-density screens
  writeAtomic(join(out, `${name}.png`), withPngText(png, SPEC_KEY, specHash(chart)));
  console.log(`wrote ${join(out, `${name}.png`)}`);
}
