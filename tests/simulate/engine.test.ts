import { describe, expect, it } from "vitest";
import { simulateOutcome } from "../../src/forecast/simulateOutcome.ts";
import { bestTargets } from "../../src/simulate/bestTargets.ts";
import { impliedStrength } from "../../src/simulate/impliedStrength.ts";
import { lobbyingEffort, lobbyingShift } from "../../src/simulate/lobbyingShift.ts";
import { outcomeEvaluator } from "../../src/simulate/outcomeEvaluator.ts";
import { resolveInterventions } from "../../src/simulate/resolveInterventions.ts";
import { responseCurve } from "../../src/simulate/responseCurve.ts";
import { runScenario } from "../../src/simulate/runScenario.ts";
import { code, syntheticAssembly, syntheticPrepared, syntheticScenario } from "./fixtures.ts";

const assembly = syntheticAssembly();
const prepared = syntheticPrepared();

describe("outcomeEvaluator", () => {
  it.each([false, true])("equals simulateOutcome exactly, for yes/no shifts, pulls toward abstention and absence shifts (band and turnout shock: %s)", (band) => {
    const prepared = syntheticPrepared({ band });
    // oracle: simulateOutcome on the same shift; tolerance: none (same operations in the same order)
    const scenario = syntheticScenario({
      interventions: [
        { by: "USA", toward: "Y", targets: { list: "swing" }, strength: 0.8 },
        { by: "RUS", toward: "A", targets: [code(12), code(13), code(20), code(21)], strength: 1.1 },
        { by: "RUS", toward: "stay away", targets: [code(5), code(13)], strength: 0.7 },
      ],
    });
    const { applied } = resolveInterventions(scenario, prepared, assembly);
    const effort = lobbyingEffort(prepared.nStates, applied);
    const shift = lobbyingShift(prepared, effort);
    const full = simulateOutcome(prepared, shift);
    const fast = outcomeEvaluator(prepared).evaluate(effort);
    expect(outcomeEvaluator(prepared).expected(effort)).toEqual(full.expected);
    expect(fast.expected).toEqual(full.expected);
    expect(fast.pAdopted).toBe(full.pAdopted);
    expect(fast.yes80).toEqual(full.interval80.yes);
    fast.probabilities.forEach((p, s) => {
      const c = full.countries[s];
      expect(p).toEqual({ pYes: c.pYes, pAbstain: c.pAbstain, pNo: c.pNo, pAbsent: c.pAbsent });
    });
  });
});

describe("impliedStrength", () => {
  it("recovers a known strength on a synthetic case", () => {
    // oracle: the expected yes count at strength 1.37, computed by runScenario (simulateOutcome); tolerance 1e-4 in strength
    const known = 1.37;
    const scenario = syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: known }] });
    const target = runScenario(scenario, { prepared, assembly }).scenario.expected.yes;
    const { applied } = resolveInterventions(scenario, prepared, assembly);
    const r = impliedStrength(prepared, applied, { observed: target, maxStrength: 5 });
    expect(r.strength).not.toBeNull();
    expect(Math.abs(r.strength! - known)).toBeLessThan(1e-4);
    expect(r.expected).toBeCloseTo(target, 6);
    // toward no, matched on the yes count: also recovered
    const down = syntheticScenario({ interventions: [{ by: "RUS", toward: "N", targets: { list: "swing" }, strength: 2.2 }] });
    const low = runScenario(down, { prepared, assembly }).scenario.expected.yes;
    const d = impliedStrength(prepared, resolveInterventions(down, prepared, assembly).applied, { observed: low });
    expect(Math.abs(d.strength! - 2.2)).toBeLessThan(1e-4);
  });

  it("says so when the observed count cannot be reached", () => {
    const scenario = syntheticScenario();
    const { applied } = resolveInterventions(scenario, prepared, assembly);
    const r = impliedStrength(prepared, applied, { observed: 27, maxStrength: 3 });
    expect(r.strength).toBeNull();
    expect(r.note).toMatch(/^observed yes 27 is outside the expected yes reached by strengths 0 to 3/);
    expect(() => impliedStrength(prepared, applied, { observed: 13, maxStrength: -1 })).toThrow("invalid maxStrength; expected a number in (0, 50]: -1");
    expect(() => impliedStrength(prepared, applied, { observed: 13, intervention: 3 })).toThrow("invalid intervention; expected an intervention index in [0, 0]: 3");
  });
});

describe("responseCurve", () => {
  it("matches full simulations at each strength and is smooth (common random numbers)", () => {
    const scenario = syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { mostPersuadable: 6 }, strength: 1 }] });
    const { applied } = resolveInterventions(scenario, prepared, assembly);
    const strengths = Array.from({ length: 11 }, (_, i) => i * 0.3);
    const curve = responseCurve(prepared, applied, { strengths });
    strengths.forEach((strength, i) => {
      const shifted = applied.map((iv) => ({ ...iv, strength }));
      const full = simulateOutcome(prepared, lobbyingShift(prepared, lobbyingEffort(prepared.nStates, shifted)));
      expect(curve[i].expectedYes).toBe(full.expected.yes);
      expect(curve[i].pAdopted).toBe(full.pAdopted);
    });
    // smooth: second differences of expected yes are small next to the first
    for (let i = 1; i + 1 < curve.length; i++) {
      const d2 = Math.abs(curve[i + 1].expectedYes - 2 * curve[i].expectedYes + curve[i - 1].expectedYes);
      expect(d2).toBeLessThan(0.2);
    }
    expect(() => responseCurve(prepared, applied, { strengths: [0, -1] })).toThrow("invalid strengths[1]; expected a number in [0, 50]: -1");
  });
});

describe("bestTargets", () => {
  it("greedy gains add up to the gain of lobbying the picked states together", () => {
    // oracle: runScenario with the picked states as explicit targets; tolerance 1e-9
    const scenario = syntheticScenario({ targets: { k: 4 } });
    const r = runScenario(scenario, { prepared, assembly });
    const picks = r.targets!;
    expect(picks).toHaveLength(4);
    for (let i = 1; i < picks.length; i++) expect(picks[i].gain).toBeLessThanOrEqual(picks[i - 1].gain);
    const together = runScenario(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: picks.map((p) => p.iso3), strength: 1 }] }), { prepared, assembly });
    expect(together.scenario.expected.yes).toBeCloseTo(picks[3].expectedYes, 9);
    expect(together.scenario.pAdopted).toBe(picks[3].pAdopted);
    const sum = picks.reduce((s, p) => s + p.gain, 0);
    expect(sum).toBeCloseTo(together.delta.yes, 9);
  });

  it("for P(adopted), each pick's gain is the change in the probability of adoption", () => {
    const scenario = syntheticScenario({ targets: { k: 3, objective: "pAdopted" } });
    const r = runScenario(scenario, { prepared, assembly });
    let before = r.baseline.pAdopted;
    const chosen: string[] = [];
    for (const p of r.targets!) {
      chosen.push(p.iso3);
      const x = runScenario(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: [...chosen], strength: 1 }] }), { prepared, assembly });
      expect(x.scenario.pAdopted).toBe(p.pAdopted);
      expect(p.gain).toBeCloseTo(p.pAdopted - before, 12);
      before = p.pAdopted;
    }
  });

  it("counts a fall in yes as a gain for a lobby toward no", () => {
    const scenario = syntheticScenario({ interventions: [{ by: "RUS", toward: "N", targets: { list: "swing" }, strength: 1 }], targets: { k: 2 } });
    const r = runScenario(scenario, { prepared, assembly });
    for (const p of r.targets!) {
      expect(p.gain).toBeGreaterThan(0);
      expect(p.deltaYes).toBeCloseTo(-p.gain, 12);
    }
  });

  it("checks its options", () => {
    const { applied } = resolveInterventions(syntheticScenario(), prepared, assembly);
    expect(() => bestTargets(prepared, applied, { k: 3, pool: [4, 5], susceptibility: [1, 1] })).toThrow("invalid k; expected an integer in [1, 2] (the pool size): 3");
    expect(() => bestTargets(prepared, applied, { k: 1, pool: [4, 4], susceptibility: [1, 1] })).toThrow("invalid pool; expected distinct state indices in [0, 27]: 4");
  });
});
