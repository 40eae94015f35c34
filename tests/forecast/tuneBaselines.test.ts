import { describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { BASELINE_WEIGHTS, B5_CHOICE } from "../../src/forecast/baselineWeights.ts";
import { baselineTuningVotes, tuneBaselines, type TuningVote } from "../../src/forecast/tuneBaselines.ts";

describe("tuneBaselines", () => {
  it("chooses the weight of lowest log-loss per kind and B5 as the best baseline (oracle: votes built by hand)", () => {
    // repeated: the previous vote is right 9 times in 10; novel: the nearest title's vote (abstain) is never cast; emergency: the nearest title is always right
    const b1 = [0.6, 0.2, 0.15, 0.05];
    const votes: TuningVote[] = [];
    for (let k = 0; k < 100; k++) {
      votes.push({ kind: "repeated", actual: 2, previous: k % 10 === 0 ? 0 : 2, nearest: 0, b1 });
      votes.push({ kind: "novel", actual: k % 2 === 0 ? 0 : 2, previous: null, nearest: 1, b1 });
      votes.push({ kind: "emergency", actual: 1, previous: 0, nearest: 1, b1 });
    }
    const t = tuneBaselines(votes, [0, 0.5, 0.9, 1]);
    // repeated B2: log-loss of w=0.9 beats 1 (a wrong previous vote costs log(1e-6)) and 0.5
    expect(t.B2.repeated).toBe(0.9);
    expect(t.B3.repeated).toBe(0); // the nearest title says yes, the vote is no: weight 0
    expect(t.B2.novel).toBe(0); // no previous vote: B1 whatever the weight, the first kept
    expect(t.B3.emergency).toBe(1);
    expect(t.B3.novel).toBe(0); // B1 itself: a tie with B1, which B5 then keeps (ties go to the simpler baseline)
    expect(t.B5).toEqual({ repeated: "B2 shares + last vote", novel: "B1 recent shares", emergency: "B3 nearest title" });
    expect(t.votes).toEqual({ repeated: 100, novel: 100, emergency: 100 });
    // by hand: B1's log-loss on the emergency votes is -log(0.2 / 0.95)
    expect(t.best.emergency["B1 recent shares"]).toBeCloseTo(-Math.log(0.2 / 0.95), 12);
  });

  it("re-runs the committed tuning of every kind's weights and B5's choice on a small grid (all the tuning votes: 20 s on an idle machine)", () => {
    const a = loadAssembly();
    const votes = baselineTuningVotes(a);
    const t = tuneBaselines(votes, [0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.85, 0.9, 0.95]);
    expect(t.votes).toEqual({ repeated: 94_251, novel: 25_440, emergency: 5_563 });
    expect({ B2: t.B2, B3: t.B3, B5: t.B5 }).toEqual({ ...BASELINE_WEIGHTS, B5: B5_CHOICE });
  }, 300_000);
});
