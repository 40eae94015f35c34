/**
 * SVGs carry their font: renderSvg sets the text as Arimo's glyph outlines
 * (textToPaths), so a machine without Arimo or its metric twins (DejaVu only,
 * as on a bare Linux) shows the same picture as the PNG export.
 */
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { countryChart } from "../../src/render/countryChart.ts";
import { outcomeChart } from "../../src/render/outcomeChart.ts";
import { CHART_FONT_FAMILY, chartFontFiles } from "../../src/render/chartFonts.ts";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { textToPaths } from "../../src/render/textToPaths.ts";
import { fixtureForecast } from "./fixtures.ts";

/** Share of pixels whose channels differ by more than 96 of 255 between two RGBA images of one size. */
function differing(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!)) > 96) n++;
  }
  return n / (a.length / 4);
}

/** An SVG drawn by resvg as PNG export draws it (no system font), with the shipped font or with none. */
const raster = (svg: string, fonts: boolean) =>
  new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fonts ? chartFontFiles() : [], defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
    background: "white",
    logLevel: "off",
  }).render();

describe("renderSvg, text as paths", () => {
  it.each([
    ["outcomeChart", () => outcomeChart(fixtureForecast())],
    ["countryChart", () => countryChart(fixtureForecast())],
  ])("%s: no font needed to show the same picture as the PNG", async (_name, build) => {
    const svg = await renderSvg(build());
    expect(svg).not.toMatch(/<text\b/);
    expect(svg).toContain('aria-label="How each member state is expected to vote"'.replace("How each member state is expected to vote", _name === "outcomeChart" ? "Expected result: 136 yes, 7 no, 35 abstaining" : "How each member state is expected to vote"));
    // drawn with no font at all, the SVG matches the PNG export (drawn from <text> with the shipped font):
    // the only differences are anti-aliasing and kerning, which resvg applies and Vega's layout does not
    // (a fraction of a pixel per letter pair, a few pixels at the end of a long subtitle line)
    const noFont = raster(svg, false);
    const asText = await renderSvg(build(), { textAsPaths: false });
    const png = raster(asText, true); // what renderPng draws, at scale 1
    expect([noFont.width, noFont.height]).toEqual([png.width, png.height]);
    const paths = differing(noFont.pixels, png.pixels);
    expect(paths).toBeLessThan(0.015);
    // while the same chart as <text>, drawn without the font, loses its text (the failure this guards against)
    expect(differing(raster(asText, false).pixels, png.pixels)).toBeGreaterThan(3 * paths);
  }, 60_000);

  it("keeps every other element, and the text as an aria-label", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect class="x" width="5" height="5"/><text text-anchor="middle" transform="translate(60,20)" font-size="12px" fill="#222">A &amp; B</text></svg>';
    const out = textToPaths(svg);
    expect(out).toContain('<rect class="x" width="5" height="5"/>');
    expect(out).toContain('aria-label="A &amp; B"');
    expect(out).toContain('fill="#222"');
    expect(out).toMatch(/<path id="arimo-r-41" d="M/);
    expect(() => textToPaths("not svg")).toThrow('invalid svg; expected an SVG document, got "not svg"');
  });
});
