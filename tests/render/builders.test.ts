/**
 * Every chart builder, on the fixtures: the spec validates against the
 * official Vega-Lite schema, compiles without warnings, matches its golden
 * file (UPDATE_GOLDEN=1 rewrites; see helpers.ts), leaves its inputs
 * untouched, and carries the data it claims to.
 */
import { describe, expect, it } from "vitest";
import type { TopLevelSpec } from "vega-lite";
import { calibrationChart } from "../../src/render/calibrationChart.ts";
import { countryChart } from "../../src/render/countryChart.ts";
import { mapChart, mapColor } from "../../src/render/mapChart.ts";
import { outcomeChart } from "../../src/render/outcomeChart.ts";
import { palette } from "../../src/render/palette.ts";
import { positionsChart } from "../../src/render/positionsChart.ts";
import { responseChart } from "../../src/render/responseChart.ts";
import { scenarioChart } from "../../src/render/scenarioChart.ts";
import { worldTopology } from "../../src/render/worldTopology.ts";
import {
  fixtureCalibration,
  fixtureForecast,
  fixtureResponse,
  fixtureScenario,
  fixtureTrajectories,
  memberStates,
} from "./fixtures.ts";
import { compileWarnings, deepFreeze, deltaE, expectGolden, schemaErrors } from "./helpers.ts";

type Json = Record<string, unknown>;

const names = (): Record<string, string> => Object.fromEntries(memberStates().map((s) => [s.iso3, s.name]));

/** Each builder with a function making fresh inputs. */
const cases: { name: string; inputs: () => unknown[]; build: (...args: never[]) => TopLevelSpec }[] = [
  { name: "outcomeChart", inputs: () => [fixtureForecast()], build: outcomeChart },
  { name: "countryChart", inputs: () => [fixtureForecast()], build: countryChart },
  { name: "mapChart", inputs: () => [fixtureForecast(), memberStates()], build: mapChart },
  { name: "scenarioChart", inputs: () => [fixtureForecast(), fixtureScenario()], build: scenarioChart },
  { name: "responseChart", inputs: () => [fixtureResponse(), { threshold: 97 }], build: responseChart },
  { name: "positionsChart", inputs: () => [fixtureTrajectories(), { names: names() }], build: positionsChart },
  { name: "calibrationChart", inputs: () => [fixtureCalibration()], build: calibrationChart },
];

const buildCase = (c: (typeof cases)[number], args = c.inputs()): TopLevelSpec => (c.build as (...a: unknown[]) => TopLevelSpec)(...args);

/** The map's inlined topology is 120 KB of arcs; the golden file keeps a placeholder (its content is checked below). */
function forGolden(name: string, spec: TopLevelSpec): unknown {
  if (name !== "mapChart") return spec;
  const copy = structuredClone(spec) as unknown as Json;
  (((copy.vconcat as Json[])[0] as Json).data as Json).values = "<world-110m topology from vega-datasets>";
  return copy;
}

/** All inline data rows in a spec, from every `data.values` array. */
function inlineRows(spec: unknown): Json[] {
  const out: Json[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === "object") {
      const o = x as Json;
      if (o.data && Array.isArray((o.data as Json).values)) out.push(...((o.data as Json).values as Json[]));
      for (const [k, v] of Object.entries(o)) if (k !== "data") walk(v);
    }
  };
  walk(spec);
  return out;
}

describe.each(cases)("$name", (c) => {
  const spec = buildCase(c);

  it("validates against the Vega-Lite JSON schema", () => {
    expect(schemaErrors(spec)).toBe("");
  });

  it("compiles with vega-lite without warnings", () => {
    expect(compileWarnings(spec)).toEqual([]);
  });

  it("matches its golden file", () => {
    expectGolden(c.name, forGolden(c.name, spec));
  });

  it("does not modify its inputs", () => {
    const args = c.inputs();
    const before = structuredClone(args);
    deepFreeze(args); // writes to frozen objects throw in strict mode
    const again = buildCase(c, args);
    expect(args).toEqual(before);
    expect(again).toEqual(spec); // and is deterministic
  });

  it("has a title, subtitle and the shared config", () => {
    const title = (spec as unknown as Json).title as Json;
    expect(typeof title.text).toBe("string");
    expect(title.subtitle).toBeTruthy();
    expect((spec as unknown as Json).config).toBeTruthy();
  });
});

describe("outcomeChart", () => {
  it("shows expected counts, both intervals and the actual result, and no fixed count needed to adopt", () => {
    const f = fixtureForecast();
    const spec = outcomeChart(f);
    const rows = inlineRows(spec);
    const yes = rows.find((r) => r.outcome === "Yes" && "lo80" in r)!;
    expect([yes.lo80, yes.hi80, yes.lo95, yes.hi95]).toEqual([...f.interval80.yes, ...f.interval95.yes]);
    expect(yes.expected).toBeCloseTo(f.expected.yes, 1);
    expect(yes.actual).toBe(143);
    // the count needed moves with turnout from draw to draw: the rule is stated as a share, with the chance of adoption
    expect(rows.some((r) => "threshold" in r)).toBe(false);
    expect(JSON.stringify(spec)).not.toMatch(/needed to adopt/);
    expect(JSON.stringify((spec as unknown as Json).title)).toContain("needs two-thirds of those voting yes or no, in each draw · chance of adoption >99%");
  });

  it("puts each label right of the bar and of the actual-result marker, whichever ends later", () => {
    const f = fixtureForecast();
    const rows = inlineRows(outcomeChart({ ...f, actual: { ...f.actual!, yes: f.interval95.yes[1] + 5 } }));
    const yes = rows.find((r) => r.outcome === "Yes" && "lo80" in r)!;
    expect(yes.labelAt).toBe(f.interval95.yes[1] + 5);
    const no = rows.find((r) => r.outcome === "No" && "lo80" in r)!;
    expect(no.labelAt).toBe(Math.max(f.interval95.no[1], f.actual!.no));
  });

  it("leaves out the actual-result layer when there is no actual result", () => {
    const { actual: _, ...f } = fixtureForecast();
    const json = JSON.stringify(outcomeChart(f));
    expect(json).not.toContain('"actual"');
    expect(json).not.toContain("triangle");
    expect(schemaErrors(outcomeChart(f))).toBe("");
  });

  it("colors outcomes with the shared palette", () => {
    const json = JSON.stringify(outcomeChart(fixtureForecast()));
    for (const o of palette.outcomes) expect(json).toContain(palette.outcome[o]);
  });

  it("names the field and echoes the value on bad input", () => {
    const f = { ...fixtureForecast(), yesDistribution: [0.5, 0.5] };
    expect(() => outcomeChart(f)).toThrow("invalid forecast.yesDistribution; expected an array of length members + 1 = 194, got length 2");
    const g = { ...fixtureForecast(), pAdopted: Number.NaN };
    expect(() => outcomeChart(g)).toThrow("invalid forecast.pAdopted; expected a probability in [0, 1], got null");
  });
});

describe("countryChart", () => {
  it("draws every state once, in one panel per regional group", () => {
    const spec = countryChart(fixtureForecast());
    const rows = inlineRows(spec);
    expect(rows).toHaveLength(193);
    expect(new Set(rows.map((r) => r.iso3)).size).toBe(193);
    const titles = JSON.stringify(spec).match(/"text":"[^"]+ \(\d+\)"/g);
    expect(titles).toEqual(
      expect.arrayContaining(['"text":"African (54)"', '"text":"Asia-Pacific (54)"', '"text":"Eastern European (23)"', '"text":"Latin American and Caribbean (33)"', '"text":"Western European and Others (29)"']),
    );
    expect(((spec as unknown as Json).hconcat as unknown[]).length).toBeLessThanOrEqual(4);
  });

  it("sorts states within a group by their chance of voting yes", () => {
    const rows = inlineRows(countryChart(fixtureForecast()));
    const african = fixtureForecast().countries.filter((c) => c.group === "African");
    const best = african.reduce((a, b) => (b.pYes > a.pYes ? b : a));
    expect(rows.find((r) => r.iso3 === best.iso3)!.rank).toBe(0);
  });

  it("rejects a bad column count", () => {
    expect(() => countryChart(fixtureForecast(), { columns: 0 })).toThrow("invalid options.columns; expected an integer in [1, 10], got 0");
  });
});

describe("mapChart", () => {
  const states = memberStates();
  const spec = mapChart(fixtureForecast(), states);

  it("inlines the world-110m topology and joins on M49", () => {
    const data = ((spec as unknown as Json).vconcat as Json[])[0]!.data as Json;
    expect(data.values).toEqual(worldTopology());
    expect(data.format).toEqual({ type: "topojson", feature: "countries" });
    expect(JSON.stringify(spec)).toContain('"lookup":"id"');
  });

  it("colors each state by its most likely vote, lighter when less sure, and non-members apart from every outcome", () => {
    const f = fixtureForecast();
    const set = (iso3: string, p: [number, number, number, number]) => {
      const c = f.countries.find((x) => x.iso3 === iso3)!;
      [c.pYes, c.pAbstain, c.pNo, c.pAbsent] = p;
    };
    set("RUS", [0, 0, 1, 0]); // certain no
    set("CHN", [0.05, 0.8, 0.05, 0.1]); // likely abstain
    set("IND", [0.3, 0.45, 0.05, 0.2]); // leaning abstain
    const m = mapChart(f, states);
    const rows = inlineRows(m);
    const likely = (iso3: string) => rows.find((r) => r.iso3 === iso3)!.likely;
    expect([likely("RUS"), likely("CHN"), likely("IND")]).toEqual(["No, 90% or more", "Abstain, 70-89%", "Abstain, under 70%"]);
    const json = JSON.stringify(m);
    const scale = JSON.parse(json.slice(json.indexOf('"scale":{"domain":["Yes, 90% or more"') + 8).replace(/\}.*$/, "}")) as { domain: string[]; range: string[] };
    const colorOf = (key: string) => scale.range[scale.domain.indexOf(key)];
    // oracle: the outcome colors of palette.ts, mixed with white by hand (0%, 30%, 55%)
    expect(colorOf("No, 90% or more")).toBe(palette.outcome.no.toUpperCase());
    expect(colorOf("Abstain, 70-89%")).toBe("#EEBC4D"); // E6 9F 00 + 30% of the way to white: 230+25*.3, 159+96*.3, 255*.3
    expect(colorOf("Abstain, under 70%")).toBe("#F4D48C"); // E6 9F 00 + 55% of the way to white
    expect(new Set(scale.range).size).toBe(scale.range.length);
    expect(scale.range).not.toContain("#FFFFFF"); // white is kept for places without a forecast
    expect(json).toContain('"fill":"#FFFFFF","stroke":"#A8A8A8"');
    // every legend color stands apart from every other and from white (CIE76 distance of at least 12; the old
    // tints had pale abstain and pale no 13 apart and the palest absent 12 from white)
    const all = palette.outcomes.flatMap((o) => [0, 1, 2].map((k) => mapColor(o, k)));
    for (const a of [...all, "#FFFFFF"]) for (const b of all) if (a !== b) expect(deltaE(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(12);
    // and a grey border is drawn over all shapes (Morocco and Western Sahara show theirs)
    expect(json).toMatch(/"mark":\{"type":"geoshape","filled":false,"stroke":"#8F8F8F"/);
  });

  it("lists states missing from the map as tiles under it, west to east, each once and labelled", () => {
    const ids = new Set(worldTopology().objects.countries.geometries.map((g) => Number(g.id)));
    const missing = states.filter((s) => !ids.has(s.m49!)).map((s) => s.iso3).sort();
    // the 1:110m map lacks 28 member states, small islands and microstates (checked by hand against the list)
    expect(missing).toHaveLength(28);
    expect(missing).toEqual(expect.arrayContaining(["MLT", "SGP", "LIE", "MCO", "TUV", "NRU", "BHR"]));
    const tiles = inlineRows(spec).filter((r) => "col" in r && "likely" in r);
    expect(tiles.map((d) => d.iso3).sort()).toEqual(missing);
    const malta = tiles.find((d) => d.iso3 === "MLT")!;
    expect([malta.lat, malta.lon]).toEqual([35.83, 14.58]); // world-countries latlng for Malta: [35.83333333, 14.58333333]
    // one tile per place, in reading order west to east: no two share a cell, and longitude never goes back
    const cells = tiles.map((t) => `${t.row},${t.col}`);
    expect(new Set(cells).size).toBe(tiles.length);
    const reading = [...tiles].sort((a, b) => (a.row as number) - (b.row as number) || (a.col as number) - (b.col as number));
    for (let i = 1; i < reading.length; i++) expect(reading[i]!.lon as number).toBeGreaterThanOrEqual(reading[i - 1]!.lon as number);
    // no circle or label on the map itself (they stacked in the Caribbean)
    expect(JSON.stringify(((spec as unknown as Json).vconcat as Json[])[0])).not.toMatch(/"circle"|"text"/);
  });

  it("notes states it cannot place", () => {
    const withoutChad = states.filter((s) => s.iso3 !== "TCD");
    const subtitle = JSON.stringify(((mapChart(fixtureForecast(), withoutChad) as unknown as Json).title as Json).subtitle);
    expect(subtitle).toContain("not shown: 1 state without map id or coordinates");
  });
});

describe("scenarioChart", () => {
  it("marks each mean, names both series with their means in the legend, and draws no count needed", () => {
    const base = fixtureForecast();
    const scen = fixtureScenario();
    const spec = scenarioChart(base, scen, { scenarioName: "With the US outreach" });
    const rows = inlineRows(spec);
    const mean = (d: number[]) => d.reduce((s, p, k) => s + p * k, 0);
    const b = rows.find((r) => String(r.series).startsWith("Baseline · mean") && "mean" in r)!;
    const sc = rows.find((r) => String(r.series).startsWith("With the US outreach · mean") && "mean" in r)!;
    // one number everywhere: the expected count the tables and the CLI show (forecast.expected.yes), near the distribution's mean
    expect(b.mean).toBe(Number(base.expected.yes.toFixed(1)));
    expect(sc.mean).toBe(Number(scen.expected.yes.toFixed(1)));
    expect(Math.abs((sc.mean as number) - mean(scen.yesDistribution))).toBeLessThan(0.5);
    expect(sc.series).toBe(`With the US outreach · mean ${(sc.mean as number).toFixed(1)} yes`);
    expect(rows.some((r) => "threshold" in r)).toBe(false);
    expect(JSON.stringify(spec)).not.toMatch(/needed/);
  });

  it("keeps the plotted probability mass (at least 99.5% of each distribution) and plots no empty stretch", () => {
    const f = fixtureForecast();
    const rows = inlineRows(scenarioChart(f, fixtureScenario()));
    for (const s of ["Baseline", "Scenario"]) {
      const mass = rows.filter((r) => String(r.series).startsWith(s) && "p" in r).reduce((a, r) => a + (r.p as number), 0);
      expect(mass).toBeGreaterThan(0.995);
    }
    // the x range ends 2 counts past the last count with visible probability (>= 0.2% cumulative tail) on each side
    const ks = rows.filter((r) => "p" in r).map((r) => r.yes as number);
    const visible = rows.filter((r) => "p" in r && (r.p as number) >= 0.001).map((r) => r.yes as number);
    expect(Math.min(...visible) - Math.min(...ks)).toBeLessThanOrEqual(8);
    expect(Math.max(...ks) - Math.max(...visible)).toBeLessThanOrEqual(8);
  });

  it("rejects a scenario name equal to the baseline's", () => {
    expect(() => scenarioChart(fixtureForecast(), fixtureScenario(), { scenarioName: "Baseline" })).toThrow(
      'invalid options.scenarioName; must differ from the baseline\'s name, got "Baseline"',
    );
  });

  it("names the argument in errors", () => {
    expect(() => scenarioChart(fixtureForecast(), { ...fixtureScenario(), members: 0 })).toThrow("invalid scenario.members; expected a positive integer, got 0");
  });
});

describe("responseChart", () => {
  it("sorts points by strength without touching the caller's order", () => {
    const points = fixtureResponse().reverse();
    const rows = inlineRows(responseChart(points)).filter((r) => "strength" in r);
    const strengths = rows.map((r) => r.strength as number);
    expect(strengths.slice(0, 17)).toEqual([...strengths.slice(0, 17)].sort((a, b) => a - b));
    expect(points[0]!.strength).toBe(2);
  });

  it("rejects a probability out of range", () => {
    expect(() => responseChart([{ strength: 0, expectedYes: 90, pAdopted: 1.5 }])).toThrow("invalid points[0].pAdopted; expected a probability in [0, 1], got 1.5");
  });

  it("marks the actual result and the implied strength, and draws no fixed count needed", () => {
    const spec = responseChart(fixtureResponse(), { actualYes: 143, impliedStrength: 1.25, threshold: 97 });
    const json = JSON.stringify(spec);
    expect(json).toContain("actual result: 143 yes");
    expect(json).toContain("implied strength 1.25");
    expect(json).not.toMatch(/needed/);
    expect(() => responseChart(fixtureResponse(), { actualYes: -1 })).toThrow("invalid options.actualYes; expected a count in [0, 1000], got -1");
    expect(() => responseChart(fixtureResponse(), { impliedStrength: Number.NaN })).toThrow("invalid options.impliedStrength; expected a finite number, got null");
  });

  it("leaves out the chance-of-adoption panel when the chance stays above 99% (or below 1%) and says so", () => {
    const flat = responseChart(fixtureResponse().map((p) => ({ ...p, pAdopted: 0.996 + p.strength / 1000 })));
    expect((flat as unknown as { vconcat: unknown[] }).vconcat).toHaveLength(1);
    expect(JSON.stringify((flat as unknown as Json).title)).toContain("chance of adoption >99% at every strength");
    const moving = responseChart(fixtureResponse());
    expect((moving as unknown as { vconcat: unknown[] }).vconcat).toHaveLength(2);
  });
});

describe("positionsChart", () => {
  it("accepts a fitted model's states and draws ±1.96 sd bands", () => {
    const t = fixtureTrajectories();
    const rows = inlineRows(positionsChart({ states: t }, { states: ["USA"] }));
    const first = rows[0]!;
    expect(first.lo).toBeCloseTo(t[0]!.mean[0]![0]! - 1.96 * t[0]!.sd[0]![0]!, 3);
    expect(first.hi).toBeCloseTo(t[0]!.mean[0]![0]! + 1.96 * t[0]!.sd[0]![0]!, 3);
  });

  it("keeps end labels at least one line apart", () => {
    const spec = positionsChart(fixtureTrajectories());
    const labels = inlineRows(spec).filter((r) => "labelY" in r).map((r) => r.labelY as number).sort((a, b) => a - b);
    const domain = ((((spec as unknown as Json).layer as Json[])[1]!.encoding as Json).y as { scale: { domain: number[] } }).scale.domain;
    const perPixel = (domain[1]! - domain[0]!) / 320;
    for (let i = 1; i < labels.length; i++) expect(labels[i]! - labels[i - 1]!).toBeGreaterThanOrEqual(13 * perPixel - 0.002);
  });

  it("names unknown states and too many states", () => {
    expect(() => positionsChart(fixtureTrajectories(), { states: ["XXX"] })).toThrow('invalid options.states; no trajectory for "XXX"');
    const many = Array.from({ length: 11 }, (_, i) => ({ iso3: `S${i}`, periods: [1], mean: [[0]], sd: [[0.1]] }));
    expect(() => positionsChart(many)).toThrow("invalid options.states; at most 10 states fit on one chart, got 11");
  });
});

describe("calibrationChart", () => {
  it("draws one panel per outcome and drops empty bins", () => {
    const bins = [...fixtureCalibration(), { outcome: "no" as const, predicted: 0.5, observed: 0, n: 0 }];
    const spec = calibrationChart(bins);
    expect(((spec as unknown as Json).hconcat as unknown[]).length).toBe(3);
    expect(inlineRows(spec).filter((r) => "n" in r)).toHaveLength(60);
  });

  it("rejects an unknown outcome", () => {
    expect(() => calibrationChart([{ outcome: "absent" as "no", predicted: 0.1, observed: 0.1, n: 3 }])).toThrow(
      'invalid bins[0].outcome; expected "yes", "abstain" or "no", got "absent"',
    );
  });
});
