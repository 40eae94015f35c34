/**
 * Every chart builder, rendered as PNG export renders it (the shipped font,
 * no system fonts): all text lies inside the canvas, none is cut short with
 * an ellipsis, and the font resvg draws has the widths the layout measured.
 */
import { Resvg } from "@resvg/resvg-js";
import type { TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { agreementChart } from "../../src/render/agreementChart.ts";
import { calibrationChart } from "../../src/render/calibrationChart.ts";
import { CHART_FONT_FAMILY, chartFontFiles } from "../../src/render/chartFonts.ts";
import { countryChart } from "../../src/render/countryChart.ts";
import { mapChart } from "../../src/render/mapChart.ts";
import { measureText } from "../../src/render/measureText.ts";
import { outcomeChart } from "../../src/render/outcomeChart.ts";
import { positionsChart } from "../../src/render/positionsChart.ts";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { responseChart } from "../../src/render/responseChart.ts";
import { scenarioChart } from "../../src/render/scenarioChart.ts";
import { fixtureCalibration, fixtureForecast, fixtureResponse, fixtureScenario, fixtureTrajectories, memberStates } from "./fixtures.ts";
import { textOverflow } from "./textOverflow.ts";

const long = "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba (A/RES/80/4)";
const builders: Record<string, () => TopLevelSpec> = {
  outcomeChart: () => outcomeChart(fixtureForecast()),
  "outcomeChart, long title": () => outcomeChart({ ...fixtureForecast(), title: long }),
  countryChart: () => countryChart(fixtureForecast()),
  mapChart: () => mapChart(fixtureForecast(), memberStates()),
  scenarioChart: () => scenarioChart(fixtureForecast(), fixtureScenario(), { scenarioName: "With the US outreach" }),
  responseChart: () => responseChart(fixtureResponse(), { actualYes: 143, impliedStrength: 1.2 }),
  "responseChart, flat chance": () => responseChart(fixtureResponse().map((p) => ({ ...p, pAdopted: 1 })), { actualYes: 143 }),
  positionsChart: () => positionsChart(fixtureTrajectories()),
  calibrationChart: () => calibrationChart(fixtureCalibration()),
  agreementChart: () =>
    agreementChart([
      { label: "United States – United Kingdom", points: [70, 71, 72].map((period, i) => ({ period, agreement: 0.6 - 0.05 * i, n: 90 })) },
      { label: "China – Russia", points: [70, 71, 72].map((period, i) => ({ period, agreement: 0.8 + 0.02 * i, n: 90 })) },
    ]),
};

describe.each(Object.entries(builders))("%s", (_name, build) => {
  it("draws every text inside the canvas, none cut short", async () => {
    const svg = await renderSvg(build(), { textAsPaths: false }); // the text as PNG export has it, before resvg sets it
    const overflow = textOverflow(svg);
    expect(overflow.ink, "no text drawn at all: is the font loaded?").not.toBeNull();
    expect(overflow.clipped, JSON.stringify(overflow)).toBe(false);
    expect(svg).not.toContain("…"); // Vega's ellipsis when a label exceeds its limit
  }, 30_000);
});

describe("the shipped font", () => {
  it("is what resvg draws with system fonts off, at the widths the layout measures", () => {
    // oracle: measureText's Liberation Sans advance widths (Arimo is metric-compatible); tolerance 1.5 px on ~330 px
    const text = "Western European and Others (29) · chance of adoption";
    const size = 20;
    const expected = measureText(text, size);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="60"><text x="10" y="40" font-family="Arimo" font-size="${size}">${text}</text></svg>`;
    const r = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: CHART_FONT_FAMILY }, logLevel: "off" });
    const box = r.getBBox();
    expect(box).toBeDefined();
    expect(Math.abs(box!.width - expected)).toBeLessThan(1.5);
    // and without the font files nothing is drawn: the widths above come from the shipped font, not the machine's
    const none = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [], defaultFontFamily: CHART_FONT_FAMILY }, logLevel: "off" });
    expect(none.getBBox()).toBeUndefined();
  });
});

describe("textOverflow", () => {
  const chart = (x: number, anchor = "start") =>
    `<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="300" height="100" viewBox="0 0 300 100"><rect width="300" height="100" fill="white"/>` +
    `<path d="M-50,-50h400v200h-400Z" fill="black"/><g transform="translate(16,16)"><text x="${x}" y="40" text-anchor="${anchor}" font-family="Arimo" font-size="12">chance of adoption</text></g></svg>`;

  it("finds text that runs off the canvas, and ignores shapes that do", () => {
    expect(textOverflow(chart(10)).clipped).toBe(false);
    const off = textOverflow(chart(200)); // 16 + 200 + ~105 px of text > 300
    expect(off.clipped).toBe(true);
    expect(off.ink!.x2).toBeGreaterThan(300);
    expect(textOverflow(chart(-10, "end")).clipped).toBe(true);
  });
});
