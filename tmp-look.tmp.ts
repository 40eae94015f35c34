import { writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { renderSvg } from "./src/render/renderSvg.ts";
import * as fx from "./tests/render/fixtures.ts";
import { outcomeChart } from "./src/render/outcomeChart.ts";
const which = process.argv[2]!;
const f = fx.fixtureForecast();
console.log(JSON.stringify({ expected: f.expected, i80: f.interval80, thr: f.threshold, p: f.pAdopted }));
const specs: Record<string, () => any> = {
  outcome: () => outcomeChart(f),
};
const t = performance.now();
const svg = await renderSvg(specs[which]!());
console.log("svg ms", performance.now() - t);
writeFileSync(`/tmp/look-${which}.svg`, svg);
const png = new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng();
writeFileSync(`/tmp/look-${which}.png`, png);
