import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import type { Assembly } from "../../src/data/types.ts";
import { forecastResolution } from "../../src/forecast/forecastResolution.ts";
import { modelForAsOf } from "../../src/model/modelForAsOf.ts";
import { fitIdealPoints } from "../../src/model/idealPoints/fitIdealPoints.ts";
import type { FittedModel } from "../../src/model/types.ts";
import type { ForecastSpec } from "../../src/forecast/types.ts";

const spec = (name: string): ForecastSpec => JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), "utf8"));

let a: Assembly;
beforeAll(() => {
  a = loadAssembly();
});

describe("seed cases (official results: ES-11/4 143-5-35, ES-11/2 140-5-38)", () => {
  it("es-11-4.json: P(adopted) > 0.99 under two-thirds; totals add up to the membership; the actual 143 is inside the 80% interval", () => {
    const f = forecastResolution(spec("es-11-4"), { assembly: a });
    expect(f.pAdopted).toBeGreaterThan(0.99);
    expect(f.members).toBe(193);
    const sum = f.expected.yes + f.expected.no + f.expected.abstain + f.expected.absent;
    expect(sum).toBeCloseTo(193, 6); // totals add up to the membership
    expect(f.interval80.yes[0]).toBeLessThanOrEqual(143);
    expect(f.interval80.yes[1]).toBeGreaterThanOrEqual(143);
  });
  it("es-11-4.json: yes within 6 of 143", () => {
    // oracle: the official record (143 yes); tolerance 6, as issue 4 asks (observed 138.3)
    const f = forecastResolution(spec("es-11-4"), { assembly: a });
    expect(Math.abs(f.expected.yes - 143)).toBeLessThanOrEqual(6);
  });
  it("es-11-2.json: yes within 6 of 140", () => {
    const f = forecastResolution(spec("es-11-2"), { assembly: a });
    expect(Math.abs(f.expected.yes - 140)).toBeLessThanOrEqual(6);
  });
  it("es-11-2.json: the actual 140 lies inside the 80% interval, and adoption is certain", () => {
    const f = forecastResolution(spec("es-11-2"), { assembly: a });
    expect(f.interval80.yes[0]).toBeLessThanOrEqual(140);
    expect(f.interval80.yes[1]).toBeGreaterThanOrEqual(140);
    expect(f.pAdopted).toBeGreaterThan(0.99);
  });
});

describe("issue 11 seed cases without `like` (official: ES-11/4 143 yes, ES-11/2 140 yes)", () => {
  it("es-11-4-auto.json: finds ES-11/1 and ES-11/2 itself, and is within 8 of 143 yes", () => {
    // oracle: the official record (143 yes); tolerance 8, as issue 11 asks
    const f = forecastResolution(spec("es-11-4-auto"), { assembly: a });
    expect(f.resembling.map((r) => r.symbol)).toEqual(expect.arrayContaining(["A/RES/ES-11/1", "A/RES/ES-11/2"]));
    expect(f.kind).toBe("emergency");
    expect(Math.abs(f.expected.yes - 143)).toBeLessThanOrEqual(8);
  });
  it("es-11-2-auto.json: finds ES-11/1 itself, and is within 8 of 140 yes", () => {
    const f = forecastResolution(spec("es-11-2-auto"), { assembly: a });
    expect(f.resembling[0].symbol).toBe("A/RES/ES-11/1");
    expect(Math.abs(f.expected.yes - 140)).toBeLessThanOrEqual(8);
  });
  it("es-11-2-surprise.json: the United States voting with Russia is a surprise, not an error", () => {
    const f = forecastResolution(spec("es-11-2-surprise"), { assembly: a });
    expect(f.countries.find((c) => c.iso3 === "USA")!.pNo).toBe(1);
    const usa = f.surprises.find((x) => x.iso3 === "USA");
    expect(usa?.vote).toBe("N");
    expect(usa!.priorProbability).toBeLessThan(0.1);
    expect(f.surprises.find((x) => x.iso3 === "RUS")).toBeUndefined(); // Russia voting no is expected
  });
  it("disagreeing resembling votes stay apart: with ES-11/3 (93 yes) beside ES-11/1-2 (~140), the intervals cover both splits", () => {
    const f = forecastResolution({ ...spec("es-11-4"), like: ["A/RES/ES-11/1", "A/RES/ES-11/2", "A/RES/ES-11/3"], draws: 4000 }, { assembly: a });
    const labels = f.components.map((c) => c.label);
    expect(labels.some((l) => l.includes("ES-11/3"))).toBe(true);
    expect(labels.some((l) => l.includes("ES-11/1"))).toBe(true);
    const byLabel = (s: string) => f.components.find((c) => c.label.includes(s))!;
    expect(byLabel("ES-11/3").expectedYes).toBeLessThan(110);
    expect(byLabel("ES-11/1").expectedYes).toBeGreaterThan(125);
    // the 80% interval spans both modes, and the yes distribution has mass near each
    expect(f.interval80.yes[0]).toBeLessThanOrEqual(100);
    expect(f.interval80.yes[1]).toBeGreaterThanOrEqual(138);
    const mass = (lo: number, hi: number) => f.yesDistribution.slice(lo, hi + 1).reduce((t, p) => t + p, 0);
    expect(mass(80, 108)).toBeGreaterThan(0.15);
    expect(mass(128, 160)).toBeGreaterThan(0.4);
    expect(mass(112, 122)).toBeLessThan(mass(80, 108));
  });
});

describe("forecast engine contracts", () => {
  const base: ForecastSpec = { title: "t", asOf: "2022-10-11", like: ["A/RES/ES-11/1"], draws: 500, seed: 7 };
  let model: FittedModel;
  beforeAll(() => {
    model = modelForAsOf(a, "2022-10-11");
  });

  it("widens the counts only when positions are known (knownWiden): same probabilities, wider intervals, K = 0 unchanged", () => {
    // nothing known: knownWiden has no effect at all
    expect(forecastResolution(base, { assembly: a, model, knownWiden: 0.8 })).toEqual(forecastResolution(base, { assembly: a, model, knownWiden: 0 }));
    // 30 known positions on a contested text: every state's probabilities and the expected counts are those without widening;
    // the unknown states' yes count is drawn 1 + 0.8 x sqrt(30 / 50) x min(1, q / 0.05) times as wide about its mean,
    // q the expected no share of yes + no (about 0.06 here: the full 1.62)
    const known: Record<string, "Y" | "N" | "A"> = {};
    for (const w of ["USA", "GBR", "FRA", "DEU", "UKR", "POL", "CAN", "JPN", "AUS", "ITA", "ESP", "NLD", "SWE", "NOR", "LTU"]) known[w] = "Y";
    for (const w of ["RUS", "BLR", "PRK", "SYR", "ERI", "NIC", "MLI"]) known[w] = "N";
    for (const w of ["CHN", "IND", "ZAF", "PAK", "IRN", "CUB", "VNM", "DZA"]) known[w] = "A";
    const spec = { ...base, known, draws: 2000 };
    const f0 = forecastResolution(spec, { assembly: a, model, knownWiden: 0 });
    const f1 = forecastResolution(spec, { assembly: a, model, knownWiden: 0.8, knownWidenContest: 0.05 });
    expect(f1.countries).toEqual(f0.countries);
    expect(f1.expected).toEqual(f0.expected);
    expect(f1.components).toEqual(f0.components); // each component's expected yes from the draws before widening
    expect(f0.expected.no / (f0.expected.yes + f0.expected.no)).toBeGreaterThan(0.05);
    const factor = 1 + 0.8 * Math.sqrt(30 / 50) * Math.min(1, f0.expected.no / (f0.expected.yes + f0.expected.no) / 0.05);
    expect(factor).toBeCloseTo(1 + 0.8 * Math.sqrt(0.6), 12);
    const moments = (d: number[]) => {
      const m = d.reduce((t, p, k) => t + p * k, 0);
      return { m, sd: Math.sqrt(d.reduce((t, p, k) => t + p * (k - m) ** 2, 0)) };
    };
    const w0 = moments(f0.yesDistribution);
    const w1 = moments(f1.yesDistribution);
    expect(Math.abs(w1.m - w0.m)).toBeLessThan(0.2); // the mean kept (up to the rounding's draws)
    expect(w1.sd / w0.sd).toBeGreaterThan(factor - 0.1); // oracle: the sd scales by the factor (clamping only trims it)
    expect(w1.sd / w0.sd).toBeLessThan(factor + 0.05);
    const width = (f: typeof f0) => f.interval80.yes[1] - f.interval80.yes[0];
    expect(width(f1) / width(f0)).toBeGreaterThan(factor - 0.25);
    for (const f of [f0, f1]) for (let d = 0; d < f.yesDistribution.length; d++) if (d < 15 || d > 193 - 15) expect(f.yesDistribution[d]).toBe(0); // the known votes stay
  });

  it("is deterministic with a seed, and the seed matters", () => {
    const f1 = forecastResolution(base, { assembly: a, model });
    const f2 = forecastResolution(base, { assembly: a, model });
    const f3 = forecastResolution({ ...base, seed: 8 }, { assembly: a, model });
    expect(f2).toEqual(f1);
    expect(f3.expected.yes).not.toBe(f1.expected.yes);
  });

  it("rejects an unknown like symbol with the closest matches", () => {
    expect(() => forecastResolution({ ...base, like: ["A/RES/ES-11/99"] }, { assembly: a, model })).toThrow(
      /invalid like\[0\]; unknown resolution symbol: "A\/RES\/ES-11\/99"; closest matches: A\/RES\/ES-11\/1/,
    );
  });

  it("rejects a like roll call on or after asOf (leakage)", () => {
    expect(() => forecastResolution({ ...base, like: ["A/RES/ES-11/4"] }, { assembly: a, model })).toThrow(
      "invalid like[0]; A/RES/ES-11/4 was voted on 2022-10-12, not before asOf 2022-10-11",
    );
  });

  it("refuses a model that saw data after asOf, or other data", () => {
    expect(() => forecastResolution({ ...base, asOf: "2022-03-01", like: ["A/RES/68/262"] }, { assembly: a, model })).toThrow(
      /model uses data up to 2022-10-11, after asOf 2022-03-01/,
    );
    expect(() => forecastResolution(base, { assembly: a, model: { ...model, fingerprint: "0000" } })).toThrow(/model fitted on other data; fingerprint "0000"/);
  });

  it("rejects known positions for non-members, and learns from surprising ones instead of refusing them", () => {
    expect(() => forecastResolution({ ...base, known: { SUN: "Y" } }, { assembly: a, model })).toThrow('invalid known.SUN; not a member state as of 2022-10-11: "SUN"');
    // Every Western state voting no and Russia's closest partners yes on an ES-11/1-like text:
    // no resembling vote makes that likely, yet the forecast is made, and it learns from them:
    // the roll call's parameters and the camps move, and the unknown states' no votes rise far above
    // the resembling votes' 5 (oracle: the resembling votes' own totals, 141-5-35 and 140-5-38)
    const reversed: Record<string, "Y" | "N"> = { RUS: "Y", BLR: "Y", PRK: "Y", SYR: "Y", ERI: "Y" };
    for (const w of ["USA", "GBR", "FRA", "DEU", "UKR", "POL", "CAN", "JPN", "AUS", "ITA", "ESP", "NLD", "SWE", "NOR", "LTU", "LVA", "EST"]) reversed[w] = "N";
    const f = forecastResolution({ ...base, known: reversed }, { assembly: a, model });
    expect(f.countries.find((c) => c.iso3 === "USA")!.pNo).toBe(1);
    expect(f.knownEffect!.without.no).toBeLessThan(10);
    // the 171 unknown states cast no no vote on the resembling roll calls (their 5 no are all among the known):
    // learning from the known votes, the forecast gives them several
    expect(f.expected.no - 17).toBeGreaterThan(5); // unknown states' no beyond the 17 known
    expect(f.conditioning!.known).toBe(22);
    // a surprise is a known vote that stays below 1% under the posterior, least likely first
    for (const x of f.surprises) expect(x.posteriorProbability).toBeLessThan(0.01);
    expect(f.surprises.map((x) => x.posteriorProbability)).toEqual([...f.surprises.map((x) => x.posteriorProbability)].sort((p, q) => p - q));
  });

  it("rejects duplicate like entries", () => {
    expect(() => forecastResolution({ ...base, like: ["A/RES/ES-11/1", "A/RES/ES-11/2", "a/res/es-11/1"] }, { assembly: a, model })).toThrow(
      'invalid like[2]; the same roll call as like[0]: "a/res/es-11/1"',
    );
  });

  it("rejects an asOf before the first recorded vote, naming it", () => {
    expect(() => forecastResolution({ ...base, asOf: "1900-01-01" }, { assembly: a })).toThrow(
      'invalid asOf; the record starts on 1946-01-26, so nothing is known before "1900-01-01"',
    );
  });

  it("conditions on known positions rather than copying them, even against a habit", () => {
    // IND and CHN abstained on ES-11/1: a yes breaks their habit, which is not a contradiction.
    // 4000 draws: the effect on others (about +0.01 for ZAF) is below the Monte Carlo noise of 500.
    const many = { ...base, draws: 4000 };
    const free = forecastResolution(many, { assembly: a, model });
    const known = forecastResolution({ ...many, known: { IND: "Y", CHN: "Y" } }, { assembly: a, model });
    const get = (f: typeof free, iso3: string) => f.countries.find((c) => c.iso3 === iso3)!;
    expect(get(known, "IND").pYes).toBe(1);
    // two usual abstainers voting yes says the text is milder: others like them move toward yes too
    expect(get(known, "ZAF").pYes).toBeGreaterThan(get(free, "ZAF").pYes + 0.005);
    const othersYes = (f: typeof free) => f.countries.filter((c) => c.iso3 !== "IND" && c.iso3 !== "CHN").reduce((t, c) => t + c.pYes, 0);
    expect(othersYes(known)).toBeGreaterThan(othersYes(free) + 0.5);
  });
});

describe("the day of the vote", () => {
  it("expects more absentees in a regular session's resumed part (from January on) than in its main part, and echoes voteDate", () => {
    const asOf = "2018-09-20";
    const model = modelForAsOf(a, asOf);
    const base = { title: "Towards torture-free trade", asOf, session: "73", draws: 2000 };
    const main = forecastResolution({ ...base, voteDate: "2018-12-17" }, { assembly: a, model });
    const resumed = forecastResolution({ ...base, voteDate: "2019-06-28" }, { assembly: a, model });
    // the same draws but for absence: the resumed part's vote has more absentees and fewer yes
    expect(resumed.expected.absent).toBeGreaterThan(main.expected.absent + 3);
    expect(resumed.expected.yes).toBeLessThan(main.expected.yes);
    expect([main.voteDate, resumed.voteDate]).toEqual(["2018-12-17", "2019-06-28"]);
    // without voteDate the vote is taken to be on asOf (here the main part)
    const onAsOf = forecastResolution(base, { assembly: a, model });
    expect(onAsOf.voteDate).toBeUndefined();
    expect(onAsOf.expected.absent).toBeCloseTo(main.expected.absent, 9);
  }, 60_000);
});

describe("habit: a state repeating its latest vote on the same text", () => {
  const base: ForecastSpec = { title: "t", asOf: "2022-10-11", like: ["A/RES/ES-11/1", "A/RES/ES-11/2"], draws: 2000, seed: 5 };
  let model: FittedModel;
  beforeAll(() => {
    model = modelForAsOf(a, "2022-10-11");
  });

  it("moves each state toward its latest vote on the resembling roll calls", () => {
    const without = forecastResolution(base, { assembly: a, model, habitWeight: 0 });
    const withHabit = forecastResolution(base, { assembly: a, model, habitWeight: 0.5 });
    const row = a.rollCalls.findIndex((r) => r.symbol === "A/RES/ES-11/2");
    const col = new Map(a.states.map((st, k) => [st.iso3, k]));
    const byIso = new Map(withHabit.countries.map((c) => [c.iso3, c]));
    let checked = 0;
    for (const c of without.countries) {
      const code = a.matrix.codes[row * a.matrix.nStates + (col.get(c.iso3) as number)];
      const h = byIso.get(c.iso3)!;
      const present = (p: typeof c) => p.pYes + p.pAbstain + p.pNo;
      // oracle: the mixture; given presence, at least half of the mass sits on the latest vote
      // (habit weight 0.5 times P(category | habit) = 1 - e^-6 per side), up to Monte Carlo noise 0.03
      const share = code === 1 ? h.pYes : code === 2 ? h.pAbstain : code === 3 ? h.pNo : NaN;
      if (Number.isNaN(share)) continue;
      expect(share / present(h)).toBeGreaterThan(0.5 * (1 - 2 * Math.exp(-6)) - 0.03);
      const before = code === 1 ? c.pYes : code === 2 ? c.pAbstain : c.pNo;
      expect(share / present(h)).toBeGreaterThanOrEqual(before / present(c) - 0.03);
      checked++;
    }
    expect(checked).toBeGreaterThan(170);
  });

  it("has no habit when only an issue area is given (no same text to repeat)", () => {
    const issueOnly: ForecastSpec = { title: "t", asOf: "2022-10-11", issue: "hr", draws: 300, seed: 5 };
    const f0 = forecastResolution(issueOnly, { assembly: a, model, habitWeight: 0 });
    const f1 = forecastResolution(issueOnly, { assembly: a, model, habitWeight: 0.5 });
    expect(f1).toEqual(f0);
  });

  it("validates habitWeight and habitMargin", () => {
    expect(() => forecastResolution(base, { assembly: a, model, habitWeight: 1 })).toThrow("invalid habitWeight; expected a number in [0, 1): 1");
    expect(() => forecastResolution(base, { assembly: a, model, habitMargin: 0 })).toThrow("invalid habitMargin; expected a number in (0, 20]: 0");
  });
});

describe("no leakage: votes on or after asOf cannot change the forecast", () => {
  it("scrambling every vote from asOf on leaves the forecast identical", () => {
    const asOf = "2022-10-11";
    const small: ForecastSpec = { title: "t", asOf, like: ["A/RES/ES-11/1", "A/RES/ES-11/2"], draws: 300, seed: 3 };
    const codes = Uint8Array.from(a.matrix.codes);
    const first = a.rollCalls.findIndex((r) => r.date >= asOf);
    for (let k = first * a.matrix.nStates; k < codes.length; k++) if (codes[k] !== 0) codes[k] = 1 + ((codes[k] + k) % 4);
    const scrambled: Assembly = { ...a, matrix: { ...a.matrix, codes } };
    const m1 = fitIdealPoints(a, { from: "2015-01-01", until: asOf, maxIterations: 60 });
    const m2 = fitIdealPoints(scrambled, { from: "2015-01-01", until: asOf, maxIterations: 60 });
    expect({ ...m2, stats: null }).toEqual({ ...m1, stats: null });
    const f1 = forecastResolution(small, { assembly: a, model: m1 });
    const f2 = forecastResolution(small, { assembly: scrambled, model: m2 });
    expect(f2).toEqual(f1);
  });
});

describe("asOf past the end of the record", () => {
  it("forecasts with a warning up to three years after the last vote, and refuses beyond, naming the dates", () => {
    const a2 = loadAssembly();
    const later: ForecastSpec = { title: "Situation of human rights in Myanmar", asOf: "2026-11-29", draws: 300, seed: 2 };
    const f = forecastResolution(later, { assembly: a2 });
    expect(f.warnings.join(" ")).toMatch(/asOf 2026-11-29 is 396 days after the last recorded vote \(2025-10-29\)/);
    expect(() => forecastResolution({ ...later, asOf: "9999-12-31" }, { assembly: a2 })).toThrow(
      'invalid asOf; the record ends on 2025-10-29, and "9999-12-31" is more than three years later',
    );
  }, 120_000);
});
