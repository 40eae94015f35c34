import { describe, expect, it } from "vitest";
import { loadAssembly } from "../../../src/data/loadAssembly.ts";
import { estimateBlocs } from "../../../src/model/blocs/estimateBlocs.ts";
import { loadModel } from "../../../src/model/loadModel.ts";

const assembly = loadAssembly();
const model = loadModel(new URL("../../../models/cutoff-2022-10-11.json", import.meta.url).pathname, { fingerprint: assembly.fingerprint });

describe("estimateBlocs", () => {
  const blocs = estimateBlocs(assembly, model, "2022-10-11");
  const F = blocs.factors;
  const row = (iso3: string) => {
    const k = blocs.states.indexOf(iso3);
    return Array.from(blocs.loadings.subarray(k * F, (k + 1) * F));
  };
  /** The residual correlation the factors imply between two states. */
  const implied = (x: string, y: string) => row(x).reduce((sum, l, f) => sum + l * row(y)[f], 0);

  it("puts the camps the record shows together: EU members with each other, the Gulf states with each other, apart from each other", () => {
    // oracle: the states' known caucuses (the EU votes as a bloc; the Gulf Cooperation Council states likewise)
    expect(implied("FRA", "DEU")).toBeGreaterThan(0.2);
    expect(implied("LVA", "EST")).toBeGreaterThan(0.3);
    expect(implied("QAT", "KWT")).toBeGreaterThan(0.3);
    expect(implied("EST", "QAT")).toBeLessThan(implied("EST", "LVA") - 0.3);
  });

  it("reads only the ten sessions before asOf, and keeps communalities in [0, 0.95]", () => {
    expect(blocs.sessions).toEqual([67, 76]);
    expect(blocs.rollCalls).toBeGreaterThan(500);
    expect(blocs.states.length).toBe(193);
    for (const h of blocs.communality) expect(0 <= h && h <= 0.95 + 1e-12).toBe(true);
    expect(blocs.eigenvalues).toEqual([...blocs.eigenvalues].sort((a, b) => b - a));
  });

  it("is deterministic and refuses a model that saw asOf's votes", () => {
    expect(Array.from(estimateBlocs(assembly, model, "2022-10-11").loadings)).toEqual(Array.from(blocs.loadings));
    expect(() => estimateBlocs(assembly, model, "2022-01-01")).toThrow(/after asOf/);
    expect(() => estimateBlocs(assembly, model, "2022-10-11", { factors: 0 })).toThrow(/invalid factors/);
  });
});
