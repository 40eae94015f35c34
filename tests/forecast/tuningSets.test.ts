import { describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { FORECAST_SETTINGS } from "../../src/forecast/forecastSettings.ts";
import { matchPrevious } from "../../src/forecast/matchPrevious.ts";
import { checkHeldOut, reportingSet, TUNED_ON, TUNING_SETS, tuningSetsOf } from "../../src/forecast/tuningSets.ts";

const a = loadAssembly();
const start = (p: number) => a.rollCalls.filter((r) => r.period === p).reduce((m, r) => (r.date < m ? r.date : m), "9999");

describe("tuning sets", () => {
  it("name a tuning set for every setting of the engine and every baseline weight", () => {
    for (const name of Object.keys(FORECAST_SETTINGS)) expect(TUNING_SETS[TUNED_ON[name]], name).toBeDefined();
    for (const b of ["B2", "B3"]) for (const k of ["repeated", "novel", "emergency"]) expect(TUNED_ON[`${b} weight, ${k}`]).toBeDefined();
    expect([TUNED_ON.broadEmergency, TUNED_ON.broadNovel, TUNED_ON.broadRepeated, TUNED_ON.knownPower]).toEqual(["emergency", "novel", "regular", "reveal"]);
  });

  it("put a vote of 62-69 in the regular set, a novel text of 54-61 in the novel set, a repeated one of 54-61 in none, the emergency votes before 2015 in the emergency set", () => {
    const r65 = a.rollCalls.find((r) => r.period === 65 && r.kind === "regular")!;
    expect(tuningSetsOf(a, r65)).toEqual(["regular"]);
    const r67 = a.rollCalls.find((r) => r.period === 67 && r.kind === "regular")!;
    expect(tuningSetsOf(a, r67)).toEqual(["regular", "reveal"]);
    const s55 = a.rollCalls.filter((r) => r.period === 55 && r.kind === "regular");
    const novel = s55.find((r) => matchPrevious(a, r, { before: start(55) }).length === 0)!;
    const repeated = s55.find((r) => matchPrevious(a, r, { before: start(55) }).length > 0)!;
    expect(tuningSetsOf(a, novel)).toEqual(["novel"]);
    expect(tuningSetsOf(a, repeated)).toEqual([]);
    const es = a.rollCalls.filter((r) => r.kind === "emergency");
    expect(es.filter((r) => reportingSet(a, r) === "tuning").length).toBe(es.filter((r) => r.date < "2015-01-01").length);
    expect(es.filter((r) => r.date >= "2015-01-01").every((r) => tuningSetsOf(a, r).length === 0)).toBe(true);
    expect(a.rollCalls.filter((r) => r.period >= 70).every((r) => reportingSet(a, r) === "held-out")).toBe(true);
  });

  it("refuses to call a set held out when one of its votes was tuned on, naming it", () => {
    const es9 = a.rollCalls.find((r) => r.symbol === "A/RES/ES-10/18")!;
    expect(() => checkHeldOut(a, [es9])).toThrow("not held out; A/RES/ES-10/18 (2009-01-16) was in the tuning set(s): regular, emergency");
    expect(() => checkHeldOut(a, a.rollCalls.filter((r) => r.period === 75))).not.toThrow();
  });
});
