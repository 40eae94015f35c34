import { describe, expect, it } from "vitest";
import type { Assembly, RollCall } from "../../src/data/types.ts";
import { agreementShares } from "../../src/simulate/agreementShares.ts";
import { susceptibilityFromAgreement } from "../../src/simulate/susceptibilityFromAgreement.ts";
import { syntheticAssembly } from "./fixtures.ts";

/** Four roll calls by hand (codes 1 yes, 2 abstain, 3 no, 4 absent, 0 not a member), states L (lobbyist), P, Q, R. */
function tiny(): Pick<Assembly, "rollCalls" | "states" | "matrix"> {
  const rows = [
    // L  P  Q  R
    [1, 1, 3, 1], // period 74 (outside a one-session window)
    [1, 1, 3, 4], // period 75
    [3, 1, 3, 2], // period 75
    [2, 2, 4, 0], // period 75
  ];
  const periods = [74, 75, 75, 75];
  const dates = ["2020-01-10", "2021-01-10", "2021-02-10", "2021-03-10"];
  const states = ["LLL", "PPP", "QQQ", "RRR"].map((iso3) => ({ iso3, name: iso3, group: "African" as const, m49: null, lat: null, lon: null, first: "", last: "", dissolved: false }));
  return {
    rollCalls: dates.map((date, r) => ({ date, period: periods[r] }) as RollCall),
    states,
    matrix: { nRollCalls: 4, nStates: 4, codes: Uint8Array.from(rows.flat()), period: Int16Array.from(periods), day: new Int32Array(4) },
  };
}

describe("agreementShares", () => {
  it("is the share of identical votes among roll calls both voted on (absences left out)", () => {
    // oracle, by hand over the last session (rows 2-4): P agrees on 2 of 3; Q votes on 2 rows, agrees on 1; R votes on 1 row (abstain vs no), 0 of 1
    const s = agreementShares(tiny(), ["LLL"], { asOf: "2022-01-01", sessions: 1 });
    expect(s.PPP).toBeCloseTo(2 / 3, 15);
    expect(s.QQQ).toBeCloseTo(1 / 2, 15);
    expect(s.RRR).toBe(0);
    expect(s.LLL).toBe(1);
    // two sessions: P 3 of 4, Q 1 of 3, R 1 of 2
    const t = agreementShares(tiny(), ["LLL"], { asOf: "2022-01-01", sessions: 2 });
    expect([t.PPP, t.QQQ, t.RRR]).toEqual([3 / 4, 1 / 3, 1 / 2]);
    // asOf excludes the vote on that day and after
    const u = agreementShares(tiny(), ["LLL"], { asOf: "2021-02-10", sessions: 1 });
    expect(u.PPP).toBe(1);
    expect(u.RRR).toBeUndefined();
  });

  it("averages over a coalition and checks its input", () => {
    const s = agreementShares(tiny(), ["LLL", "PPP"], { asOf: "2022-01-01", sessions: 1 });
    // oracle: Q with L 1/2, with P 0/2 -> 1/4
    expect(s.QQQ).toBeCloseTo(0.25, 15);
    expect(() => agreementShares(tiny(), ["XXX"], { asOf: "2022-01-01" })).toThrow('invalid by; unknown ISO3 code: "XXX"');
    expect(() => agreementShares(tiny(), ["LLL"], { asOf: "2022-13-01" })).toThrow('invalid asOf; not a date (YYYY-MM-DD): "2022-13-01"');
    expect(() => agreementShares(tiny(), ["LLL"], { asOf: "2022-01-01", sessions: 0 })).toThrow("invalid sessions; expected an integer in [1, 30]: 0");
  });

  it("makes allies more susceptible than opponents on the synthetic record", () => {
    const a = syntheticAssembly();
    const shares = agreementShares(a, ["USA"], { asOf: "2022-10-11" });
    const sus = susceptibilityFromAgreement(shares, a.states.map((s) => s.iso3), ["USA"]);
    expect(sus.RUS).toBeLessThan(0.5);
    expect(sus.SBB).toBeGreaterThan(1.3); // the state closest to USA
  });
});

describe("susceptibilityFromAgreement", () => {
  it("divides by the membership's mean share, leaving out the lobbying side", () => {
    // oracle: mean of GBR and CUB = 0.5
    expect(susceptibilityFromAgreement({ GBR: 0.8, CUB: 0.2, USA: 1 }, ["GBR", "CUB", "USA", "NEW"], ["USA"])).toEqual({ GBR: 1.6, CUB: 0.4, USA: 2, NEW: 1 });
  });
});
