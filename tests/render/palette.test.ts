/** State colors that hold across charts, and direct-label inks that read on white. */
import { describe, expect, it } from "vitest";
import { contrastRatio, labelInk, palette, stateColor } from "../../src/render/palette.ts";
import { positionsChart } from "../../src/render/positionsChart.ts";
import { fixtureTrajectories } from "./fixtures.ts";

type Json = Record<string, unknown>;

/** The state -> color pairs of a positions chart's color scale. */
function lineColors(spec: object): Record<string, string> {
  const layer = (spec as { layer: { encoding?: { color?: { scale?: { domain: string[]; range: string[] } } } }[] }).layer;
  const scale = layer.find((l) => l.encoding?.color?.scale?.domain)!.encoding!.color!.scale!;
  return Object.fromEntries(scale.domain.map((d, i) => [d, scale.range[i]!]));
}

describe("contrastRatio", () => {
  it("matches WCAG 2's published values", () => {
    // oracle: WCAG 2 definition; black on white is 21:1, #777777 on white is 4.48:1 (WebAIM contrast checker)
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 6);
    expect(contrastRatio("#777777", "#FFFFFF")).toBeCloseTo(4.48, 2);
  });
});

describe("labelInk", () => {
  it("darkens every line color until it reads on white (4.5:1) and leaves dark colors alone", () => {
    for (const c of [...palette.categorical, "#F0E442", ...Object.values(palette.outcome)]) {
      expect(contrastRatio(labelInk(c), "#FFFFFF"), c).toBeGreaterThanOrEqual(4.5);
    }
    expect(labelInk("#0072B2")).toBe("#0072B2"); // 5.0:1 already
    expect(contrastRatio("#F0E442", "#FFFFFF")).toBeLessThan(1.5); // the old yellow label: 1.3:1
  });
});

describe("stateColor", () => {
  it("gives a state the same color whatever else the chart shows", () => {
    const ts = fixtureTrajectories();
    const codes = ts.map((t) => t.iso3);
    const a = lineColors(positionsChart(ts, { states: codes.slice(0, 4) }));
    const b = lineColors(positionsChart(ts, { states: [...codes].reverse() }));
    for (const iso3 of codes.slice(0, 4)) expect(a[iso3]).toBe(b[iso3]);
    expect(stateColor("CHN")).toBe(stateColor("CHN"));
    expect(stateColor("RUS")).toBe(stateColor("SUN"));
    expect(palette.categorical).toContain(stateColor("XYZ"));
  });

  it("writes the direct labels in the dark ink of their line's color", () => {
    const spec = positionsChart(fixtureTrajectories()) as unknown as { layer: Json[] };
    const labels = (spec.layer.at(-1) as { data: { values: { state: string; ink: string }[] } }).data.values;
    const colors = lineColors(spec);
    for (const l of labels) expect(l.ink).toBe(labelInk(colors[l.state]!));
  });
});
