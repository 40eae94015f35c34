import { describe, expect, it } from "vitest";
import { conditionOnKnown } from "../../src/forecast/conditionOnKnown.ts";
import { drawForecast, planDraws } from "../../src/forecast/drawForecast.ts";
import type { Component } from "../../src/forecast/groupComponents.ts";
import { residualGuide, residualPosterior } from "../../src/forecast/residualPosterior.ts";
import type { ComponentStates, StatePriors } from "../../src/forecast/stateStep.ts";
import type { RollCallParams } from "../../src/model/types.ts";

/** Two components (a yes-leaning and a split roll call) over six states, one dimension; states 0-2 move together (factor 1), 3-5 against them. */
function toy(blocs = true): { components: Component[]; priors: StatePriors } {
  const S = 6;
  const params = (cut: number) => [{ undlId: 1, period: 70, beta: [1.2], cutNo: cut - 0.6, cutYes: cut + 0.4 }] as unknown as RollCallParams[];
  const states = (cut: number): ComponentStates => {
    const cdf = Array.from({ length: S }, () => residualPosterior([], 1, 0.5, 1));
    return { params: params(cut), cumulative: Float64Array.from([1]), posSd: new Float64Array(S).fill(0.3), cdf, guide: cdf.map((c) => residualGuide(c)), habit: new Int8Array(S).fill(-1), habitProb: new Float64Array(S) };
  };
  const component = (prior: number) => ({ members: [], prior, broad: false, sameText: true, itemSd: 0.4, noiseScale: 1, label: "" }) as unknown as Component;
  const lambda = Float64Array.from([1.2, 1.1, 1.0, -1.0, -1.1, -1.2]);
  return {
    components: [component(0.5), component(0.5)],
    priors: {
      posMean: Float64Array.from([0.2, -0.1, 0.3, 0.1, -0.2, 0.0]),
      components: [states(-2), states(0.5)],
      absentLogit: new Float64Array(S).fill(-3),
      ...(blocs ? { blocs: { factors: 1, lambda, shrink: Float64Array.from(lambda, (l) => Math.sqrt(1 - (l * l) / (Math.PI ** 2 / 3))) } } : {}),
    },
  };
}

const options = { breakaway: 0.02, moves: 3, particles: 2000, turnoutSd: 0.5, power: 1, start: 0 };

/** Each state's P(yes) averaged over draws, from drawForecast's utilities (ordered logit, absence left out). */
function pYes(draws: ReturnType<typeof drawForecast>, S: number): number[] {
  const D = draws.cutNo.length;
  const out = new Array<number>(S).fill(0);
  for (let d = 0; d < D; d++) for (let s = 0; s < S; s++) out[s] += 1 / (1 + Math.exp(draws.cutYes[d] + draws.band[d * S + s] - draws.eta[d * S + s])) / D;
  return out;
}

describe("conditionOnKnown", () => {
  it("targets the posterior: component weights and the known vote's probability match importance weights computed from drawForecast's own utilities", () => {
    // oracle: plain importance sampling over 40,000 prior draws, the likelihood of state 0 voting yes computed
    // independently from drawForecast's utilities and bands (present x P(yes), floor as documented); tolerance 0.03
    // (the sampler's Monte Carlo error with 2,000 particles is about 0.01)
    const { components, priors } = toy();
    const S = 6;
    const big = planDraws(components, priors, S, 1, 40000, 4, 0, 0, 1);
    const draws = drawForecast(big, priors);
    const present = 1 - 1 / (1 + Math.exp(3));
    let w0 = 0, w1 = 0, pSum = 0;
    for (let d = 0; d < 40000; d++) {
      const p = present * (1 / (1 + Math.exp(draws.cutYes[d] + draws.band[d * S] - draws.eta[d * S])));
      const w = 0.98 * p + 0.005;
      if (draws.component[d] === 0) w0 += w;
      else w1 += w;
      pSum += p * w;
    }
    const plan = planDraws(components, priors, S, 1, 4000, 4, 0, 0, 1);
    const fixed = Int8Array.from([2, -1, -1, -1, -1, -1]);
    const c = conditionOnKnown(plan, components, priors, fixed, { ...options, turnoutSd: 0, start: plan.end });
    expect(c.posterior[0]).toBeCloseTo(w0 / (w0 + w1), 1);
    expect(Math.abs(c.posterior[0] - w0 / (w0 + w1))).toBeLessThan(0.03);
    expect(Math.abs(c.posteriorProbability.get(0)! - pSum / (w0 + w1))).toBeLessThan(0.03);
    expect(c.priorProbability.get(0)!).toBeLessThan(c.posteriorProbability.get(0)!);
  });

  it("moves the states that deviate with a known one: a no from state 0 lowers its camp's yes and raises the other camp's", () => {
    // oracle: the sign of the factor loadings (states 1-2 share state 0's, 3-5 are opposite); without the camps'
    // terms only the roll call's own parameters move, and every state moves the same way
    const S = 6;
    const fixed = Int8Array.from([0, -1, -1, -1, -1, -1]);
    const shift = (blocs: boolean) => {
      const { components, priors } = toy(blocs);
      const plan = planDraws(components, priors, S, 1, 4000, 7, 0, 0, 1);
      const before = pYes(drawForecast(plan, priors), S);
      const c = conditionOnKnown(plan, components, priors, fixed, { ...options, start: plan.end });
      const after = pYes(drawForecast(c.plan, priors), S);
      return after.map((p, s) => p - before[s]);
    };
    const camps = shift(true);
    expect(camps[1]).toBeLessThan(-0.05);
    expect(camps[2]).toBeLessThan(-0.05);
    expect(camps[3]).toBeGreaterThan(camps[1] + 0.1);
    expect(camps[5]).toBeGreaterThan(camps[2] + 0.1);
    const none = shift(false);
    expect(Math.abs(none[1] - none[4])).toBeLessThan(0.05);
  });

  it("learns from known absences through the turnout shock", () => {
    // oracle: with every known state absent, the turnout normal's posterior mean rises above its prior 0
    const { components, priors } = toy(false);
    const plan = planDraws(components, priors, 6, 1, 2000, 3, 0, 0, 0);
    const c = conditionOnKnown(plan, components, priors, Int8Array.from([3, 3, 3, -1, -1, -1]), { ...options, start: plan.end });
    const mean = c.plan.turnout.reduce((a, b) => a + b, 0) / c.plan.turnout.length;
    expect(mean).toBeGreaterThan(0.5);
    expect(c.priorProbability.get(0)!).toBeCloseTo(1 / (1 + Math.exp(3)), 1);
  });

  it("never collapses: a vote no draw makes likely stays a surprise and the sampler still returns every draw", () => {
    const { components, priors } = toy(false);
    priors.posMean[0] = -30; // state 0 votes no in every draw
    const plan = planDraws(components, priors, 6, 1, 1000, 2, 0, 0, 0);
    const c = conditionOnKnown(plan, components, priors, Int8Array.from([2, -1, -1, -1, -1, -1]), { ...options, start: plan.end });
    expect(c.posteriorProbability.get(0)!).toBeLessThan(1e-6);
    expect(c.plan.cutNo.length).toBe(1000);
    expect(c.posterior[0] + c.posterior[1]).toBeCloseTo(1, 9);
  });

  it("does nothing without known positions, and is deterministic", () => {
    const { components, priors } = toy();
    const plan = planDraws(components, priors, 6, 1, 500, 9, 0, 0, 1);
    const none = conditionOnKnown(plan, components, priors, new Int8Array(6).fill(-1), { ...options, start: plan.end });
    expect(none.plan).toBe(plan);
    const fixed = Int8Array.from([2, 0, -1, -1, -1, -1]);
    const a = conditionOnKnown(plan, components, priors, fixed, { ...options, start: plan.end });
    const b = conditionOnKnown(plan, components, priors, fixed, { ...options, start: plan.end });
    expect(Array.from(a.plan.cutNo)).toEqual(Array.from(b.plan.cutNo));
    expect(Array.from(a.plan.factor)).toEqual(Array.from(b.plan.factor));
  });
});
