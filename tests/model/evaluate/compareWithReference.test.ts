import { describe, expect, it } from "vitest";
import { compareWithReference } from "../../../src/model/evaluate/compareWithReference.ts";
import type { FittedModel } from "../../../src/model/types.ts";

const model = {
  dims: 1,
  states: [
    { iso3: "AAA", periods: [1, 2], mean: [[1], [2]], sd: [[0], [0]] },
    { iso3: "BBB", periods: [1, 2], mean: [[0], [1]], sd: [[0], [0]] },
    { iso3: "CCC", periods: [1, 2], mean: [[-1], [0]], sd: [[0], [0]] },
    { iso3: "SUN", periods: [1], mean: [[-3]], sd: [[0]] },
  ],
} as FittedModel;

describe("compareWithReference", () => {
  it("computes per-session and pooled Pearson correlations", () => {
    // oracle, by hand: session 1 ours (1, 0, -1) vs (2, 1, 0): r = 1; session 2 ours (2, 1, 0) vs (3, 1, 2): r = 1/2;
    // median 0.75; pooled over the six pairs r = 4.5 / 5.5 = 0.8181818; tolerance 1e-12
    const rows = [
      { iso3: "AAA", session: 1, idealpoint: 2 },
      { iso3: "BBB", session: 1, idealpoint: 1 },
      { iso3: "CCC", session: 1, idealpoint: 0 },
      { iso3: "AAA", session: 2, idealpoint: 3 },
      { iso3: "BBB", session: 2, idealpoint: 1 },
      { iso3: "CCC", session: 2, idealpoint: 2 },
      { iso3: "ZZZ", session: 2, idealpoint: 2 },
    ];
    const c = compareWithReference(model, rows, { minStates: 3 });
    expect(c.perSession.map((s) => s.session)).toEqual([1, 2]);
    expect(c.perSession[0].r).toBeCloseTo(1, 12);
    expect(c.perSession[1].r).toBeCloseTo(0.5, 12);
    expect(c.medianPerSession).toBeCloseTo(0.75, 12);
    expect(c.pooled).toBeCloseTo(4.5 / 5.5, 12);
    expect(c.matched).toBe(6);
    expect(c.unmatched).toBe(1);
  });

  it("matches the reference's RUS to the model's SUN (the USSR)", () => {
    const c = compareWithReference(model, [{ iso3: "RUS", session: 1, idealpoint: -2 }], { minStates: 3 });
    expect(c.matched).toBe(1);
  });
});
