import { describe, expect, it } from "vitest";
import { compareTendencies } from "../../../src/model/evaluate/compareTendencies.ts";
import { fitIdealPoints } from "../../../src/model/idealPoints/fitIdealPoints.ts";
import { fitLogisticTendencies } from "../../../src/model/logistic/fitLogisticTendencies.ts";
import { logisticTendencyFeatures } from "../../../src/model/logistic/logisticTendencyFeatures.ts";
import { predictLogisticTendency } from "../../../src/model/logistic/predictLogisticTendency.ts";
import { seededRandom } from "../../../src/model/seededRandom.ts";
import { simulateAssembly } from "../../../src/model/synthetic/simulateAssembly.ts";

describe("fitLogisticTendencies", () => {
  const { assembly } = simulateAssembly({ states: 20, periods: 4, rollCallsPerPeriod: 20 }, seededRandom(4));
  const model = fitIdealPoints(assembly);

  it("fits a regression per state on roll-call cues and predicts probabilities", () => {
    const t = fitLogisticTendencies(assembly, model, { leaders: ["USA"], numSteps: 100, minVotes: 1 });
    expect(t.features).toEqual(["beta1", "cutNo", "cutYes", "issue:me", "issue:nu", "issue:di", "issue:hr", "issue:co", "issue:ec", "leader:USA"]);
    expect(Object.keys(t.states).length).toBe(20);
    const rc = model.rollCalls[0];
    const f = logisticTendencyFeatures(rc, ["hr"], { USA: "N" }, t.leaders, "S001");
    expect(f.slice(-7)).toEqual([0, 0, 0, 1, 0, 0, -1]);
    // a leader's own vote is not a cue for itself
    expect(logisticTendencyFeatures(rc, [], { USA: "N" }, t.leaders, "USA").at(-1)).toBe(0);
    const p = predictLogisticTendency(t, "S001", f)!;
    expect(p.yes + p.abstain + p.no).toBeCloseTo(1, 12);
    expect(predictLogisticTendency(t, "NOPE", f)).toBeNull();
    expect(() => predictLogisticTendency(t, "S001", [1, 2])).toThrow("invalid features; expected 10 values");
    expect(() => fitLogisticTendencies(assembly, model, { leaders: ["XXX"] })).toThrow('invalid leaders; unknown ISO3 code: "XXX"');
  });

  it("is compared with the ideal-point model on a held-out session", () => {
    const c = compareTendencies(assembly, { session: 4, trainSessions: 3, numSteps: 100, leaders: ["USA"] });
    expect(c.rollCalls).toBe(20);
    expect(c.votes).toBeGreaterThan(200);
    // on data simulated from the ideal-point model, the ideal-point model should do at least about as well
    expect(c.idealPoints.logLoss).toBeLessThan(c.logistic.logLoss + 0.05);
    for (const s of [c.idealPoints, c.logistic, c.lastVote]) {
      expect(s.accuracy).toBeGreaterThan(0.4);
      expect(s.accuracy).toBeLessThanOrEqual(1);
    }
  });
});
