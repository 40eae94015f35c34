/**
 * Rendering and export: SVG text and marks, PNG size from its header, the
 * self-contained HTML page, the .vl.json round trip, atomic writes and the
 * error for an unknown extension.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportChart } from "../../src/render/exportChart.ts";
import { mapChart } from "../../src/render/mapChart.ts";
import { measureText } from "../../src/render/measureText.ts";
import { outcomeChart } from "../../src/render/outcomeChart.ts";
import { palette } from "../../src/render/palette.ts";
import { renderHtml } from "../../src/render/renderHtml.ts";
import { renderPng } from "../../src/render/renderPng.ts";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { countryChart } from "../../src/render/countryChart.ts";
import { fixtureForecast, memberStates } from "./fixtures.ts";
import { collectingLogger, pngSize, schemaErrors, svgSize } from "./helpers.ts";

const out = mkdtempSync(join(tmpdir(), "plenary-render-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("renderSvg", () => {
  it("draws the outcome chart's marks and text without warnings", async () => {
    const { logger, messages } = collectingLogger();
    const svg = await renderSvg(outcomeChart(fixtureForecast()), { logger });
    expect(messages).toEqual([]);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Expected result: 136 yes, 7 no, 35 abstaining");
    expect(svg).toContain("needs two-thirds of those voting yes or no, in each draw");
    expect(svg).toContain("136 expected · actual 143");
    expect(svg).toContain("Member states (of 193)");
    for (const o of palette.outcomes) expect(svg.toLowerCase()).toContain(palette.outcome[o].toLowerCase());
    expect(svg).toMatch(/class="mark-rect role-mark/); // interval bars
    expect(svg).toMatch(/class="mark-symbol role-mark/); // actual-result triangles
  });

  it("draws the map's country shapes and small-state dots", async () => {
    const svg = await renderSvg(mapChart(fixtureForecast(), memberStates()));
    expect(svg).toMatch(/class="mark-shape role-mark/);
    expect(svg).toContain("Most likely vote, and its chance");
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(170);
  });

  it("sizes text with real font widths, so the chart is not padded by overestimated titles", async () => {
    // oracle: Liberation Sans/Arial advance widths Y=667, e=556, s=500 units per 1000 em
    expect(measureText("Yes", 10)).toBeCloseTo(17.23, 10);
    const { width } = svgSize(await renderSvg(outcomeChart(fixtureForecast())));
    expect(width).toBeLessThan(720); // 560 plot + labels + padding; Vega's 0.8 em estimate made it ~1100
  });

  it("rejects a non-object spec, echoing it", async () => {
    await expect(renderSvg("bar" as never)).rejects.toThrow('invalid spec; expected a Vega-Lite spec object, got "bar"');
  });
});

describe("renderPng", () => {
  it("writes a PNG of the SVG's size times the scale", async () => {
    const spec = outcomeChart(fixtureForecast());
    const { width, height } = svgSize(await renderSvg(spec));
    const png1 = await renderPng(spec, { scale: 1 });
    expect(pngSize(png1)).toEqual({ width, height });
    const png2 = await renderPng(spec);
    expect(pngSize(png2)).toEqual({ width: 2 * width, height: 2 * height });
    expect(png2.byteLength).toBeGreaterThan(10_000);
  });

  it("rejects a bad scale", async () => {
    await expect(renderPng(outcomeChart(fixtureForecast()), { scale: 0 })).rejects.toThrow("invalid options.scale; expected a number in [0.1, 8], got 0");
    // a scale so small that the image would have no pixel (resvg: "Target size is zero") is refused by name
    await expect(renderPng(outcomeChart(fixtureForecast()), { scale: 1e-9 })).rejects.toThrow("invalid options.scale; expected a number in [0.1, 8], got 1e-9");
  });
});

describe("renderHtml", () => {
  const html = renderHtml(outcomeChart(fixtureForecast()));

  it("inlines vega, vega-lite and vega-embed and loads nothing from the network", () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).toContain('vegaEmbed("#vis"');
    for (const file of ["vega/build/vega.min.js", "vega-lite/build/vega-lite.min.js", "vega-embed/build/vega-embed.min.js"]) {
      const build = readFileSync(join("node_modules", file), "utf8");
      expect(html).toContain(build.slice(0, 300)); // the start and end of each browser build are in the page
      expect(html).toContain(build.slice(-300).trim());
    }
    expect(html).toContain("<title>Expected result: 136 yes, 7 no, 35 abstaining</title>");
  });

  it("escapes the spec so text cannot close the script", () => {
    const spec = { ...outcomeChart(fixtureForecast()), description: "</script><script>alert(1)</script>" };
    const page = renderHtml(spec);
    expect(page).not.toContain("</script><script>alert(1)");
    expect(page).toContain("\\u003c/script>");
  });
});

describe("exportChart", () => {
  const spec = countryChart(fixtureForecast());

  it("writes pretty .vl.json that reads back to the same spec, creating the folder", async () => {
    const path = join(out, "nested", "deeper", "countries.vl.json");
    expect(await exportChart(spec, path)).toBe(".vl.json");
    const text = readFileSync(path, "utf8");
    expect(text).toContain('\n  "$schema"');
    expect(JSON.parse(text)).toEqual(spec);
    expect(schemaErrors(JSON.parse(text))).toBe("");
  });

  it("writes .svg, .png and .html by extension (case-insensitive), leaving no temporary files", async () => {
    expect(await exportChart(spec, join(out, "c.svg"))).toBe(".svg");
    expect(readFileSync(join(out, "c.svg"), "utf8")).toMatch(/^<svg[\s\S]*How each member state is expected to vote/);
    expect(await exportChart(spec, join(out, "c.PNG"), { scale: 1 })).toBe(".png");
    const svg = readFileSync(join(out, "c.svg"), "utf8");
    expect(pngSize(readFileSync(join(out, "c.PNG")))).toEqual(svgSize(svg));
    expect(await exportChart(spec, join(out, "c.html"))).toBe(".html");
    expect(readFileSync(join(out, "c.html"), "utf8")).toMatch(/^<!doctype html>/);
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("names the value of an unknown extension", async () => {
    await expect(exportChart(spec, join(out, "chart.jpg"))).rejects.toThrow(
      `invalid outPath; expected a name ending in .vl.json, .svg, .png, .html, got ${JSON.stringify(join(out, "chart.jpg"))}`,
    );
    expect(existsSync(join(out, "chart.jpg"))).toBe(false);
  });
});

it("the schema check can fail (a misspelled mark)", () => {
  expect(schemaErrors({ data: { values: [] }, mark: "barr" })).not.toBe("");
});
