import { describe, expect, it } from "vitest";
import { expectedCounts } from "../../src/forecast/expectedCounts.ts";
import { isAdopted } from "../../src/forecast/isAdopted.ts";

describe("isAdopted (UN Charter art. 18: majority or two-thirds of those present and voting)", () => {
  it("counts only yes and no; hand-checked edges", () => {
    expect(isAdopted("two-thirds", 143, 5)).toBe(true); // A/RES/ES-11/4
    expect(isAdopted("two-thirds", 10, 5)).toBe(true); // exactly two-thirds
    expect(isAdopted("two-thirds", 9, 5)).toBe(false); // 64.3%
    expect(isAdopted("two-thirds", 0, 0)).toBe(false);
    expect(isAdopted("majority", 10, 10)).toBe(false);
    expect(isAdopted("majority", 11, 10)).toBe(true);
  });
  it("expected counts are sums of probabilities", () => {
    expect(expectedCounts([{ pYes: 0.5, pNo: 0.25, pAbstain: 0.25, pAbsent: 0 }, { pYes: 1, pNo: 0, pAbstain: 0, pAbsent: 0 }])).toEqual({ yes: 1.5, no: 0.25, abstain: 0.25, absent: 0 });
  });
});
