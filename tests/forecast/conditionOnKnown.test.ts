import { describe, expect, it } from "vitest";
import { conditionOnKnown, type StateColumn } from "../../src/forecast/conditionOnKnown.ts";
import type { ForecastDraws } from "../../src/forecast/drawForecast.ts";
import type { StatePriors } from "../../src/forecast/stateStep.ts";
import { seededRandom } from "../../src/model/seededRandom.ts";

const logit = (p: number) => Math.log(p / (1 - p));
/** Four draws of two states, two components (draws 0-1 and 2-3); state 0 votes yes with probability 0.9 in component 0 and 0.1 in component 1. */
function toy(habit = -1, habitProb = 0): { draws: ForecastDraws; priors: StatePriors; column: (s: number) => StateColumn } {
  const eta = Float64Array.from([logit(0.9), 0, logit(0.9), 0, logit(0.1), 0, logit(0.1), 0]);
  const comp = (): StatePriors["components"][number] => ({
    params: [], cumulative: new Float64Array(1), posSd: new Float64Array(2), cdf: [], guide: [],
    habit: Int8Array.from([habit, -1]), habitProb: Float64Array.from([habitProb, 0]),
  });
  const draws = { eta, band: new Float64Array(8), cutNo: new Float64Array(4).fill(-20), cutYes: new Float64Array(4), component: Int8Array.from([0, 0, 1, 1]) };
  return {
    draws,
    // state s's column, read from the draw-major arrays when asked (so changes to draws.eta count)
    column: (s) => ({ eta: draws.eta.filter((_, i) => i % 2 === s), band: draws.band.filter((_, i) => i % 2 === s) }),
    priors: { posMean: new Float64Array(2), components: [comp(), comp()], absentLogit: new Float64Array(2) },
  };
}

describe("conditionOnKnown", () => {
  it("moves weight to the component that explains the known vote, by hand-computed importance weights", () => {
    const { draws, priors, column } = toy();
    const c = conditionOnKnown(draws, column, priors, Int8Array.from([2, -1]), 2, 0.02, seededRandom(1));
    // oracle, by hand: P(yes) = 1 - sigma(cutYes - eta) = 0.9 or 0.1 (cutNo far below); weights 0.98 p + 0.02/3:
    // component 0: 0.882 + 0.006667 = 0.888667, component 1: 0.098 + 0.006667 = 0.104667 -> posterior 0.8946, 0.1054
    expect(c.posterior[0]).toBeCloseTo(0.888667 / (0.888667 + 0.104667), 5);
    expect(c.posterior[1]).toBeCloseTo(0.104667 / (0.888667 + 0.104667), 5);
    expect(c.priorProbability.get(0)).toBeCloseTo(0.5, 9);
    expect(c.order).not.toBeNull();
    // effective draws (Kish): (sum w)^2 / sum w^2 over the four draws
    const w = [0.888667, 0.888667, 0.104667, 0.104667];
    expect(c.effectiveDraws).toBeCloseTo(w.reduce((a, b) => a + b) ** 2 / w.reduce((a, b) => a + b * b, 0), 4);
  });

  it("never collapses: a vote no draw makes likely keeps the breakaway floor", () => {
    const { draws, priors, column } = toy();
    draws.eta.set([-40, 0, -40, 0, -40, 0, -40, 0]); // P(yes) ~ 0 everywhere
    const c = conditionOnKnown(draws, column, priors, Int8Array.from([2, -1]), 2, 0.02, seededRandom(1));
    expect(c.priorProbability.get(0)!).toBeLessThan(1e-12);
    expect(c.posterior).toEqual([0.5, 0.5]); // every draw at the floor: nothing learned
    expect(c.effectiveDraws).toBeCloseTo(4, 9);
  });

  it("counts a habit in closed form: h 1[habit = vote] + (1 - h) P(vote)", () => {
    const { draws, priors, column } = toy(2, 0.5);
    const c = conditionOnKnown(draws, column, priors, Int8Array.from([2, -1]), 2, 0.02, seededRandom(1));
    // oracle: P = 0.5 + 0.5 x 0.9 = 0.95 in component 0, 0.5 + 0.5 x 0.1 = 0.55 in component 1; mean 0.75
    expect(c.priorProbability.get(0)).toBeCloseTo(0.75, 9);
  });

  it("does nothing without known yes/abstain/no positions (absent is not conditioned on)", () => {
    const { draws, priors, column } = toy();
    const c = conditionOnKnown(draws, column, priors, Int8Array.from([3, -1]), 2, 0.02, seededRandom(1));
    expect(c.order).toBeNull();
    expect(c.posterior).toEqual([0.5, 0.5]);
  });
});
