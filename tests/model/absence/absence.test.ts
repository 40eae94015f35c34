import { describe, expect, it } from "vitest";
import { ABSENT } from "../../../src/data/types.ts";
import { absenceProbability } from "../../../src/model/absence/absenceProbability.ts";
import { fitAbsence } from "../../../src/model/absence/fitAbsence.ts";
import { seededRandom } from "../../../src/model/seededRandom.ts";
import { simulateAssembly } from "../../../src/model/synthetic/simulateAssembly.ts";
import type { AbsenceParams } from "../../../src/model/types.ts";

describe("absenceProbability", () => {
  it("is the logistic of the named coefficients times the state's features", () => {
    // oracle, by hand: eta = -2 + 1 * logit(0.5) = -2 -> sigma(-2) = 0.1192029;
    // emergency adds 1.5 + 0.5 * (logit(0.8) - logit(0.5)) = 1.5 + 0.5 * 1.3862944 -> sigma(0.1931472) = 0.5481372; tolerance 1e-7
    const params: AbsenceParams = {
      coef: { intercept: -2, logitRate: 1, trend: 0, emergency: 1.5, emergencyExcess: 0.5, special: 0, streak: 0 },
      states: { AAA: { rate: 0.5, trend: 0, emergencyRate: 0.8, n: 10, streak: 0 } },
      baseRate: 0.5,
    };
    expect(absenceProbability(params, "AAA", "regular")).toBeCloseTo(0.1192029, 7);
    expect(absenceProbability(params, "AAA", "emergency")).toBeCloseTo(0.5481372, 7);
    // a state without history gets the base rate as its recent rate: the same as AAA in a regular session
    expect(absenceProbability(params, "NEW", "regular")).toBeCloseTo(0.1192029, 7);
    expect(() => absenceProbability(params, "AAA", "plenary" as "regular")).toThrow('invalid kind; expected "regular", "emergency" or "special": "plenary"');
  });
});

describe("fitAbsence", () => {
  const sim = simulateAssembly({ states: 60, periods: 6, rollCallsPerPeriod: 40, absentRate: 0.05 }, seededRandom(21));

  it("learns the base rate and the emergency-session effect of the simulation", () => {
    const params = fitAbsence(sim.assembly);
    // oracle: the simulation's rates, 5% in regular sessions and 15% in emergency sessions;
    // tolerance: base rate within 0.01 (sampling), emergency coefficient log-odds ratio log(0.15/0.85 / (0.05/0.95)) = 1.21 within 0.4
    expect(params.baseRate!).toBeGreaterThan(0.045);
    expect(params.baseRate!).toBeLessThan(0.065);
    expect(params.coef.emergency).toBeGreaterThan(0.8);
    expect(params.coef.emergency).toBeLessThan(1.6);
    const p = absenceProbability(params, "S001", "regular");
    expect(p).toBeGreaterThan(0.02);
    expect(p).toBeLessThan(0.1);
    expect(absenceProbability(params, "S001", "emergency")).toBeGreaterThan(p);
  });

  it("picks up a long streak of absences (a state barred for arrears)", () => {
    const codes = sim.assembly.matrix.codes.slice();
    const { nRollCalls, nStates } = sim.assembly.matrix;
    // state S002 absent from the middle of the record on
    for (let r = Math.floor(nRollCalls / 2); r < nRollCalls; r++) codes[r * nStates + 2] = ABSENT;
    const params = fitAbsence({ ...sim.assembly, matrix: { ...sim.assembly.matrix, codes } });
    expect(params.states.S002.streak).toBeGreaterThan(100);
    expect(absenceProbability(params, "S002", "regular")).toBeGreaterThan(0.9);
    expect(absenceProbability(params, "S001", "regular")).toBeLessThan(0.1);
  });

  it("uses only roll calls before until", () => {
    const until = sim.assembly.rollCalls[100].date;
    const params = fitAbsence(sim.assembly, { until });
    expect(Math.max(...Object.values(params.states).map((s) => s.n))).toBeLessThanOrEqual(100);
    expect(() => fitAbsence(sim.assembly, { until: "2020-02-30" })).toThrow('invalid until; not a date: "2020-02-30"');
  });
});
