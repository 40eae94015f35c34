import { beforeAll, describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import type { Assembly } from "../../src/data/types.ts";
import { findResembling } from "../../src/forecast/findResembling.ts";
import { resolveForecastSettings } from "../../src/forecast/forecastSettings.ts";

let a: Assembly;
beforeAll(() => {
  a = loadAssembly();
});
const settings = resolveForecastSettings();
const all = () => true;

describe("findResembling (real record)", () => {
  it("finds ES-11/1 for the second Ukraine text of March 2022, and nothing voted on or after asOf", () => {
    const found = findResembling(a.rollCalls, { title: "Humanitarian consequences of the aggression against Ukraine", session: "ES-11", asOf: "2022-03-23", period: 76 }, settings, all);
    expect(found[0].rollCall.symbol).toBe("A/RES/ES-11/1");
    for (const r of found) expect(r.rollCall.date < "2022-03-23").toBe(true);
  });
  it("keeps only the same text when it was voted before (a repeated resolution)", () => {
    const found = findResembling(a.rollCalls, { title: "Situation of human rights in Myanmar", asOf: "2019-09-17", period: 74 }, settings, all);
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) {
      expect(r.sameText).toBe(true);
      expect(r.rollCall.title.toLowerCase()).toContain("myanmar");
    }
    // most recent first at equal similarity
    expect(found[0].rollCall.period).toBe(73);
  });
  it("weights by recency and similarity, and the draft text helps find a vote", () => {
    const title = "Towards a world free of weapons of mass destruction";
    const plain = findResembling(a.rollCalls, { title, asOf: "2019-09-17", period: 74 }, settings, all);
    const withText = findResembling(a.rollCalls, { title, text: "Calls upon all States to join the Treaty on the Prohibition of Nuclear Weapons", asOf: "2019-09-17", period: 74 }, settings, all);
    expect(withText.some((r) => r.rollCall.title.includes("Prohibition of Nuclear Weapons"))).toBe(true);
    expect(plain.map((r) => r.weight)).toEqual([...plain.map((r) => r.weight)].sort((x, y) => y - x));
  });
  it("returns nothing for a title with no known word", () => {
    expect(findResembling(a.rollCalls, { title: "zzzz qqqq", asOf: "2019-09-17", period: 74 }, settings, all)).toEqual([]);
  });
});
