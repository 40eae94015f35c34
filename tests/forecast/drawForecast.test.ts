import { describe, expect, it } from "vitest";
import { allocate, drawForecast, drawState, NORMAL_TABLE, normalStream, planDraws, studentScale } from "../../src/forecast/drawForecast.ts";
import type { Component } from "../../src/forecast/groupComponents.ts";
import { planHabits } from "../../src/forecast/planHabits.ts";
import { BAND_GRID, RESIDUAL_GRID, residualGuide, residualPosterior } from "../../src/forecast/residualPosterior.ts";
import type { ComponentStates, StatePriors } from "../../src/forecast/stateStep.ts";
import { seededRandom } from "../../src/model/seededRandom.ts";
import type { RollCallParams } from "../../src/model/types.ts";

describe("allocate", () => {
  it("shares whole draws in proportion by largest remainders", () => {
    // oracle, by hand: 10 x (0.55, 0.3, 0.15) = 5.5, 3, 1.5 -> floors 5, 3, 1 and one left for the larger remainder (tie: earlier) -> 6, 3, 1
    expect(allocate([0.55, 0.3, 0.15], 10)).toEqual([6, 3, 1]);
    expect(allocate([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(allocate([0, 1], 7)).toEqual([0, 7]);
    expect(allocate([2, 6], 10000).reduce((a, b) => a + b, 0)).toBe(10000);
  });
});

describe("normalStream", () => {
  it("gives standard normal draws: mean 0, variance 1, P(|z| < 1.96) = 0.95", () => {
    // oracle: the standard normal's moments and its 97.5% quantile 1.959964; tolerances 4 standard errors for n = 200,000
    const normal = normalStream(seededRandom(3));
    const n = 200_000;
    let sum = 0;
    let sum2 = 0;
    let inside = 0;
    for (let k = 0; k < n; k++) {
      const z = normal();
      sum += z;
      sum2 += z * z;
      if (Math.abs(z) < 1.959964) inside++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(sum2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(inside / n - 0.95)).toBeLessThan(4 * Math.sqrt((0.95 * 0.05) / n));
  });
  it("is deterministic with a seed", () => {
    const a = normalStream(seededRandom(9));
    const b = normalStream(seededRandom(9));
    for (let k = 0; k < 5; k++) expect(a()).toBe(b());
  });
});

/** Two components (weights 0.7, 0.3) over four states, one dimension: each state's residual posterior from a vote or none. */
function toyPlanInputs(): { components: Component[]; priors: StatePriors } {
  const S = 4;
  const vote = (category: 0 | 1 | 2) => ({ eta: 0.3, cutNo: -0.5, cutYes: 0.6, category });
  const params = [
    { undlId: "a", period: 70, beta: [1.4], cutNo: -0.4, cutYes: 0.5 },
    { undlId: "b", period: 71, beta: [0.8], cutNo: 0.2, cutYes: 0.9 },
  ] as unknown as RollCallParams[];
  const states = (votes: (0 | 1 | 2 | -1)[], sd: number): ComponentStates => {
    const cdf = votes.map((v) => residualPosterior(v < 0 ? [] : [vote(v as 0 | 1 | 2), vote(v as 0 | 1 | 2)], 5, 3, 0.75));
    return { params, cumulative: Float64Array.from([0.6, 1]), posSd: new Float64Array(S).fill(sd), cdf, guide: cdf.map((c) => residualGuide(c)), habit: new Int8Array(S).fill(-1), habitProb: new Float64Array(S) };
  };
  const component = (prior: number, itemSd: number, noiseScale: number) => ({ members: [], prior, broad: false, sameText: false, itemSd, noiseScale, label: "" }) as Component;
  return {
    components: [component(0.7, 0.3, 0.75), component(0.3, 0.2, 1.3)],
    priors: { posMean: Float64Array.from([-1, 0, 0.5, 2]), components: [states([2, 1, 0, -1], 0.2), states([-1, 0, 2, 1], 0.4)], absentLogit: new Float64Array(S) },
  };
}

describe("planDraws and drawForecast", () => {
  it("give the draws of one sequential stream: per draw its parameters, then one uniform per state", () => {
    // oracle: the draws computed in order from seededRandom(seed) (the engine before the draws were
    // computed by position), with the inverse CDF by plain bisection (drawResidual's)
    const { components, priors } = toyPlanInputs();
    const S = 4;
    const D = 50;
    const draws = drawForecast(planDraws(components, priors, S, 1, D, 9), priors);
    const random = seededRandom(9);
    const normal = normalStream(random);
    const counts = allocate([0.7, 0.3], D);
    let d = 0;
    components.forEach((c, ci) => {
      const cs = priors.components[ci];
      for (let n = 0; n < counts[ci]; n++, d++) {
        const u = random();
        const p = cs.params[u <= cs.cumulative[0] ? 0 : 1];
        const scale = Math.exp(0.5 * c.itemSd * normal());
        const c1 = p.cutNo + c.itemSd * normal();
        const width = Math.max(0, p.cutYes - p.cutNo) * Math.exp(0.5 * c.itemSd * normal());
        normal(); // the turnout shock's normal (no factors)
        normal(); // the habits' common shock
        expect(draws.cutNo[d]).toBe(c1 / c.noiseScale);
        expect(draws.cutYes[d]).toBe((c1 + width) / c.noiseScale);
        expect(draws.component[d]).toBe(ci);
        for (let s = 0; s < S; s++) {
          const w = random() * 8192;
          const cell = Math.floor(w);
          const v = w - cell;
          const f = cs.cdf[s];
          let lo = 0;
          for (let hi = f.length - 1; lo < hi; ) {
            const mid = (lo + hi) >> 1;
            if (f[mid] < v) lo = mid + 1;
            else hi = mid;
          }
          const below = lo > 0 ? f[lo - 1] : 0;
          const r = RESIDUAL_GRID[Math.floor(lo / BAND_GRID.length)] + ((v - below) / (f[lo] - below) - 0.5) * 0.25;
          const e = p.beta[0] * scale * (priors.posMean[s] + cs.posSd[s] * NORMAL_TABLE[cell]);
          expect(draws.eta[d * S + s]).toBe((e + r) * (1 / c.noiseScale));
          expect(draws.band[d * S + s]).toBe(BAND_GRID[lo % BAND_GRID.length] * (1 / c.noiseScale));
        }
      }
    });
  });

  it("compute a state's column as the full fill does, and an order moves whole draws", () => {
    const { components, priors } = toyPlanInputs();
    const plan = planDraws(components, priors, 4, 1, 300, 2);
    const all = drawForecast(plan, priors);
    const order = Int32Array.from({ length: 300 }, (_, d) => (d * 7) % 300);
    const moved = drawForecast(plan, priors, order);
    for (let s = 0; s < 4; s++) {
      const eta = new Float64Array(300);
      const band = new Float64Array(300);
      drawState(plan, priors, s, null, 0, 300, eta, band, 1, 0);
      for (let d = 0; d < 300; d++) {
        expect(eta[d]).toBe(all.eta[d * 4 + s]);
        expect(band[d]).toBe(all.band[d * 4 + s]);
        expect(moved.eta[d * 4 + s]).toBe(all.eta[order[d] * 4 + s]);
        expect(moved.band[d * 4 + s]).toBe(all.band[order[d] * 4 + s]);
      }
    }
    for (let d = 0; d < 300; d++) {
      expect([moved.cutNo[d], moved.cutYes[d], moved.component[d]]).toEqual([all.cutNo[order[d]], all.cutYes[order[d]], all.component[order[d]]]);
    }
  });

  it("skip the known states: their utility and band stay 0, every other state's draws are those of the full fill", () => {
    const { components, priors } = toyPlanInputs();
    const plan = planDraws(components, priors, 4, 1, 300, 2);
    const all = drawForecast(plan, priors);
    const known = Int8Array.from([-1, 2, -1, 0]);
    const part = drawForecast(plan, priors, null, null, known);
    for (let d = 0; d < 300; d++) {
      for (let s = 0; s < 4; s++) {
        expect(part.eta[d * 4 + s]).toBe(known[s] >= 0 ? 0 : all.eta[d * 4 + s]);
        expect(part.band[d * 4 + s]).toBe(known[s] >= 0 ? 0 : all.band[d * 4 + s]);
      }
    }
    expect(all.eta.some((e, i) => i % 4 === 1 && e !== 0)).toBe(true); // the full fill does draw them
  });

  it("apply habits: a habitual vote sits `margin` inside its category, band included, with the habit's probability", () => {
    // oracle, by hand: yes at cutYes + band + margin, no at cutNo - band - margin, abstain at the middle with its
    // band widened by the margin; the draws' own values where the habit does not hold (or there is none)
    const { components, priors } = toyPlanInputs();
    priors.components[0].habit = Int8Array.from([2, 0, 1, -1]);
    priors.components[0].habitProb = Float64Array.from([1, 1, 0.5, 0]);
    const plan = planDraws(components, priors, 4, 1, 2000, 3);
    const plain = drawForecast(plan, priors);
    const habits = planHabits(plain.component, priors, 6, 3, plan.end);
    const drawn = drawForecast(plan, priors, null, habits);
    let held = 0;
    for (let d = 0; d < 2000; d++) {
      const i = d * 4;
      if (drawn.component[d] === 1) {
        expect(Array.from(drawn.eta.subarray(i, i + 4))).toEqual(Array.from(plain.eta.subarray(i, i + 4)));
        continue;
      }
      expect(drawn.eta[i]).toBe(plain.cutYes[d] + plain.band[i] + 6);
      expect(drawn.eta[i + 1]).toBe(plain.cutNo[d] - plain.band[i + 1] - 6);
      expect([drawn.eta[i + 3], drawn.band[i + 3]]).toEqual([plain.eta[i + 3], plain.band[i + 3]]);
      if (drawn.band[i + 2] === plain.band[i + 2] + 6) {
        held++;
        expect(drawn.eta[i + 2]).toBe(0.5 * (plain.cutNo[d] + plain.cutYes[d]));
      } else expect([drawn.eta[i + 2], drawn.band[i + 2]]).toEqual([plain.eta[i + 2], plain.band[i + 2]]);
    }
    // oracle: Binomial(1400, 0.5) over component 0's 1400 draws (0.7 x 2000): mean 700, sd 18.7; 4 sd
    expect(Math.abs(held - 700)).toBeLessThan(75);
  });

  it("apply habits with the stream's numbers in order: draw by draw, one per state with a habit", () => {
    // oracle: the habits applied after the draws, draw by draw and state by state, with seededRandom's
    // numbers from the plan's end on (the engine before habits were applied as the draws were computed)
    const { components, priors } = toyPlanInputs();
    priors.components[0].habit = Int8Array.from([2, -1, 0, 1]);
    priors.components[0].habitProb = Float64Array.from([0.3, 0, 0.6, 0.5]);
    priors.components[1].habit = Int8Array.from([-1, 1, -1, -1]);
    priors.components[1].habitProb = Float64Array.from([0, 0.9, 0, 0]);
    const plan = planDraws(components, priors, 4, 1, 300, 8);
    const order = Int32Array.from({ length: 300 }, (_, d) => 299 - d);
    const expected = drawForecast(plan, priors, order);
    const random = seededRandom(8);
    for (let n = 0; n < plan.end; n++) random();
    for (let d = 0; d < 300; d++) {
      const { habit, habitProb } = priors.components[expected.component[d]];
      for (let s = 0; s < 4; s++) {
        if (habit[s] < 0 || random() >= habitProb[s]) continue;
        const i = d * 4 + s;
        if (habit[s] === 2) expected.eta[i] = expected.cutYes[d] + expected.band[i] + 6;
        else if (habit[s] === 0) expected.eta[i] = expected.cutNo[d] - expected.band[i] - 6;
        else {
          expected.eta[i] = 0.5 * (expected.cutNo[d] + expected.cutYes[d]);
          expected.band[i] += 6;
        }
      }
    }
    const drawn = drawForecast(plan, priors, order, planHabits(expected.component, priors, 6, 8, plan.end));
    expect(Array.from(drawn.eta)).toEqual(Array.from(expected.eta));
    expect(Array.from(drawn.band)).toEqual(Array.from(expected.band));
  });
});

describe("the camps' terms in drawState", () => {
  it("add lambda . factor and narrow the state's own noise to shrink, keeping the cutpoints' middle (oracle: the formula by hand from the plain draws)", () => {
    // oracle: eta = mid + ((plain eta) + lambda . f - mid) / shrink, band = (half + plain band) / shrink - half,
    // with mid and half the middle and half-width of the draw's cutpoints; a state without loadings is unchanged
    const { components, priors } = toyPlanInputs();
    const plan = planDraws(components, priors, 4, 1, 200, 5, 0, 0, 2);
    const plain = drawForecast(plan, priors);
    const lambda = Float64Array.from([0.8, -0.3, 0, 0, -0.5, 0.6, 0.2, 0.1]);
    const shrink = Float64Array.from([0.7, 1, 0.8, 0.95]);
    const withBlocs = { ...priors, blocs: { factors: 2, lambda, shrink } };
    const drawn = drawForecast(plan, withBlocs);
    for (let d = 0; d < 200; d++) {
      const mid = 0.5 * (plan.cutNo[d] + plan.cutYes[d]);
      const half = 0.5 * (plan.cutYes[d] - plan.cutNo[d]);
      for (let s = 0; s < 4; s++) {
        const e = plain.eta[d * 4 + s] + lambda[s * 2] * plan.factor[d * 2] + lambda[s * 2 + 1] * plan.factor[d * 2 + 1];
        expect(drawn.eta[d * 4 + s]).toBeCloseTo(mid + (e - mid) / shrink[s], 12);
        expect(drawn.band[d * 4 + s]).toBeCloseTo((half + plain.band[d * 4 + s]) / shrink[s] - half, 12);
      }
    }
  });
});

describe("studentScale", () => {
  it("turns a normal into a Student-t with df degrees of freedom: variance df/(df-2), P(|t| < t_0.975) = 0.95", () => {
    // oracle: Student-t with 4 degrees of freedom, variance 4/2 = 2 and 97.5% quantile 2.776445 (published table);
    // tolerances: 4 standard errors for n = 200,000 (the variance's from the t's fourth moment is infinite at df 4, so
    // the looser 0.1 there, about 5 of the sample variance's observed sd over seeds)
    const normal = normalStream(seededRandom(11));
    const n = 200_000;
    let sum2 = 0;
    let inside = 0;
    for (let k = 0; k < n; k++) {
      const t = studentScale(4, normal) * normal();
      sum2 += t * t;
      if (Math.abs(t) < 2.776445) inside++;
    }
    expect(Math.abs(inside / n - 0.95)).toBeLessThan(4 * Math.sqrt((0.95 * 0.05) / n));
    expect(Math.abs(sum2 / n - 2)).toBeLessThan(0.1);
  });
});

describe("planDraws' cutpoint shift", () => {
  it("places the cutpoints cutShift below the member's, scaled by the noise (oracle: with no common shock, cutNo = (member's cutNo - shift) / noiseScale)", () => {
    const { components, priors } = toyPlanInputs();
    const still = components.map((c) => ({ ...c, itemSd: 0, cutShift: 0.4 }));
    const plan = planDraws(still, priors, 4, 1, 20, 3);
    const params = priors.components[0].params;
    for (let d = 0; d < 20; d++) {
      const c = still[plan.component[d]];
      const candidates = params.map((p) => (p.cutNo - 0.4) / c.noiseScale);
      expect(candidates.some((x) => Math.abs(x - plan.cutNo[d]) < 1e-12)).toBe(true);
    }
  });
});

