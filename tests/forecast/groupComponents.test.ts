import { describe, expect, it } from "vitest";
import type { RollCall, VoteMatrix } from "../../src/data/types.ts";
import type { Resembling } from "../../src/forecast/findResembling.ts";
import { resolveForecastSettings } from "../../src/forecast/forecastSettings.ts";
import { agreement, groupComponents } from "../../src/forecast/groupComponents.ts";

// four roll calls x five states (codes: 1 yes, 2 abstain, 3 no, 4 absent, 0 not a member)
const codes = Uint8Array.from([
  1, 1, 1, 3, 2, // r0
  1, 1, 1, 3, 4, // r1: like r0 where both voted (4 of 4 alike)
  3, 3, 1, 1, 2, // r2: the split reversed
  1, 1, 1, 3, 0, // r3
]);
const matrix: VoteMatrix = { nRollCalls: 4, nStates: 5, codes, period: new Int16Array(4), day: new Int32Array(4) };
const rc = (k: number, yes: number): RollCall => ({
  undlId: k, symbol: `R/${k}`, date: `2020-0${k + 1}-01`, session: "75", period: 75, kind: "regular", title: `t${k}`,
  stated: { yes, no: 1, abstain: 0, absent: 0 }, issues: [], important: false, voetenRcid: null,
});
const res = (row: number, weight: number): Resembling => ({ row, rollCall: rc(row, 3), similarity: 0.5, weight, sameText: false });

describe("agreement", () => {
  it("is the share of states voting yes/abstain/no on both that voted alike", () => {
    // oracle, by hand: r0 vs r1: states 0-3 voted on both, all alike -> 4/4; r0 vs r2: states 0-4 -> alike: state 2 (yes) and 4 (abstain) -> 2/5
    expect(agreement(matrix, 0, 1)).toBe(1);
    expect(agreement(matrix, 0, 2)).toBeCloseTo(2 / 5, 12);
  });
});

describe("groupComponents", () => {
  const settings = resolveForecastSettings({ broadNovel: 0.2 });
  it("keeps roll calls that split the assembly differently apart, and adds the broad component", () => {
    const comps = groupComponents([res(0, 1), res(1, 0.5), res(2, 0.5)], [res(3, 1)], "novel", matrix, settings);
    expect(comps.map((c) => c.members.map((m) => m.row))).toEqual([[0, 1], [2], [3]]);
    expect(comps[2].broad).toBe(true);
    // oracle: component weight = its best member's; (1, 0.5) scaled to 1 - 0.2
    expect(comps[0].prior).toBeCloseTo(0.8 * (1 / 1.5), 12);
    expect(comps[1].prior).toBeCloseTo(0.8 * (0.5 / 1.5), 12);
    expect(comps[2].prior).toBe(0.2);
  });
  it("gives everything to the broad component when nothing resembles", () => {
    const comps = groupComponents([], [res(3, 1)], "novel", matrix, settings);
    expect(comps).toHaveLength(1);
    expect(comps[0].prior).toBe(1);
  });
  it("caps the number of components, joining the closest", () => {
    const one = resolveForecastSettings({ maxComponents: 1 });
    const comps = groupComponents([res(0, 1), res(2, 0.5)], [], "novel", matrix, one);
    expect(comps.map((c) => c.members.length)).toEqual([2]);
    expect(comps[0].prior).toBe(1);
  });
  it("gives a novel text's components the novel noise scale", () => {
    const novel = resolveForecastSettings({ broadNovel: 0.2, noiseScaleNovel: 0.9, noiseScaleOther: 1.4 });
    const comps = groupComponents([res(0, 1)], [res(3, 1)], "novel", matrix, novel);
    expect(comps.map((c) => c.noiseScale)).toEqual([0.9, 0.9]);
    const emergency = groupComponents([res(0, 1)], [res(3, 1)], "emergency", matrix, novel);
    expect(emergency.map((c) => c.noiseScale)).toEqual([1.4, 1.4]);
  });
  it("moves a novel text's cutpoints toward yes by novelShift, and no other kind's", () => {
    const shifted = resolveForecastSettings({ novelShift: 0.4 });
    const novel = groupComponents([res(0, 1)], [res(3, 1)], "novel", matrix, shifted);
    expect(novel.map((c) => c.cutShift)).toEqual([0.4, 0.4]);
    const emergency = groupComponents([res(0, 1)], [res(3, 1)], "emergency", matrix, shifted);
    expect(emergency.map((c) => c.cutShift)).toEqual([0, 0]);
  });
});
