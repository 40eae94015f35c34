import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/simulate/runScenario.ts";
import { loadLobbying } from "../../src/simulate/lobbying/loadLobbying.ts";
import type { LobbyingModel } from "../../src/simulate/lobbying/fitLobbying.ts";
import type { Scenario } from "../../src/simulate/types.ts";
import { syntheticAssembly, syntheticPrepared, syntheticScenario } from "./fixtures.ts";

const assembly = syntheticAssembly();
const prepared = syntheticPrepared();
const lobbying = loadLobbying();
const run = (s: Scenario, l: LobbyingModel = lobbying) => runScenario(s, { prepared, assembly, lobbying: l });
const unit = lobbying.effect.estimate;

describe("strengths in typical campaigns", () => {
  it("zero campaigns reproduce the baseline to the last digit, curve included", () => {
    // oracle: the baseline itself; tolerance: none (common random numbers, a per-draw shift of 0 x scale)
    const r = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: { campaigns: 0 } }], curve: { from: 0, to: 1, points: 3 } }));
    expect(r.forecasts.scenario).toEqual(r.forecasts.baseline);
    expect(r.delta).toEqual({ yes: 0, no: 0, abstain: 0, absent: 0, pAdopted: 0 });
    expect(r.curve![0].expectedYes).toBe(r.baseline.expected.yes);
    expect(r.interventions[0]).toMatchObject({ unit: "campaigns", strength: 0, campaigns: 0 });
  });

  it("states every strength in both units", () => {
    const r = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: 1.5 }], curve: { from: 0, to: 2, points: 3 } }));
    expect(r.interventions[0]).toMatchObject({ unit: "latent", strength: 1.5, susceptibilityKind: "agreement" });
    expect(r.interventions[0].campaigns).toBeCloseTo(1.5 / unit, 12);
    expect(r.curve!.map((p) => p.campaigns)).toEqual([0, 1 / unit, 2 / unit]);
    const c = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: { campaigns: 2 } }] }));
    expect(c.interventions[0].strength).toBeCloseTo(2 * unit, 12);
    expect(c.interventions[0].campaigns).toBeCloseTo(2, 12);
  });

  it("with no uncertainty in the estimate, one campaign equals the latent strength of one campaign (1e-9)", () => {
    // oracle: the latent-unit path, which the campaign path must equal when every draw's strength is the estimate
    const certain: LobbyingModel = { ...lobbying, effect: { ...lobbying.effect, estimate: 0.8 }, effectQuantiles: Array(101).fill(0.8) };
    const a = run(syntheticScenario({ interventions: [{ by: "USA", toward: "N", targets: { list: "swing" }, strength: { campaigns: 1 } }] }), certain);
    const b = run(syntheticScenario({ interventions: [{ by: "USA", toward: "N", targets: { list: "swing" }, strength: 0.8 }] }), certain);
    expect(a.scenario.expected.yes).toBeCloseTo(b.scenario.expected.yes, 9);
    expect(a.scenario.expected.no).toBeCloseTo(b.scenario.expected.no, 9);
    expect(a.scenario.pAdopted).toBeCloseTo(b.scenario.pAdopted, 9);
  });

  it("carries the estimate's uncertainty: a spread of per-draw strengths changes the result, the same seed gives the same numbers", () => {
    const spread: LobbyingModel = { ...lobbying, effect: { ...lobbying.effect, estimate: 0.8 }, effectQuantiles: Array.from({ length: 101 }, (_, i) => 1.6 * (i / 100)) };
    const s = syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: { campaigns: 1 } }] });
    const a = run(s, spread);
    expect(run(s, spread).scenario).toEqual(a.scenario);
    const point = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: 0.8 }] }), spread);
    expect(a.scenario.expected.yes).not.toBe(point.scenario.expected.yes);
    // the same mean strength: the expected yes counts stay close (within 1 vote on this 28-state assembly)
    expect(Math.abs(a.scenario.expected.yes - point.scenario.expected.yes)).toBeLessThan(1);
  });

  it("uses the measured responsiveness when asked", () => {
    const r = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: 1, susceptibility: "measured" }] }));
    const measured = new Map(lobbying.responsiveness.members.map((m) => [m.iso3, Math.max(0, Math.min(10, m.estimate))]));
    expect(r.interventions[0].susceptibilityKind).toBe("measured");
    for (const t of r.interventions[0].targets) expect(t.susceptibility).toBe(measured.get(t.iso3) ?? 1);
  });

  it("refuses campaigns toward abstention and measured susceptibility for other lobbies", () => {
    expect(() => run(syntheticScenario({ interventions: [{ by: "USA", toward: "A", targets: { list: "swing" }, strength: { campaigns: 1 } }] }))).toThrow(/strength in campaigns is for interventions toward "Y" or "N"/);
    expect(() => run(syntheticScenario({ interventions: [{ by: "RUS", toward: "Y", targets: { list: "swing" }, strength: 1, susceptibility: "measured" }] }))).toThrow(/"measured" is the responsiveness to US campaigns/);
    expect(() => run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: { campaigns: 11 } }] }))).toThrow(/strength.campaigns/);
  });
});
