import { describe, expect, it } from "vitest";
import type { PreparedForecast } from "../../src/forecast/PreparedForecast.ts";
import { simulateOutcome } from "../../src/forecast/simulateOutcome.ts";

/** A prepared forecast with one draw repeated and fixed uniforms: every number is hand-computable. */
function tiny(uniform: number, draws = 4): PreparedForecast {
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
    uniforms: new Float64Array(draws * S).fill(uniform),
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
    const f = simulateOutcome(tiny(0.5));
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
    // u = 0.5: A -> 0.5 is between 0.2689 and 0.7311 -> abstain; B -> 0.5 >= 0.25 present, (0.5-0.25)/0.75 = 0.333 > 0.2689 -> yes
    expect(f.yesDistribution[2]).toBe(1);
    expect(f.interval80.abstain).toEqual([1, 1]);
    expect(f.pAdopted).toBe(1);
    const sum = f.expected.yes + f.expected.no + f.expected.abstain + f.expected.absent;
    expect(sum).toBeCloseTo(3, 12);
  });

  it("two-thirds needs yes >= 2 x no among those voting; a majority only yes > no", () => {
    // five states: three known yes, two known no (3 yes, 2 no): adopted by a majority (3 > 2),
    // not by two-thirds (3 < 2 x 2); then four yes, two no: adopted by both (4 >= 4)
    const base = tiny(0.5);
    const five = (fixed: number[], rule: "majority" | "two-thirds"): PreparedForecast => {
      const S = fixed.length;
      return {
        ...base, rule, spec: { ...base.spec, rule }, nStates: S,
        states: fixed.map((_, k) => ({ iso3: `S${k}X`, name: `S${k}`, group: "" })),
        eta: new Float64Array(4 * S), absentLogit: new Float64Array(S).fill(-Infinity),
        fixed: Int8Array.from(fixed), uniforms: new Float64Array(4 * S).fill(0.5),
      };
    };
    expect(simulateOutcome(five([2, 2, 2, 0, 0], "majority")).pAdopted).toBe(1);
    expect(simulateOutcome(five([2, 2, 2, 0, 0], "two-thirds")).pAdopted).toBe(0);
    expect(simulateOutcome(five([2, 2, 2, 2, 0, 0], "two-thirds")).pAdopted).toBe(1);
  });

  it("rejects shifts of the wrong length", () => {
    expect(() => simulateOutcome(tiny(0.5), { eta: new Float64Array(2) })).toThrow("invalid shift.eta; expected length 3, got 2");
  });
});
