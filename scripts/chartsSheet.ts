/**
 * The contact sheet: every chart kind drawn from the seed scenarios on one
 * page, `out/charts-sheet.png`, for review by eye before a change to
 * src/render is committed (clipping, colours, overlaps). Each chart is
 * rendered to SVG as exportChart would, then the SVGs are placed side by
 * side on one page (rows of at most SHEET_WIDTH px, each under a caption with
 * its name and pixel size) and the page is rasterized with the chart font.
 * The backtest behind the calibration chart is one session (74) to keep
 * the sheet quick; the README's is sessions 70-74.
 * Run: `npm run charts:sheet` (= `npx tsx scripts/chartsSheet.ts [out.png]`).
 */
import { Resvg } from "@resvg/resvg-js";
import {
  backtest, CHART_FONT_FAMILY, chartFontFiles, loadAssembly, renderSvg, writeAtomic,
} from "../src/index.ts";
import { docCharts, sheetOnlyCharts } from "./exampleCharts.ts";

const outPath = process.argv[2] ?? "out/charts-sheet.png";
/** Widest row of the sheet, in SVG px. */
const SHEET_WIDTH = 2600;
const GAP = 24;
const CAPTION = 26;

const assembly = loadAssembly();
const calibration = backtest({ sessions: [74], assembly });
const charts = { ...docCharts(assembly, { calibration }), ...sheetOnlyCharts(assembly) };

const placed: string[] = [];
let x = GAP;
let y = GAP;
let rowHeight = 0;
for (const [name, spec] of Object.entries(charts)) {
  const svg = await renderSvg(spec);
  const w = Number(/width="([\d.]+)"/.exec(svg)?.[1]);
  const h = Number(/height="([\d.]+)"/.exec(svg)?.[1]);
  if (x > GAP && x + w > SHEET_WIDTH) {
    x = GAP;
    y += rowHeight + GAP;
    rowHeight = 0;
  }
  const caption = `${name} · ${Math.round(w)} × ${Math.round(h)} px`;
  placed.push(
    `<text x="${x}" y="${y + 16}" font-family="${CHART_FONT_FAMILY}" font-size="15" font-weight="bold" fill="#555">${caption}</text>`,
    `<rect x="${x - 0.5}" y="${y + CAPTION - 0.5}" width="${w + 1}" height="${h + 1}" fill="none" stroke="#bbb"/>`,
    svg.replace(/^<svg /, `<svg x="${x}" y="${y + CAPTION}" `),
  );
  x += w + GAP;
  rowHeight = Math.max(rowHeight, h + CAPTION);
  console.log(`drew ${caption}`);
}
const width = SHEET_WIDTH + GAP;
const height = y + rowHeight + GAP;
const page = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#f4f4f4"/>${placed.join("\n")}</svg>`;
const png = new Resvg(page, {
  font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
  background: "#f4f4f4",
  logLevel: "off",
}).render().asPng();
writeAtomic(outPath, new Uint8Array(png));
console.log(`wrote ${outPath}`);
