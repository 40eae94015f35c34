/**
 * What a chart editor checks, on the charts the README and the contact sheet
 * draw from the seed scenarios (scripts/exampleCharts.ts) and on the
 * fixtures: every chart fits a notebook's output area (MAX_CHART_WIDTH), no
 * label is cut short, one color means one thing (the outcome colors only
 * for outcomes), positions break where a state cast no vote or its seat
 * changed hands, and a last session still under way is drawn with its
 * uncertainty, apart from the others.
 */
import type { TopLevelSpec } from "vega-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { docCharts, sheetOnlyCharts } from "../../scripts/exampleCharts.ts";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import type { Assembly } from "../../src/data/types.ts";
import { loadModel } from "../../src/model/loadModel.ts";
import { calibrationChart } from "../../src/render/calibrationChart.ts";
import { MAX_CHART_WIDTH } from "../../src/render/chartConfig.ts";
import { mapColor } from "../../src/render/mapChart.ts";
import { palette, stateColor } from "../../src/render/palette.ts";
import { positionsChart } from "../../src/render/positionsChart.ts";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { scenarioChart, SCENARIO_NAME_LIMIT } from "../../src/render/scenarioChart.ts";
import { fixtureCalibration, fixtureForecast, fixtureScenario } from "./fixtures.ts";
import { deltaE, svgSize } from "./helpers.ts";

type Json = Record<string, unknown>;

let assembly: Assembly;
let charts: Record<string, TopLevelSpec>;
beforeAll(() => {
  assembly = loadAssembly();
  charts = { ...docCharts(assembly, { calibration: false }), ...sheetOnlyCharts(assembly), calibration: calibrationChart(fixtureCalibration()) };
}, 120_000);

/** Every color scale of a spec: its domain and range. */
function colorScales(spec: unknown): { domain: unknown[]; range: string[] }[] {
  const out: { domain: unknown[]; range: string[] }[] = [];
  const walk = (x: unknown, key = ""): void => {
    if (Array.isArray(x)) x.forEach((v) => walk(v));
    else if (x !== null && typeof x === "object") {
      const o = x as Json;
      const scale = o.scale as Json | undefined;
      if (key === "color" && scale && Array.isArray(scale.range)) out.push({ domain: (scale.domain as unknown[]) ?? [], range: scale.range as string[] });
      for (const [k, v] of Object.entries(o)) if (k !== "data") walk(v, k);
    }
  };
  walk(spec);
  return out;
}

const OUTCOME_COLORS = new Set(palette.outcomes.flatMap((o) => [palette.outcome[o], mapColor(o, 0), mapColor(o, 1), mapColor(o, 2)]).map((c) => c.toUpperCase()));
/** An outcome's legend label: "Yes", or on the map "Yes, 90% or more". */
const isOutcomeLabel = (d: unknown): boolean => typeof d === "string" && palette.outcomes.some((o) => d === palette.outcomeLabel[o] || d.startsWith(`${palette.outcomeLabel[o]}, `));

describe("the example charts", () => {
  it("are all there (every chart kind)", () => {
    expect(Object.keys(charts).sort()).toEqual([
      "agreement", "blinken-2022-response", "blinken-2022-scenario", "blocs-2022", "calibration", "es-11-4-map", "es-11-4-outcome", "es-11-4-states", "positions-p5", "positions-since-1946", "sc-2022-720",
    ]);
  });

  it(`fit a ${MAX_CHART_WIDTH} px notebook output area and cut no label short`, async () => {
    for (const [name, spec] of Object.entries(charts)) {
      const svg = await renderSvg(spec, { textAsPaths: false });
      expect(svgSize(svg).width, name).toBeLessThanOrEqual(MAX_CHART_WIDTH);
      expect(svg.includes("…"), `${name} has a label cut with "…"`).toBe(false); // Vega's ellipsis when a label exceeds its limit
    }
  }, 120_000);

  it("use the outcome colors for outcomes only", () => {
    for (const [name, spec] of Object.entries(charts)) {
      for (const s of colorScales(spec)) {
        const outcomeColors = s.range.filter((c) => OUTCOME_COLORS.has(String(c).toUpperCase()));
        if (outcomeColors.length > 0) expect(s.domain.every(isOutcomeLabel), `${name}: ${JSON.stringify(s.domain)} in outcome colors`).toBe(true);
      }
    }
  });
});

describe("the palette", () => {
  it("keeps the colors of states, pairs and methods well away from the outcome colors (CIE76 distance 20 or more)", () => {
    const others = [...palette.categorical, ...palette.series, ...assemblyCodes().map(stateColor)];
    for (const c of others) for (const o of palette.outcomes) expect(deltaE(c, palette.outcome[o]), `${c} vs ${o}`).toBeGreaterThanOrEqual(20);
  });

  it("gives compared methods colors far apart (CIE76 distance 30 or more; plenary and B1 were two blues 26 apart)", () => {
    const s = palette.series;
    for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) expect(deltaE(s[i]!, s[j]!), `${s[i]} vs ${s[j]}`).toBeGreaterThanOrEqual(30);
  });
});

function assemblyCodes(): string[] {
  return assembly.states.map((s) => s.iso3);
}

describe("positionsChart with the record", () => {
  /** The settled line's rows (the spec's top-level data). */
  const lineRows = (spec: TopLevelSpec) => ((spec as unknown as Json).data as { values: Json[] }).values;

  it("breaks South Africa's line where it cast no vote (1974-93) and China's where its seat changed hands (1971)", () => {
    const model = loadModel("models/default.json", { fingerprint: assembly.fingerprint });
    const spec = positionsChart(model, { states: ["ZAF", "CHN", "USA"], assembly });
    const line = lineRows(spec);
    const zaf = line.filter((r) => r.state === "ZAF");
    // oracle: the record has no yes, no or abstain from ZAF in sessions 30-47 (checked with votedPeriods)
    expect(zaf.some((r) => (r.session as number) >= 30 && (r.session as number) <= 47)).toBe(false);
    const zafSegments = new Set(zaf.map((r) => r.segment));
    expect(zafSegments.size).toBe(2);
    expect(new Set(zaf.filter((r) => (r.session as number) <= 29).map((r) => r.segment)).size).toBe(1);
    const chn = line.filter((r) => r.state === "CHN");
    expect(new Set(chn.filter((r) => (r.session as number) <= 25).map((r) => r.segment))).toEqual(new Set(["CHN#0"]));
    expect(new Set(chn.filter((r) => (r.session as number) >= 26).map((r) => r.segment))).toEqual(new Set(["CHN#1"]));
    expect(new Set(line.filter((r) => r.state === "USA").map((r) => r.segment))).toEqual(new Set(["USA#0"]));
    const subtitle = JSON.stringify(((spec as unknown as Json).title as Json).subtitle);
    expect(subtitle).toContain("ZAF 1975-1992"); // no names given: the chart names states by code
    expect(subtitle).toContain("Break in 1971");
  });

  it("draws the last session, still under way, apart with its 95% range", () => {
    const model = loadModel("models/default.json", { fingerprint: assembly.fingerprint });
    const spec = positionsChart(model, { states: ["USA", "RUS"], assembly });
    const layers = (spec as unknown as Json).layer as Json[];
    const last = Math.max(...model.states.flatMap((t) => t.periods));
    // the settled line stops before the last session
    expect(Math.max(...lineRows(spec).map((r) => r.session as number))).toBe(last - 1);
    // a rule from lo to hi for each state at the last session: its uncertainty, drawn
    const bars = layers.find((l) => (l.mark as Json).type === "rule" && (l.encoding as Json).y2)!;
    const rows = (bars.data as { values: Json[] }).values;
    expect(rows.map((r) => r.state).sort()).toEqual(["RUS", "USA"]);
    for (const r of rows) {
      expect(Math.round(r.session as number)).toBe(last);
      expect((r.hi as number) - (r.lo as number)).toBeCloseTo(2 * 1.96 * (r.sd as number), 2);
    }
    // the last session's sd is wide (few votes): the reason it is drawn apart
    const usa = model.states.find((t) => t.iso3 === "USA")!;
    expect(usa.sd.at(-1)![0]!).toBeGreaterThan(2 * usa.sd.at(-2)![0]!);
    expect(JSON.stringify((spec as unknown as Json).title)).toContain("session under way");
  });
});

describe("scenarioChart", () => {
  it("wraps a long scenario title into the subtitle and keeps the chart narrow", async () => {
    const title = "The United States Secretary of State's virtual meeting with diplomats from more than one hundred countries before the vote on the attempted annexation of four regions of Ukraine";
    const spec = scenarioChart(fixtureForecast(), fixtureScenario(), { scenarioName: "With lobbying", scenarioTitle: title });
    const svg = await renderSvg(spec, { textAsPaths: false });
    expect(svgSize(svg).width).toBeLessThanOrEqual(MAX_CHART_WIDTH);
    expect(svg.includes("…")).toBe(false);
    expect(((spec as unknown as Json).title as { subtitle: string[] }).subtitle.length).toBeGreaterThanOrEqual(5);
  });

  it("refuses a legend name too long to show whole", () => {
    const long = "Blinken's outreach before the vote on the annexations (A/RES/ES-11/4), as a virtual meeting with diplomats from more than one hundred countries";
    expect(() => scenarioChart(fixtureForecast(), fixtureScenario(), { scenarioName: long })).toThrow(
      `invalid options.scenarioName; too long for the legend (put a long title in options.scenarioTitle), got ${JSON.stringify(long)}`,
    );
    expect(SCENARIO_NAME_LIMIT).toBeGreaterThan(200);
  });

  it("stacks two long legend entries rather than widening the chart", async () => {
    const name = `With "the US campaign for no votes among the most persuadable thirty states"`;
    const spec = scenarioChart(fixtureForecast(), fixtureScenario(), { scenarioName: name });
    const svg = await renderSvg(spec, { textAsPaths: false });
    expect(svgSize(svg).width).toBeLessThanOrEqual(720);
    expect(svg.includes("…")).toBe(false);
    expect(JSON.stringify(spec)).toContain('"direction":"vertical"');
  });

  it("draws one filled area (the baseline's, opaque): an overlap makes no third color", () => {
    const layers = (scenarioChart(fixtureForecast(), fixtureScenario()) as unknown as { layer: Json[] }).layer;
    const areas = layers.filter((l) => (l.mark as Json).type === "area");
    expect(areas).toHaveLength(1);
    expect((areas[0]!.mark as Json).opacity ?? 1).toBe(1);
    expect((areas[0]!.mark as Json).color).toBe(palette.baselineFill);
  });
});
