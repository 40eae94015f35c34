import { describe, expect, it } from "vitest";
import { forecastJson, forecastText } from "../../src/cli/forecastSummary.ts";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { forecastResolution } from "../../src/forecast/forecastResolution.ts";

describe("forecastText and forecastJson", () => {
  it("name the day of the vote when the spec gives one after asOf, and only then", () => {
    const a = loadAssembly();
    const spec = { title: "Territorial integrity of Ukraine", asOf: "2022-10-11", session: "ES-11", like: ["A/RES/ES-11/1"], draws: 200 };
    const later = forecastResolution({ ...spec, voteDate: "2022-10-12" }, { assembly: a });
    expect(forecastText(later).split("\n")[1]).toBe("as of 2022-10-11 for a vote on 2022-10-12, 193 member states, adoption by a simple majority of those present and voting");
    expect(forecastJson(later)).toMatchObject({ asOf: "2022-10-11", voteDate: "2022-10-12" });
    const same = forecastResolution(spec, { assembly: a });
    expect(forecastText(same).split("\n")[1]).toBe("as of 2022-10-11, 193 member states, adoption by a simple majority of those present and voting");
    expect("voteDate" in forecastJson(same)).toBe(false);
  }, 60_000);

  it("says of a novel text that its split is hard to tell, and what narrows it", () => {
    const a = loadAssembly();
    const f = forecastResolution({ title: "Towards torture-free trade", asOf: "2018-09-20", session: "73", draws: 200 }, { assembly: a });
    expect(f.kind).toBe("novel");
    expect(forecastText(f)).toContain("kind of vote: a novel text (no earlier vote on it: whether it passes near-unanimously is hard to tell; known positions or a like list narrow it)");
  }, 60_000);
});
