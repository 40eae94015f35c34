import { describe, expect, it } from "vitest";
import { validateScenario } from "../../src/simulate/validateScenario.ts";
import { syntheticAssembly, syntheticScenario } from "./fixtures.ts";

const states = syntheticAssembly().states;
const good = () => structuredClone(syntheticScenario()) as unknown as Record<string, any>;
const bad = (edit: (s: Record<string, any>) => void) => {
  const s = good();
  edit(s);
  return () => validateScenario(s, { states });
};

describe("validateScenario", () => {
  it("accepts a valid scenario and returns it unchanged", () => {
    const s = good();
    expect(validateScenario(s, { states })).toEqual(syntheticScenario());
  });

  it("names the field and echoes the value", () => {
    const cases: [(s: Record<string, any>) => void, string][] = [
      [(s) => (s.interventions[0].toward = "maybe"), 'invalid interventions[0].toward; expected one of Y, N, A, attend, stay away: "maybe"'],
      [(s) => (s.interventions[0].strength = -1), "invalid interventions[0].strength; expected a number in [0, 20] or { campaigns }: -1"],
      [(s) => (s.interventions[0].strength = "strong"), 'invalid interventions[0].strength; expected a number in [0, 20] or { campaigns }: "strong"'],
      [(s) => (s.interventions[0].targets = { group: "Africa" }), 'invalid interventions[0].targets.group; expected one of African, Asia-Pacific, Eastern European, Latin American and Caribbean, Western European and Others or a list: "Africa"'],
      [(s) => (s.interventions[0].targets = { grup: "African" }), 'invalid interventions[0].targets; expected a list of ISO3 codes, { group }, { list } or { mostPersuadable }: {"grup":"African"}'],
      [(s) => (s.interventions[0].targets = { list: "attendees" }), 'invalid interventions[0].targets.list; no list of that name in lists (have: swing): "attendees"'],
      [(s) => (s.interventions[0].targets = ["usa"]), 'invalid interventions[0].targets[0]; not an ISO3 code (three capital letters): "usa"'],
      [(s) => (s.interventions[0].targets = ["USX"]), 'invalid interventions[0].targets[0]; unknown ISO3 code: "USX"; closest matches: USA'],
      [(s) => (s.interventions[0].targets = { mostPersuadable: 0 }), "invalid interventions[0].targets.mostPersuadable; expected a number in [1, 193]: 0"],
      [(s) => (s.interventions[0].by = "RUX"), 'invalid interventions[0].by; unknown ISO3 code: "RUX"; closest matches: RUS'],
      [(s) => (s.interventions[0].by = []), "invalid interventions[0].by; expected an ISO3 code or a non-empty list of them: []"],
      [(s) => (s.interventions[0].susceptibility = 11), "invalid interventions[0].susceptibility; expected a number in [0, 10]: 11"],
      [(s) => (s.interventions[0].susceptibility = { RUS: -2 }), "invalid interventions[0].susceptibility.RUS; expected a number in [0, 10]: -2"],
      [(s) => (s.interventions[0].stregth = 1), 'invalid interventions[0]; unknown field "stregth" (did you mean "strength"?): {"by":"USA","toward":"Y","targets":{"list":"swing"},"strength":1,"stregth":1}'],
      [(s) => delete s.interventions[0].toward, 'invalid interventions[0]; missing required field "toward": {"by":"USA","targets":{"list":"swing"},"strength":1}'],
      [(s) => (s.interventions = []), "invalid interventions; expected at least 1 item(s): []"],
      [(s) => (s.curve = { from: 2, to: 1 }), "invalid curve.to; expected a number above curve.from (2): 1"],
      [(s) => (s.curve = { points: 2.5 }), "invalid curve.points; expected a whole number: 2.5"],
      [(s) => (s.curve = { intervention: 1 }), "invalid curve.intervention; expected an intervention index in [0, 0]: 1"],
      [(s) => (s.targets = { k: 3, objective: "votes" }), 'invalid targets.objective; expected one of expectedYes, pAdopted: "votes"'],
      [(s) => (s.observed = { yes: 140, match: "no" }), 'invalid observed.match; the no count is not given in observed: "no"'],
      [(s) => (s.lists.swing.members = ["SAK", "SAK"]), 'invalid lists.swing.members[1]; listed twice: "SAK"'],
      [(s) => (s.forecast = 3), "invalid forecast; expected { title, asOf } or a string: 3"],
      [(s) => (s.forecast.rule = "unanimity"), 'invalid forecast.rule; expected one of majority, two-thirds: "unanimity"'],
    ];
    for (const [edit, message] of cases) expect(bad(edit)).toThrow(message);
  });

  it("rejects what is not an object", () => {
    expect(() => validateScenario([1])).toThrow("invalid scenario; expected an object: [1]");
  });
});
