import { describe, expect, it } from "vitest";
import { REGIONAL_GROUPS } from "../../src/data/countryCatalog.ts";
import { simulateOutcome } from "../../src/forecast/simulateOutcome.ts";
import { runScenario } from "../../src/simulate/runScenario.ts";
import type { Scenario } from "../../src/simulate/types.ts";
import { code, ISO3, syntheticAssembly, syntheticPrepared, syntheticScenario } from "./fixtures.ts";

const assembly = syntheticAssembly();
const prepared = syntheticPrepared();
const run = (s: Scenario, p = prepared) => runScenario(s, { prepared: p, assembly });
const swing = [10, 11, 12, 13, 14, 15, 16, 17].map(code);

describe("runScenario", () => {
  it("zero strength changes nothing: identical numbers with the same seed", () => {
    // oracle: the baseline itself; tolerance: none (common random numbers, a shift of +0)
    for (const toward of ["Y", "N", "A", "attend", "stay away"] as const) {
      const r = run(syntheticScenario({ interventions: [{ by: "USA", toward, targets: { list: "swing" }, strength: 0 }], curve: { from: 0, to: 1, points: 3 } }));
      expect(r.scenario).toEqual(r.baseline);
      expect(r.forecasts.scenario).toEqual(r.forecasts.baseline);
      expect(r.flips).toEqual([]);
      expect(r.changes.every((c) => c.size === 0)).toBe(true);
      expect(r.delta).toEqual({ yes: 0, no: 0, abstain: 0, absent: 0, pAdopted: 0 });
      expect(r.curve![0].expectedYes).toBe(r.baseline.expected.yes);
      expect(r.curve![0].pAdopted).toBe(r.baseline.pAdopted);
      expect([r.curve![0].yesLo80, r.curve![0].yesHi80]).toEqual(r.baseline.interval80.yes);
    }
  });

  it("pushing toward yes never lowers a target's P(yes) nor the expected yes count", () => {
    let previous = -Infinity;
    for (const strength of [0, 0.25, 0.5, 1, 2, 4, 8, 20]) {
      const r = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { group: [...REGIONAL_GROUPS] }, strength }] }));
      for (const c of r.changes) expect(c.delta.pYes).toBeGreaterThanOrEqual(0);
      expect(r.delta.yes).toBeGreaterThanOrEqual(0);
      expect(r.scenario.expected.yes).toBeGreaterThanOrEqual(previous);
      previous = r.scenario.expected.yes;
    }
  });

  it("pushing toward no never raises a target's P(yes); the curve of expected yes falls", () => {
    const r = run(syntheticScenario({ interventions: [{ by: "RUS", toward: "N", targets: { list: "swing" }, strength: 1.5 }], curve: { to: 6, points: 13 } }));
    for (const c of r.changes) expect(c.delta.pYes).toBeLessThanOrEqual(0);
    const ys = r.curve!.map((p) => p.expectedYes);
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeLessThanOrEqual(ys[i - 1]);
  });

  it("leaves non-targets exactly as they were", () => {
    const r = run(syntheticScenario({ interventions: [{ by: "USA", toward: "A", targets: { list: "swing" }, strength: 2 }, { by: "RUS", toward: "stay away", targets: [code(20), code(21)], strength: 1 }] }));
    const targeted = new Set([...swing, code(20), code(21)]);
    for (const c of r.changes) {
      expect(c.targeted).toBe(targeted.has(c.iso3));
      if (!targeted.has(c.iso3)) expect(c.after).toEqual(c.before);
    }
  });

  it("saturates: no probability above 1, no negative count, totals add up to the membership", () => {
    for (const toward of ["Y", "N", "A", "attend", "stay away"] as const) {
      const r = run(syntheticScenario({ interventions: [{ by: ["USA", "RUS"], toward, targets: ISO3.slice(2), strength: 20, susceptibility: 10 }], curve: { to: 50, points: 5 } }));
      for (const c of r.changes) {
        for (const p of Object.values(c.after)) expect(0 <= p && p <= 1).toBe(true);
        expect(c.after.pYes + c.after.pAbstain + c.after.pNo + c.after.pAbsent).toBeCloseTo(1, 12);
      }
      const e = r.scenario.expected;
      for (const v of Object.values(e)) expect(v).toBeGreaterThanOrEqual(0);
      expect(e.yes + e.no + e.abstain + e.absent).toBeCloseTo(ISO3.length, 9);
      for (const [lo, hi] of Object.values(r.scenario.interval95)) expect(0 <= lo && lo <= hi && hi <= ISO3.length).toBe(true);
      for (const p of r.curve!) expect(0 <= p.yesLo80 && p.yesHi80 <= ISO3.length && 0 <= p.pAdopted && p.pAdopted <= 1).toBe(true);
    }
    // a huge push toward yes takes every movable target to (nearly) certain yes among those present
    const y = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: 20, susceptibility: 10 }] }));
    for (const c of y.changes.filter((c) => c.targeted)) expect(c.after.pYes).toBeCloseTo(1 - c.after.pAbsent, 9);
  });

  it("toward A pulls to abstention without overshooting: P(abstain) rises with strength", () => {
    let previous = run(syntheticScenario({ interventions: [{ by: "RUS", toward: "A", targets: { list: "swing" }, strength: 0 }] })).changes;
    for (const strength of [0.5, 1, 2, 5, 20]) {
      const r = run(syntheticScenario({ interventions: [{ by: "RUS", toward: "A", targets: { list: "swing" }, strength }] }));
      for (const c of r.changes.filter((x) => x.targeted)) {
        const before = previous.find((x) => x.iso3 === c.iso3)!;
        expect(c.after.pAbstain).toBeGreaterThanOrEqual(before.after.pAbstain - 1e-15);
      }
      previous = r.changes;
    }
  });

  it("counter-lobbying of equal strength from the other side cancels for symmetric susceptibility", () => {
    // oracle: the baseline; the two shifts are +s and -s on the same targets, so they cancel exactly
    const r = run(syntheticScenario({
      interventions: [
        { by: "USA", toward: "Y", targets: { list: "swing" }, strength: 1.2, susceptibility: 1 },
        { by: "RUS", toward: "N", targets: { list: "swing" }, strength: 1.2, susceptibility: 1 },
      ],
    }));
    expect(r.scenario.expected.yes).toBeCloseTo(r.baseline.expected.yes, 12);
    expect(r.scenario.pAdopted).toBe(r.baseline.pAdopted);
    const one = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: 1.2, susceptibility: 1 }] }));
    expect(one.delta.yes).toBeGreaterThan(0.5);
    // with agreement-based susceptibility the lobbies are not symmetric, but a counter-lobby still takes back most of the gain
    const both = run(syntheticScenario({
      interventions: [
        { by: "USA", toward: "Y", targets: { list: "swing" }, strength: 1.2 },
        { by: "RUS", toward: "N", targets: { list: "swing" }, strength: 1.2 },
      ],
    }));
    const us = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: 1.2 }] }));
    expect(Math.abs(both.delta.yes)).toBeLessThan(0.5 * us.delta.yes);
  });

  it("never moves the lobbying side or a known position, and reports them as skipped", () => {
    const r = run(syntheticScenario({ interventions: [{ by: "USA", toward: "N", targets: ["USA", code(2), code(10), "RUS"], strength: 2 }] }));
    expect(r.interventions[0].targets.map((t) => t.iso3)).toEqual([code(10), "RUS"]); // in the order given
    expect(r.interventions[0].skipped).toEqual([
      { iso3: "USA", reason: "lobbying side" },
      { iso3: code(2), reason: "known position" },
    ]);
    const usa = r.changes.find((c) => c.iso3 === "USA")!;
    expect(usa.size).toBe(0);
  });

  it("is deterministic with a seed, and the seed matters", () => {
    const scenario = syntheticScenario({ curve: { to: 2, points: 5 }, targets: { k: 3, objective: "pAdopted" }, observed: { yes: 13 } });
    const strip = (r: ReturnType<typeof run>) => JSON.stringify({ ...r, forecasts: undefined });
    const a = strip(run(scenario, syntheticPrepared({ seed: 5 })));
    const b = strip(run(scenario, syntheticPrepared({ seed: 5 })));
    const c = strip(run(scenario, syntheticPrepared({ seed: 6 })));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it("does not modify the scenario", () => {
    const scenario = syntheticScenario({ curve: { to: 2, points: 3 }, targets: { k: 2 }, observed: { yes: 13 } });
    const copy = structuredClone(scenario);
    const before = structuredClone(prepared);
    run(scenario);
    expect(scenario).toEqual(copy);
    expect(prepared).toEqual(before);
  });

  it("gives the full forecasts equal to simulateOutcome on the same draws", () => {
    const r = run(syntheticScenario());
    expect(r.forecasts.baseline).toEqual(simulateOutcome(prepared));
  });

  it("picks the N most persuadable states: the largest single gains in P(yes)", () => {
    const r = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { mostPersuadable: 5 }, strength: 1, susceptibility: 1 }] }));
    const chosen = r.interventions[0].targets.map((t) => t.iso3);
    expect(chosen).toHaveLength(5);
    // oracle: one state at a time, the gain from the same push (a run per state)
    const gains = ISO3.filter((iso3) => iso3 !== "USA" && iso3 !== code(2)).map((iso3) => {
      const x = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: [iso3], strength: 1, susceptibility: 1 }] }));
      return { iso3, gain: x.changes.find((c) => c.iso3 === iso3)!.delta.pYes };
    }).sort((a, b) => b.gain - a.gain);
    expect([...chosen].sort()).toEqual(gains.slice(0, 5).map((g) => g.iso3).sort());
  });

  it("reports flips with the probabilities of the new most likely outcome", () => {
    const r = run(syntheticScenario({ interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: 3 }] }));
    expect(r.flips.length).toBeGreaterThan(0);
    for (const f of r.flips) {
      const c = r.changes.find((x) => x.iso3 === f.iso3)!;
      expect(f.to).toBe("Y");
      expect(f.pBefore).toBe(c.before.pYes);
      expect(f.pAfter).toBe(c.after.pYes);
      expect(f.pAfter).toBeGreaterThan(f.pBefore);
    }
  });
});
