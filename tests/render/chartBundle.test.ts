/**
 * chartBundle: the Jupyter MIME bundle of a chart (Vega-Lite spec, SVG
 * fallback, plain-text title), as notebooks display it.
 */
import { describe, expect, it } from "vitest";
import type { TopLevelSpec } from "vega-lite";
import { chartBundle, VEGALITE_MIME } from "../../src/render/chartBundle.ts";
import { outcomeChart } from "../../src/render/outcomeChart.ts";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { fixtureForecast } from "./fixtures.ts";
import { deepFreeze, svgSize } from "./helpers.ts";

describe("chartBundle", () => {
  it("holds the spec, its SVG rendering and the title as text", async () => {
    const spec = outcomeChart(fixtureForecast());
    const bundle = await chartBundle(spec);
    expect(Object.keys(bundle).sort()).toEqual(["application/vnd.vegalite.v6+json", "image/svg+xml", "text/plain"]);
    expect(VEGALITE_MIME).toBe("application/vnd.vegalite.v6+json");
    expect(bundle[VEGALITE_MIME]).toEqual(spec);
    // oracle: renderSvg on the same spec, called directly
    expect(bundle["image/svg+xml"]).toBe(await renderSvg(spec));
    expect(svgSize(bundle["image/svg+xml"] as string).width).toBeGreaterThan(100);
    const title = (spec as { title: { text: string; subtitle: string | string[] } }).title;
    expect(bundle["text/plain"]).toBe(`${title.text}: ${[title.subtitle].flat().join(" ")}`);
  });

  it("is plain JSON, as a Jupyter display message needs", async () => {
    const bundle = await chartBundle(outcomeChart(fixtureForecast()));
    expect(JSON.parse(JSON.stringify(bundle))).toEqual(bundle);
  });

  it("does not modify the spec", async () => {
    const spec = outcomeChart(fixtureForecast());
    const before = structuredClone(spec);
    await chartBundle(deepFreeze(spec));
    expect(spec).toEqual(before);
  });

  it("uses a string title as is, and a generic label without a title", async () => {
    const base = { data: { values: [{ x: 1 }] }, mark: "point", encoding: { x: { field: "x", type: "quantitative" } } } as TopLevelSpec;
    expect((await chartBundle({ ...base, title: "Plain" } as TopLevelSpec))["text/plain"]).toBe("Plain");
    expect((await chartBundle(base))["text/plain"]).toBe("Vega-Lite chart");
  });

  it("names the parameter and echoes the value on bad input", async () => {
    await expect(chartBundle(null as unknown as TopLevelSpec)).rejects.toThrow("invalid spec; expected a Vega-Lite spec object, got null");
    await expect(chartBundle([] as unknown as TopLevelSpec)).rejects.toThrow("invalid spec; expected a Vega-Lite spec object, got []");
  });
});
