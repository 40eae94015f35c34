import { describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { blocsFor } from "../../src/forecast/blocsFor.ts";
import { BLOC_DEFAULTS, estimateBlocs } from "../../src/model/blocs/estimateBlocs.ts";
import { loadModel } from "../../src/model/loadModel.ts";

const assembly = loadAssembly();
const model = loadModel(new URL("../../models/cutoff-2022-10-11.json", import.meta.url).pathname, { fingerprint: assembly.fingerprint });

describe("blocsFor", () => {
  it("passes the camps' options to estimateBlocs, and memoizes the defaults given or left out as one structure", () => {
    const plain = blocsFor(assembly, model, "2022-10-11");
    expect(blocsFor(assembly, model, "2022-10-11", { factors: BLOC_DEFAULTS.factors, sessions: BLOC_DEFAULTS.sessions })).toBe(plain);
    expect([plain.factors, plain.sessions[1] - plain.sessions[0] + 1]).toEqual([4, 10]);
    const two = blocsFor(assembly, model, "2022-10-11", { factors: 2, sessions: 4 });
    // oracle: estimateBlocs called directly with the same options
    const direct = estimateBlocs(assembly, model, "2022-10-11", { factors: 2, sessions: 4 });
    expect([two.factors, two.sessions, two.rollCalls]).toEqual([2, direct.sessions, direct.rollCalls]);
    expect(Array.from(two.loadings)).toEqual(Array.from(direct.loadings));
    expect(two.rollCalls).toBeLessThan(plain.rollCalls);
  });
});
