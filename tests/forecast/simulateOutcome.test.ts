import { describe, expect, it } from "vitest";
import type { PreparedForecast } from "../../src/forecast/PreparedForecast.ts";
import { simulateOutcome } from "../../src/forecast/simulateOutcome.ts";
import { uniformAt } from "../../src/model/uniformAt.ts";

/** A prepared forecast with one draw repeated: every number is hand-computable from the uniforms uniformAt(7, d x 3 + s). */
function tiny(draws = 4): PreparedForecast {
  const S = 3;
  return {
    spec: { title: "t", asOf: "2020-01-01", rule: "majority", draws, seed: 1 },
    rule: "majority",
    states: [
      { iso3: "AAA", name: "A", group: "" },
      { iso3: "BBB", name: "B", group: "" },
      { iso3: "CCC", name: "C", group: "" },
    ],
    nStates: S,
    nDraws: draws,
    eta: new Float64Array(draws * S).map((_, k) => [0, 2, -2][k % S]),
    cutNo: new Float64Array(draws).fill(-1),
    cutYes: new Float64Array(draws).fill(1),
    absentLogit: new Float64Array([-Infinity, Math.log(0.25 / 0.75), -Infinity]),
    fixed: new Int8Array([-1, -1, 2]),
    uniformSeed: 7,
    period: 74,
    component: new Int8Array(draws),
    kind: "repeated",
    issue: null,
    resembling: [],
    components: [{ label: "like X", prior: 1, posterior: 1 }],
    surprises: [],
    warnings: [],
    modelCutoff: "2020-01-01",
  };
}

describe("simulateOutcome", () => {
  it("gives ordered-logit probabilities scaled by presence, and fixed known positions", () => {
    const f = simulateOutcome(tiny(40));
    // Oracle, by hand: state A, eta 0, cuts -1, 1: P(no) = 1/(1+e) = 0.268941, P(no or abstain) = e/(1+e) = 0.731059
    const a = f.countries[0];
    expect(a.pNo).toBeCloseTo(0.268941, 6);
    expect(a.pAbstain).toBeCloseTo(0.462117, 6);
    expect(a.pYes).toBeCloseTo(0.268941, 6);
    expect(a.pAbsent).toBe(0);
    // state B: P(absent) = 0.25; eta 2: P(no) = sigma(-3) = 0.047426, P(no or abstain) = sigma(-1) = 0.268941
    const b = f.countries[1];
    expect(b.pAbsent).toBeCloseTo(0.25, 12);
    expect(b.pNo).toBeCloseTo(0.75 * 0.047426, 6);
    expect(b.pYes).toBeCloseTo(0.75 * 0.731059, 6);
    // state C is known yes
    expect(f.countries[2]).toMatchObject({ pYes: 1, pNo: 0, pAbstain: 0, pAbsent: 0 });
    // votes by hand from each draw's uniforms (inverse CDF in the order absent, no, abstain, yes):
    // A: no below sigma(-1), abstain below sigma(1), else yes; B: absent below 0.25, else x = (u - 0.25) / 0.75
    // is no below sigma(-3), abstain below sigma(-1), else yes; C: yes. Majority rule: adopted when yes > no.
    const sigma = (x: number) => 1 / (1 + Math.exp(-x));
    const yes: number[] = [];
    const abstain: number[] = [];
    let adopted = 0;
    for (let d = 0; d < 40; d++) {
      const a = uniformAt(7, d * 3);
      const b = uniformAt(7, d * 3 + 1);
      const x = (b - 0.25) / 0.75;
      const voteA = a < sigma(-1) ? "N" : a < sigma(1) ? "A" : "Y";
      const voteB = b < 0.25 ? "X" : x < sigma(-3) ? "N" : x < sigma(-1) ? "A" : "Y";
      const votes = [voteA, voteB, "Y"];
      const count = (v: string) => votes.filter((w) => w === v).length;
      yes.push(count("Y"));
      abstain.push(count("A"));
      if (count("Y") > count("N")) adopted++;
    }
    for (let y = 0; y <= 3; y++) expect(f.yesDistribution[y]).toBeCloseTo(yes.filter((c) => c === y).length / 40, 12);
    const sorted = [...abstain].sort((p, q) => p - q);
    expect(f.interval80.abstain).toEqual([sorted[3], sorted[35]]); // nearest ranks ceil(0.1 x 40) = 4 and 36 of 40
    expect(f.pAdopted).toBeCloseTo(adopted / 40, 12);
    const sum = f.expected.yes + f.expected.no + f.expected.abstain + f.expected.absent;
    expect(sum).toBeCloseTo(3, 12);
  });

  it("two-thirds needs yes >= 2 x no among those voting; a majority only yes > no", () => {
    // five states: three known yes, two known no (3 yes, 2 no): adopted by a majority (3 > 2),
    // not by two-thirds (3 < 2 x 2); then four yes, two no: adopted by both (4 >= 4)
    const base = tiny();
    const five = (fixed: number[], rule: "majority" | "two-thirds"): PreparedForecast => {
      const S = fixed.length;
      return {
        ...base, rule, spec: { ...base.spec, rule }, nStates: S,
        states: fixed.map((_, k) => ({ iso3: `S${k}X`, name: `S${k}`, group: "" })),
        eta: new Float64Array(4 * S), absentLogit: new Float64Array(S).fill(-Infinity),
        fixed: Int8Array.from(fixed),
      };
    };
    expect(simulateOutcome(five([2, 2, 2, 0, 0], "majority")).pAdopted).toBe(1);
    expect(simulateOutcome(five([2, 2, 2, 0, 0], "two-thirds")).pAdopted).toBe(0);
    expect(simulateOutcome(five([2, 2, 2, 2, 0, 0], "two-thirds")).pAdopted).toBe(1);
  });

  it("rejects shifts of the wrong length", () => {
    expect(() => simulateOutcome(tiny(), { eta: new Float64Array(2) })).toThrow("invalid shift.eta; expected length 3, got 2");
  });
});
