import { describe, expect, it } from "vitest";
import type { RollCall, VoteMatrix } from "../../src/data/types.ts";
import { recentShares } from "../../src/forecast/recentShares.ts";

// three roll calls x three states (codes: 1 yes, 2 abstain, 3 no, 4 absent, 0 not a member)
const codes = Uint8Array.from([
  1, 3, 0, // r0, period 70
  1, 2, 4, // r1, period 72
  1, 3, 1, // r2, period 73, voted on 2018-12-01
]);
const matrix: VoteMatrix = { nRollCalls: 3, nStates: 3, codes, period: Int16Array.from([70, 72, 73]), day: new Int32Array(3) };
const rc = (k: number, period: number, date: string): RollCall => ({
  undlId: k, symbol: `R/${k}`, date, session: String(period), period, kind: "regular", title: `t${k}`,
  stated: { yes: 1, no: 1, abstain: 0, absent: 0 }, issues: [], important: false, voetenRcid: null,
});
const assembly = { matrix, rollCalls: [rc(0, 70, "2015-10-01"), rc(1, 72, "2017-10-01"), rc(2, 73, "2018-12-01")] };

describe("recentShares", () => {
  it("counts the votes of the sessions before and of the period itself before asOf, smoothed by one half", () => {
    // period 73 as of 2019-01-01, three sessions before: periods 70-73 -> r0, r1, r2 count
    const s = recentShares(assembly, 73, "2019-01-01");
    // oracle, by hand: state 0: 3 yes, 0 abstain, 0 no, 0 absent -> pAway = 0.5/4 = 0.125; yes = 3.5/4.5 x 0.875
    expect(s[0][3]).toBeCloseTo(0.125, 12);
    expect(s[0][0]).toBeCloseTo((3.5 / 4.5) * 0.875, 12);
    expect(s[0][1]).toBeCloseTo((0.5 / 4.5) * 0.875, 12);
    // state 2: r0 not a member (not counted), r1 absent, r2 yes -> present 1, absent 1: pAway = 1.5/3; yes = 1.5/2.5 x 0.5
    expect(s[2][3]).toBeCloseTo(0.5, 12);
    expect(s[2][0]).toBeCloseTo((1.5 / 2.5) * 0.5, 12);
    for (const row of s) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it("leaves out votes on or after asOf and before the window", () => {
    // as of 2018-12-01 (r2 excluded), one session before period 73 -> periods 72-73 -> r1 only
    const s = recentShares(assembly, 73, "2018-12-01", 1);
    // oracle: state 1 abstained on r1 only -> abstain = 1.5/2.5 x (1 - 0.5/2)
    expect(s[1][1]).toBeCloseTo((1.5 / 2.5) * 0.75, 12);
    expect(s[1][2]).toBeCloseTo((0.5 / 2.5) * 0.75, 12);
  });
});
