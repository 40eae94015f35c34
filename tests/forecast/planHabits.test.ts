import { describe, expect, it } from "vitest";
import { planHabits } from "../../src/forecast/planHabits.ts";
import type { StatePriors } from "../../src/forecast/stateStep.ts";

/** Two components over four states: habits [2, -1, 0, 1] and [-1, -1, 2, -1]. */
function priors(): StatePriors {
  const comp = (habit: number[]) => ({ params: [], cumulative: new Float64Array(1), posSd: new Float64Array(4), cdf: [], guide: [], habit: Int8Array.from(habit), habitProb: new Float64Array(4).fill(0.5) });
  return { posMean: new Float64Array(4), absentLogit: new Float64Array(4), components: [comp([2, -1, 0, 1]), comp([-1, -1, 2, -1])] };
}

describe("planHabits", () => {
  it("lays the uniforms out draw by draw, one per state with a habit in the draw's component", () => {
    // oracle, by hand: draws of components 0, 1, 1, 0 take 3, 1, 1, 3 numbers from position 10
    const plan = planHabits(Int8Array.from([0, 1, 1, 0]), priors(), 6, 4, 10);
    expect(Array.from(plan.first)).toEqual([10, 13, 14, 15]);
    expect(plan.end).toBe(18);
    expect(Array.from(plan.rank)).toEqual([0, -1, 1, 2, -1, -1, 0, -1]); // component 0's states, then component 1's
    expect([plan.seed, plan.margin]).toEqual([4, 6]);
  });
});
