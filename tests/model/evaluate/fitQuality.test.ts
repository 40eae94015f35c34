import { describe, expect, it } from "vitest";
import { dayNumber } from "../../../src/data/sessionPeriod.ts";
import type { Assembly, RollCall } from "../../../src/data/types.ts";
import { fitQuality } from "../../../src/model/evaluate/fitQuality.ts";
import type { FittedModel } from "../../../src/model/types.ts";

/** Four states (positions 1, 0.5, -0.5, -1) and three roll calls, small enough to classify by hand. */
function handCase(): { assembly: Assembly; model: FittedModel } {
  const dates = ["2000-10-01", "2000-10-02", "2000-10-03"];
  const rollCalls = dates.map((date, i) => ({ undlId: i + 1, symbol: `R${i + 1}`, date, period: 55 }) as RollCall);
  const states = ["AAA", "BBB", "CCC", "DDD"].map((iso3) => ({ iso3 }) as Assembly["states"][number]);
  // codes: 1 yes, 2 abstain, 3 no, 4 absent
  const codes = Uint8Array.from([
    1, 1, 3, 1, // R1: beta 10 predicts Y Y N N -> D wrong
    1, 1, 1, 1, // R2: unanimous, not scored
    3, 2, 1, 4, // R3: beta -10 predicts N N Y (D absent) -> B wrong
  ]);
  const assembly = {
    rollCalls,
    states,
    matrix: { nRollCalls: 3, nStates: 4, codes, period: Int16Array.from([55, 55, 55]), day: Int32Array.from(dates.map(dayNumber)) },
  } as Assembly;
  const positions = [1, 0.5, -0.5, -1];
  const model = {
    dims: 1,
    states: states.map((s, i) => ({ iso3: s.iso3, periods: [55], mean: [[positions[i]]], sd: [[0.1]] })),
    rollCalls: [
      { undlId: 1, symbol: "R1", date: dates[0], period: 55, beta: [10], cutNo: -1, cutYes: 1 },
      { undlId: 2, symbol: "R2", date: dates[1], period: 55, beta: [0], cutNo: -5, cutYes: -4 },
      { undlId: 3, symbol: "R3", date: dates[2], period: 55, beta: [-10], cutNo: -1, cutYes: 1 },
    ],
  } as FittedModel;
  return { assembly, model };
}

describe("fitQuality", () => {
  it("matches the hand count: correctly classified and Poole's APRE", () => {
    // oracle, by hand: 7 scored votes (R1: 4, R3: 3; R2 unanimous), 5 correct -> CC 5/7;
    // minority votes 1 (R1) + 2 (R3) = 3, errors 2 -> APRE (3 - 2) / 3 = 1/3; modal baseline 4/7. tolerance 1e-12
    const { assembly, model } = handCase();
    const q = fitQuality(model, assembly);
    expect(q.rollCalls).toBe(2);
    expect(q.votes).toBe(7);
    expect(q.correctlyClassified).toBeCloseTo(5 / 7, 12);
    expect(q.apre).toBeCloseTo(1 / 3, 12);
    expect(q.modalBaseline).toBeCloseTo(4 / 7, 12);
  });

  it("restricts to roll calls from a date", () => {
    // oracle, by hand: R3 alone: 2 of 3 correct, minority 2, errors 1 -> APRE 1/2; tolerance 1e-12
    const { assembly, model } = handCase();
    const q = fitQuality(model, assembly, { from: "2000-10-03" });
    expect(q.correctlyClassified).toBeCloseTo(2 / 3, 12);
    expect(q.apre).toBeCloseTo(1 / 2, 12);
  });

  it("validates dates", () => {
    const { assembly, model } = handCase();
    expect(() => fitQuality(model, assembly, { from: "1990-02-30" })).toThrow('invalid from; not a date: "1990-02-30"');
  });
});
