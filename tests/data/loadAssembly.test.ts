import { describe, expect, it } from "vitest";
import { findRollCall } from "../../src/data/findRollCall.ts";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { rollCallVotes } from "../../src/data/rollCallVotes.ts";
import { selectRollCalls } from "../../src/data/selectRollCalls.ts";
import { ABSENT, NOT_MEMBER } from "../../src/data/types.ts";

const a = loadAssembly();

// Oracle: the official UN results as published in the meeting records
// (A/ES-11/PV.5, PV.9, PV.14; A/68/PV.80), exact.
describe("the embedded record", () => {
  it("has the whole 1946-2025 record", () => {
    expect(a.rollCalls.length).toBeGreaterThanOrEqual(5500);
    expect(a.rollCalls[a.rollCalls.length - 1].date).toBe("2025-10-29");
    expect(a.rollCalls[0].date).toBe("1946-01-26");
    expect(a.states.length).toBe(200);
    for (const iso3 of ["SUN", "YUG", "CSK", "DDR", "YMD", "SCG"]) expect(a.states.find((s) => s.iso3 === iso3)?.dissolved).toBe(true);
  });

  it("A/RES/ES-11/4: 143-5-35 with 10 absent; the five no votes and the big abstainers", () => {
    const v = rollCallVotes(a, findRollCall(a, "A/RES/ES-11/4"));
    expect(v.totals).toEqual({ yes: 143, no: 5, abstain: 35, absent: 10 });
    const no = Object.entries(v.votes).filter(([, x]) => x === "N").map(([k]) => k).sort();
    expect(no).toEqual(["BLR", "NIC", "PRK", "RUS", "SYR"]);
    for (const iso3 of ["CHN", "IND", "ZAF", "PAK"]) expect(v.votes[iso3]).toBe("A");
  });

  it.each([
    ["A/RES/ES-11/1", 141, 5, 35],
    ["A/RES/ES-11/2", 140, 5, 38],
    ["A/RES/ES-11/3", 93, 24, 58],
    ["A/RES/68/262", 100, 11, 58],
    ["A/RES/ES-10/19", 128, 9, 35],
  ])("%s: %i-%i-%i", (symbol, yes, no, abstain) => {
    const v = rollCallVotes(a, findRollCall(a, symbol));
    expect([v.totals.yes, v.totals.no, v.totals.abstain]).toEqual([yes, no, abstain]);
  });

  it("keeps abstain and absent apart, and non-members apart from absent", () => {
    const r = a.rollCalls.indexOf(findRollCall(a, "A/RES/ES-11/4"));
    const ven = a.states.findIndex((s) => s.iso3 === "VEN");
    const sun = a.states.findIndex((s) => s.iso3 === "SUN");
    expect(a.matrix.codes[r * a.matrix.nStates + ven]).toBe(ABSENT); // Venezuela was in arrears (Article 19)
    expect(a.matrix.codes[r * a.matrix.nStates + sun]).toBe(NOT_MEMBER);
  });

  it("assigns emergency sessions to the regular session open at the time", () => {
    expect(findRollCall(a, "A/RES/ES-11/1").period).toBe(76);
    expect(findRollCall(a, "A/RES/ES-11/4").period).toBe(77);
    expect(findRollCall(a, "A/RES/68/262").period).toBe(68);
  });

  it("suggests the closest symbols for an unknown one", () => {
    expect(() => findRollCall(a, "A/RES/ES-11/44")).toThrow(/unknown resolution symbol: "A\/RES\/ES-11\/44"; closest matches: A\/RES\/ES-11\/4/);
  });

  it("selects by session, date range, issue and symbol prefix", () => {
    expect(selectRollCalls(a, { session: "ES-11" }).length).toBe(8);
    const r = selectRollCalls(a, { from: "2022-01-01", until: "2022-10-12", symbol: "A/RES/ES-11/" });
    expect(r.map((i) => a.rollCalls[i].symbol)).toEqual(["A/RES/ES-11/1", "A/RES/ES-11/2", "A/RES/ES-11/3"]);
    expect(selectRollCalls(a, { issue: "me", period: 72 }).length).toBeGreaterThan(10);
    expect(() => selectRollCalls(a, { until: "2022-13-01" })).toThrow('invalid until; not a date (YYYY-MM-DD): "2022-13-01"');
    expect(() => selectRollCalls(a, { issue: "zz" })).toThrow(/invalid issue.*"zz"/);
  });

  it("exposes arquero tables for exploration", () => {
    const t = a.tables;
    expect(t.votes.numRows()).toBe(917380);
    expect(t.rollCalls.numRows()).toBe(a.rollCalls.length);
    const ukr = t.votes.filter((d: { symbol: string }) => d.symbol === "A/RES/ES-11/4").numRows();
    expect(ukr).toBe(193);
  });
});
