import { describe, expect, it } from "vitest";
import { applyHabits } from "../../src/forecast/applyHabits.ts";
import type { ForecastDraws } from "../../src/forecast/drawForecast.ts";
import type { StatePriors } from "../../src/forecast/stateStep.ts";

function setup(habit: number[], prob: number[]): { draws: ForecastDraws; priors: StatePriors } {
  const S = habit.length;
  return {
    draws: { eta: new Float64Array(2 * S), band: new Float64Array(2 * S).fill(0.5), cutNo: Float64Array.from([-1, -1]), cutYes: Float64Array.from([1, 1]), component: new Int8Array(2) },
    priors: {
      posMean: new Float64Array(S), absentLogit: new Float64Array(S),
      components: [{ params: [], cumulative: new Float64Array(1), posSd: new Float64Array(S), cdf: [], guide: [], habit: Int8Array.from(habit), habitProb: Float64Array.from(prob) }],
    },
  };
}

describe("applyHabits", () => {
  it("places a habitual vote `margin` inside its category, band included", () => {
    const { draws, priors } = setup([2, 0, 1, -1], [1, 1, 1, 1]);
    applyHabits(draws, priors, 6, 1, 0);
    // oracle, by hand: yes at cutYes + band + 6 = 1 + 0.5 + 6; no at cutNo - band - 6 = -7.5; abstain at the middle, band 0.5 + 6
    expect(Array.from(draws.eta.subarray(0, 4))).toEqual([7.5, -7.5, 0, 0]);
    expect(Array.from(draws.band.subarray(0, 4))).toEqual([0.5, 0.5, 6.5, 0.5]);
  });
  it("repeats with the habit's probability and leaves other states alone", () => {
    const { draws, priors } = setup([2, 2], [0, 0.5]);
    const many = { ...draws, eta: new Float64Array(2 * 2000), band: new Float64Array(2 * 2000), cutNo: new Float64Array(2000), cutYes: new Float64Array(2000), component: new Int8Array(2000) };
    applyHabits(many, priors, 6, 3, 0);
    let repeated = 0;
    for (let d = 0; d < 2000; d++) {
      expect(many.eta[d * 2]).toBe(0);
      if (many.eta[d * 2 + 1] === 6) repeated++;
    }
    // oracle: Binomial(2000, 0.5): mean 1000, sd 22.4; 4 sd
    expect(Math.abs(repeated - 1000)).toBeLessThan(90);
  });
});
