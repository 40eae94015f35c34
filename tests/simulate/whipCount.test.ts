import { describe, expect, it } from "vitest";
import { whipCount2022 } from "../../scenarios/whip-count-2022.ts";

describe("scenarios/whip-count-2022.ts", () => {
  it("learns from known positions: the expected yes moves from the like votes' ~134 toward the 93 cast", () => {
    const lines: string[] = [];
    const { actual, rows } = whipCount2022({ print: (t) => lines.push(t), counts: [0, 60], draws: 2000 });
    expect(actual).toBe(93);
    expect(rows[0].expectedYes).toBeGreaterThan(120);
    // with 60 positions known the forecast is within 12 of the result (it was 102 when known positions only reweighted draws)
    expect(Math.abs(rows[1].expectedYes - actual)).toBeLessThan(12);
    expect(rows[1].interval95[0]).toBeLessThanOrEqual(actual);
    expect(rows[1].interval95[1]).toBeGreaterThanOrEqual(actual);
    expect(rows[1].expectedYesWithout).toBeCloseTo(rows[0].expectedYes, -1);
    expect(lines.join("\n")).toContain("moved most");
  });
});
