import { describe, expect, it } from "vitest";
import { spillover } from "../../src/simulate/spillover.ts";
import { applySpillover } from "../../src/simulate/applySpillover.ts";

// one factor: FRA and DEU move together (covariance 0.8 x 0.6 = 0.48), CUB against both (negative: no partner)
const blocs = { states: ["FRA", "DEU", "CUB"], loadings: Float64Array.from([0.8, 0.6, -0.5]), factors: 1 };

describe("spillover", () => {
  it("gives partners a share of the partner-weighted mean pressure (worked by hand)", () => {
    // DEU: 0 + 0.5 x (0.48 x 1) / 0.48 = 0.5; FRA keeps 1 (its only partner has 0); CUB has no positive partner
    expect(spillover(blocs, ["FRA", "DEU", "CUB"], [1, 0, 0], 0.5)).toEqual([1, 0.5, 0]);
    expect(spillover(blocs, ["FRA", "DEU", "CUB"], [1, 2, 0], 0.25)).toEqual([1 + 0.25 * 2, 2 + 0.25 * 1, 0]);
    // share 0 changes nothing; a state without loadings neither spills nor receives
    expect(spillover(blocs, ["FRA", "DEU", "XXX"], [1, 0, 3], 0)).toEqual([1, 0, 3]);
    expect(spillover(blocs, ["FRA", "DEU", "XXX"], [0, 0, 3], 1)).toEqual([0, 0, 3]);
  });

  it("extends an intervention to the partners of its targets, not to known positions or the lobby", () => {
    const prepared = { states: ["FRA", "DEU", "CUB"].map((iso3) => ({ iso3, name: iso3, group: "x" })), fixed: Int8Array.from([-1, -1, -1]) };
    const applied = [{ label: "x", by: ["USA"], toward: "Y" as const, strength: 1, targets: Int32Array.from([0]), susceptibility: Float64Array.from([1]) }];
    const resolved = [{ label: "x", by: ["USA"], toward: "Y" as const, strength: 1, campaigns: 1, unit: "latent" as const, susceptibilityKind: "agreement" as const, targets: [{ iso3: "FRA", susceptibility: 1 }], skipped: [] }];
    const out = applySpillover(applied, resolved, prepared, blocs, 0.5);
    expect(Array.from(out.applied[0].targets)).toEqual([0, 1]);
    expect(Array.from(out.applied[0].susceptibility)).toEqual([1, 0.5]);
    expect(out.resolved[0].spillover).toEqual({ share: 0.5, partners: 1 });
    expect(Array.from(applied[0].targets)).toEqual([0]); // input untouched
    const known = applySpillover(applied, resolved, { ...prepared, fixed: Int8Array.from([-1, 2, -1]) }, blocs, 0.5);
    expect(Array.from(known.applied[0].targets)).toEqual([0]);
  });

  it("refuses bad input", () => {
    expect(() => spillover(blocs, ["FRA"], [1, 2])).toThrow(/invalid pressure/);
    expect(() => spillover(blocs, ["FRA"], [1], 5)).toThrow(/invalid share/);
  });
});
