import { beforeAll, describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import type { Assembly } from "../../src/data/types.ts";
import { resolveForecastSettings } from "../../src/forecast/forecastSettings.ts";
import { groupComponents } from "../../src/forecast/groupComponents.ts";
import { membersAsOf } from "../../src/forecast/membersAsOf.ts";
import { stateStep } from "../../src/forecast/stateStep.ts";
import { modelForAsOf } from "../../src/model/modelForAsOf.ts";

let a: Assembly;
beforeAll(() => {
  a = loadAssembly();
});

describe("stateStep on the ES-11 votes as of 2022-10-11", () => {
  it("gives each state its latest vote on the same text as a habit, with the habit weight, and shrinks positions to the drift since", () => {
    const asOf = "2022-10-11";
    const model = modelForAsOf(a, asOf);
    const settings = resolveForecastSettings();
    const row = (s: string) => a.rollCalls.findIndex((r) => r.symbol === s);
    const res = ["A/RES/ES-11/2", "A/RES/ES-11/1"].map((s, k) => ({ row: row(s), rollCall: a.rollCalls[row(s)], similarity: 1, weight: 1 - 0.1 * k, sameText: true }));
    const comps = groupComponents(res, [], "repeated", a.matrix, settings);
    expect(comps).toHaveLength(1);
    const { columns } = membersAsOf(a, asOf);
    const iso3 = columns.map((c) => a.states[c].iso3);
    const p = stateStep(a, model, columns, iso3, comps, 77, { sessionKind: "emergency", resumedPart: false }, settings);
    const k = (c: string) => iso3.indexOf(c);
    const cs = p.components[0];
    // oracle: the record, ES-11/2 (the latest): India abstained, Russia no, Ukraine yes; both in session 76, so weight 0.5 x 0.85^0
    expect(cs.habit[k("IND")]).toBe(1);
    expect(cs.habit[k("RUS")]).toBe(0);
    expect(cs.habit[k("UKR")]).toBe(2);
    expect(cs.habitProb[k("UKR")]).toBeCloseTo(settings.habitWeight, 12);
    // the residual tables are distributions
    for (const s of [k("IND"), k("USA")]) expect(cs.cdf[s][cs.cdf[s].length - 1]).toBeCloseTo(1, 12);
    // a state that voted: its position sd is at most one session's empirical drift (77 - 76 = 1 session)
    expect(cs.posSd[k("USA")]).toBeLessThan(0.5);
    // absence: a probability for every state
    for (const x of p.absentLogit) expect(Number.isFinite(x)).toBe(true);
    // a novel text's absence shift (novelAbsence x novelAbsenceExcess) adds to every state's log-odds, and to nothing else
    const shifted = stateStep(a, model, columns, iso3, comps, 77, { sessionKind: "emergency", resumedPart: false, absenceShift: 0.4 }, settings);
    shifted.absentLogit.forEach((x, s) => expect(x).toBeCloseTo(p.absentLogit[s] + 0.4, 12));
    expect(shifted.components[0].habitProb).toEqual(cs.habitProb);
  }, 60_000);

  it("raises absence by resumedAbsence x (1 - the evidence's resumed share) for a vote in a regular session's resumed part", () => {
    const asOf = "2018-09-18";
    const model = modelForAsOf(a, asOf);
    const settings = resolveForecastSettings({ resumedAbsence: 0.8 });
    // one main-part and one resumed-part roll call of session 72, equal weights
    const main = a.rollCalls.findIndex((r) => r.symbol === "A/RES/72/173");
    const resumed = a.rollCalls.findIndex((r) => r.symbol === "A/RES/72/282");
    expect([a.rollCalls[main].date < "2018-01-01", a.rollCalls[resumed].date.slice(0, 7)]).toEqual([true, "2018-06"]);
    const res = [main, resumed].map((row) => ({ row, rollCall: a.rollCalls[row], similarity: 1, weight: 1, sameText: false }));
    const comps = groupComponents(res, [], "novel", a.matrix, settings);
    const { columns } = membersAsOf(a, asOf);
    const iso3 = columns.map((c) => a.states[c].iso3);
    const at = (resumedPart: boolean) => stateStep(a, model, columns, iso3, comps, 73, { sessionKind: "regular", resumedPart }, settings).absentLogit;
    const inMain = at(false);
    const inResumed = at(true);
    // oracle by hand: evidence weights 1 and 1 (both members of one component, weight/max = 1), plus the
    // absence model's absencePrior (0.3) for the main part, so the resumed share is 1 / 2.3; a main-part
    // vote sits 0.8 x (0 - 1/2.3) from the blend, a resumed-part one 0.8 x (1 - 1/2.3): 0.8 apart
    const k = iso3.indexOf("FRA");
    expect(inResumed[k] - inMain[k]).toBeCloseTo(0.8, 12);
    const none = stateStep(a, model, columns, iso3, comps, 73, { sessionKind: "regular", resumedPart: false }, resolveForecastSettings({ resumedAbsence: 0 })).absentLogit;
    expect(inMain[k] - none[k]).toBeCloseTo(-0.8 / 2.3, 12);
  }, 60_000);
});
