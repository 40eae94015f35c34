import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { loadCouncil } from "../../src/council/loadCouncil.ts";
import { forecastCouncil, councilMembersOn } from "../../src/council/forecastCouncil.ts";
import { councilSoftKnown } from "../../src/council/councilSoftKnown.ts";
import { councilBacktest } from "../../src/council/councilBacktest.ts";
import { buildCouncil } from "../../src/council/buildCouncil.ts";
import { councilWinOver } from "../../src/simulate/councilLobbying.ts";
import type { CouncilSpec } from "../../src/council/types.ts";

const assembly = loadAssembly();
const council = loadCouncil();
const spec: CouncilSpec = { body: "SC", title: "S/2022/720", asOf: "2022-09-29", agenda: "Maintenance of peace and security of Ukraine", sponsors: ["USA", "ALB"], draws: 2000 };

describe("forecastCouncil on the record", () => {
  const f = forecastCouncil(spec, { assembly, council });
  it("forecasts the fifteen members of the Council on the date, each member's probabilities summing to one", () => {
    expect(f.countries.map((c) => c.iso3).sort()).toEqual([...councilMembersOn(council, "2022-09-29")].sort());
    expect(f.members).toBe(15);
    for (const c of f.countries) expect(c.pYes + c.pAbstain + c.pNo + c.pAbsent).toBeCloseTo(1, 9);
    expect(Object.keys(f.vetoes).sort()).toEqual(["CHN", "FRA", "GBR", "RUS", "USA"]);
    expect(f.pAdopted).toBeLessThanOrEqual(f.pNineYes + 1e-12);
    expect(f.yesDistribution.length).toBe(16);
    expect(f.resembling[0].symbol).toBe("S/2022/231");
  });
  it("a known veto makes adoption impossible and a known abstention does not", () => {
    expect(forecastCouncil({ ...spec, known: { RUS: "N" } }, { assembly, council }).pAdopted).toBe(0);
    const abst = forecastCouncil({ ...spec, known: { RUS: "A", CHN: "A", FRA: "Y", GBR: "Y", USA: "Y" } }, { assembly, council });
    expect(abst.vetoes.RUS).toBe(0);
    expect(abst.pAdopted).toBeCloseTo(abst.pNineYes, 9);
  });
  it("reads a member's habits from the votes named in like: Russia's no on S/2022/155 raises its P(no) above its yes on S/RES/2202", () => {
    // both on the Ukraine item; Russia vetoed S/2022/155 (25 February 2022) and voted for S/RES/2202 (2015, the Minsk package)
    const vetoLike = forecastCouncil({ ...spec, like: ["S/2022/155"] }, { assembly, council });
    const yesLike = forecastCouncil({ ...spec, like: ["S/RES/2202 (2015)"] }, { assembly, council });
    expect(vetoLike.agendaKey).toBe(yesLike.agendaKey);
    expect(vetoLike.vetoes.RUS).toBeGreaterThan(yesLike.vetoes.RUS + 0.1);
  });
  it("a competing draft at the same meeting raises the opposing camp's P(no), and every permanent member's when the sponsors are unknown", () => {
    const rival = forecastCouncil({ ...spec, rivalDrafts: 1 }, { assembly, council });
    expect(rival.vetoes.RUS).toBeGreaterThan(f.vetoes.RUS);
    const unknown = forecastCouncil({ ...spec, sponsors: [] }, { assembly, council });
    const unknownRival = forecastCouncil({ ...spec, sponsors: [], rivalDrafts: 1 }, { assembly, council });
    for (const m of ["CHN", "FRA", "GBR", "RUS", "USA"] as const) expect(unknownRival.vetoes[m]).toBeGreaterThan(unknown.vetoes[m]);
    expect(() => forecastCouncil({ ...spec, rivalDrafts: 11 }, { assembly, council })).toThrow("invalid rivalDrafts; expected a whole number in [0, 10]: 11");
  });
  it("is reproducible from its seed", () => {
    expect(forecastCouncil(spec, { assembly, council })).toEqual(f);
  });
  it("refuses a member not on the Council", () => {
    expect(() => forecastCouncil({ ...spec, known: { DEU: "Y" } }, { assembly, council })).toThrow(/known.DEU; not a member of the Council as of 2022-09-29/);
  });
  it("refuses an unknown country code among the members or the sponsors, naming it", () => {
    expect(() => forecastCouncil({ ...spec, members: ["USA", "XXX"] }, { assembly, council })).toThrow('invalid members[1]; unknown country code (not a state in the record): "XXX"');
    expect(() => forecastCouncil({ ...spec, sponsors: ["QQQ"] }, { assembly, council })).toThrow('invalid sponsors[0]; unknown country code (not a state in the record): "QQQ"');
  });
  it("wins elected members over, each pick raising P(nine yes)", () => {
    const w = councilWinOver(spec, { k: 2, assembly, council });
    expect(w.picks.length).toBe(2);
    expect(w.picks.every((p) => !["CHN", "FRA", "GBR", "RUS", "USA"].includes(p.iso3))).toBe(true);
    expect(w.picks[0].pNineYes).toBeGreaterThan(w.base.pNineYes);
    expect(w.picks[1].pNineYes).toBeGreaterThan(w.picks[0].pNineYes);
  });
});

describe("councilSoftKnown", () => {
  it("weights a Council yes or no above an abstention and leaves out members not taking part", () => {
    const { softKnown } = councilSoftKnown(council, "S/2022/720", "2022-10-11");
    expect(softKnown.RUS).toEqual({ vote: "N", weight: 0.85 });
    expect(softKnown.IND).toEqual({ vote: "A", weight: 0.45 });
    expect(softKnown.USA).toEqual({ vote: "Y", weight: 0.9 });
    expect(() => councilSoftKnown(council, "S/2022/720", "2022-09-30")).toThrow(/not before asOf/);
  });
});

describe("councilBacktest on a fixture record", () => {
  it("scores every vote with the four methods and segments", () => {
    const fixture = buildCouncil({ votes: fileURLToPath(new URL("./fixtures/sc_flaws.csv", import.meta.url)) });
    const r = councilBacktest({ from: 2022, to: 2022, council: fixture, assembly, cacheDir: null, draws: 200 });
    const all = r.rows.filter((x) => x.segment === "all");
    expect(all.map((x) => x.method)).toEqual(["plenary", "all yes", "last-3-year shares", "last vote on the item"]);
    for (const x of all) {
      expect(x.resolutions).toBe(6);
      expect(x.votes).toBe(90);
      expect(x.vetoes).toBe(1);
      expect(x.logLoss).toBeGreaterThan(0);
    }
  });
});
