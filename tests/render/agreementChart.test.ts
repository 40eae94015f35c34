/**
 * agreementChart on fixed made-up series: validates against the Vega-Lite
 * schema, compiles without warnings, matches its golden file
 * (UPDATE_GOLDEN=1 rewrites; see helpers.ts), leaves its input untouched.
 */
import { describe, expect, it } from "vitest";
import type { AgreementSeries } from "../../src/render/agreementChart.ts";
import { agreementChart } from "../../src/render/agreementChart.ts";
import { compileWarnings, deepFreeze, expectGolden, schemaErrors } from "./helpers.ts";

type Json = Record<string, unknown>;

/** Two pairs over five sessions; the second pair misses session 72 (no common vote). */
function fixtureSeries(): AgreementSeries[] {
  return [
    { label: "USA - IND", points: [70, 71, 72, 73, 74].map((period, i) => ({ period, agreement: 0.2 + 0.01 * i, n: 80 + i })) },
    { label: "CHN - RUS", points: [70, 71, 73, 74].map((period, i) => ({ period, agreement: 0.9 - 0.012345 * i, n: 70 + i })) },
  ];
}

describe("agreementChart", () => {
  const spec = agreementChart(fixtureSeries());

  it("validates against the Vega-Lite JSON schema and compiles without warnings", () => {
    expect(schemaErrors(spec)).toBe("");
    expect(compileWarnings(spec)).toEqual([]);
  });

  it("matches its golden file", () => {
    expectGolden("agreementChart", spec);
  });

  it("inlines one row per point, rounded, with the pair's label", () => {
    const rows = (spec as unknown as { data: { values: Json[] } }).data.values;
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.pair === "CHN - RUS" && r.session === 74)).toEqual({ pair: "CHN - RUS", session: 74, year: 2019, agreement: 0.863, n: 73 });
  });

  it("does not modify its input and is deterministic", () => {
    const input = fixtureSeries();
    const before = structuredClone(input);
    expect(agreementChart(deepFreeze(input))).toEqual(spec);
    expect(input).toEqual(before);
  });

  it("takes the caller's title", () => {
    const title = (agreementChart(fixtureSeries(), { title: "Allies?", subtitle: "made up" }) as unknown as Json).title;
    expect(title).toEqual({ text: "Allies?", subtitle: "made up" });
  });

  it("names the field and echoes the value on bad input", () => {
    expect(() => agreementChart([])).toThrow("invalid series; expected a non-empty array of { label, points }, got []");
    expect(() => agreementChart([{ label: "", points: [] }])).toThrow('invalid series[0].label; expected a non-empty string, got ""');
    const twice = [fixtureSeries()[0]!, fixtureSeries()[0]!];
    expect(() => agreementChart(twice)).toThrow('invalid series[1].label; duplicate label "USA - IND"');
    const bad = [{ label: "x", points: [{ period: 70, agreement: 1.5, n: 3 }] }];
    expect(() => agreementChart(bad)).toThrow('invalid series[0].points[0]; expected { period, agreement in [0, 1], n > 0 }, got {"period":70,"agreement":1.5,"n":3}');
    expect(() => agreementChart([{ label: "x", points: [] }])).toThrow('invalid series; no points in any series ("x")');
  });
});
