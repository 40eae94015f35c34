import { describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { forecastResolution } from "../../src/forecast/forecastResolution.ts";
import { modelForAsOf } from "../../src/model/modelForAsOf.ts";

const assembly = loadAssembly();
const spec = { title: "Territorial integrity of Ukraine", asOf: "2022-10-11", session: "ES-11", like: ["A/RES/ES-11/1", "A/RES/ES-11/2"], rule: "two-thirds" as const, draws: 2000 };
const model = modelForAsOf(assembly, spec.asOf);

describe("soft known positions (softKnown)", () => {
  it("move the state's own outlook toward the evidence without fixing it, and the others through the roll call", () => {
    // oracle: Gabon voted yes on ES-11/1 and ES-11/2 (its habit); a soft abstention (its Security Council vote on
    // S/2022/720) at weight 0.5 makes its abstention likelier and its yes less likely, but not certain either way
    const plain = forecastResolution(spec, { assembly, model });
    const soft = forecastResolution(spec, { assembly, model, softKnown: { GAB: { vote: "A", weight: 0.5 } } });
    const before = plain.countries.find((c) => c.iso3 === "GAB")!;
    const after = soft.countries.find((c) => c.iso3 === "GAB")!;
    expect(after.pAbstain).toBeGreaterThan(before.pAbstain + 0.03);
    expect(after.pYes).toBeLessThan(before.pYes);
    expect(after.pYes).toBeGreaterThan(0.2);
    expect(soft.knownEffect).toBeDefined();
    expect(soft.surprises).toEqual([]);
  });

  it("leaves out non-members and states whose vote is known, and refuses a bad weight naming it", () => {
    const f = forecastResolution({ ...spec, known: { GAB: "Y" } }, { assembly, model, softKnown: { GAB: { vote: "A", weight: 0.5 }, SUN: { vote: "N", weight: 0.5 } } });
    expect(f.countries.find((c) => c.iso3 === "GAB")!.pYes).toBe(1);
    expect(() => forecastResolution(spec, { assembly, model, softKnown: { IND: { vote: "A", weight: 2 } } })).toThrow("invalid softKnown.IND.weight; expected a number in (0, 1]: 2");
  });
});
