import { describe, expect, it } from "vitest";
import { agreementOverTime } from "../../src/data/agreementOverTime.ts";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { rollCallVotes } from "../../src/data/rollCallVotes.ts";
import { dayNumber } from "../../src/data/sessionPeriod.ts";
import type { Assembly } from "../../src/data/types.ts";

/** Five roll calls by hand (codes 1 yes, 2 abstain, 3 no, 4 absent, 0 not a member), states A, B, C. */
function tiny(): Pick<Assembly, "states" | "matrix"> {
  const rows = [
    // A  B  C
    [1, 1, 0], // period 70: same
    [1, 3, 0], // period 70: yes vs no
    [1, 2, 1], // period 71: yes vs abstain
    [3, 4, 3], // period 71: B absent (left out)
    [2, 2, 3], // period 71: same (both abstain)
  ];
  const dates = ["2015-10-01", "2015-11-01", "2016-10-01", "2016-11-01", "2016-12-01"];
  const states = ["AAA", "BBB", "CCC"].map((iso3) => ({ iso3, name: iso3, group: "African" as const, m49: null, lat: null, lon: null, first: "", last: "", dissolved: false }));
  return {
    states,
    matrix: {
      nRollCalls: 5,
      nStates: 3,
      codes: Uint8Array.from(rows.flat()),
      period: Int16Array.from([70, 70, 71, 71, 71]),
      day: Int32Array.from(dates.map(dayNumber)),
    },
  };
}

describe("agreementOverTime", () => {
  it("is the share of identical votes among roll calls both voted on, by session (absences left out)", () => {
    // oracle, by hand from the table above: A-B agree on 1 of 2 in period 70, 1 of 2 in period 71 (row 4 left out)
    expect(agreementOverTime(tiny(), "AAA", "BBB")).toEqual([
      { period: 70, agreement: 0.5, n: 2 },
      { period: 71, agreement: 0.5, n: 2 },
    ]);
    // A-C: C not a member in period 70 (no point); 71: agree on rows 3 and 4, not 5 -> 2 of 3
    expect(agreementOverTime(tiny(), "AAA", "CCC")).toEqual([{ period: 71, agreement: 2 / 3, n: 3 }]);
    // symmetric
    expect(agreementOverTime(tiny(), "BBB", "AAA")).toEqual(agreementOverTime(tiny(), "AAA", "BBB"));
  });

  it("gives half credit for yes or no against an abstention with abstainCredit 0.5 (Lijphart's index)", () => {
    // oracle, by hand: A-B period 71: row 3 (yes vs abstain) 0.5 + row 5 (same) 1 = 1.5 of 2; period 70 has no abstention
    expect(agreementOverTime(tiny(), "AAA", "BBB", { abstainCredit: 0.5 })).toEqual([
      { period: 70, agreement: 0.5, n: 2 },
      { period: 71, agreement: 0.75, n: 2 },
    ]);
  });

  it("keeps only votes in [from, until) and sessions with at least minVotes", () => {
    // from 2015-11-01 keeps row 2 of period 70 (disagree); until 2016-12-01 drops row 5
    expect(agreementOverTime(tiny(), "AAA", "BBB", { from: "2015-11-01", until: "2016-12-01" })).toEqual([
      { period: 70, agreement: 0, n: 1 },
      { period: 71, agreement: 0, n: 1 },
    ]);
    expect(agreementOverTime(tiny(), "AAA", "BBB", { from: "2020-01-01" })).toEqual([]);
    // minVotes 3 keeps only A-C's period 71 (3 common votes); A-B has 2 per period
    expect(agreementOverTime(tiny(), "AAA", "BBB", { minVotes: 3 })).toEqual([]);
    expect(agreementOverTime(tiny(), "AAA", "CCC", { minVotes: 3 })).toHaveLength(1);
  });

  it("checks its input, naming the parameter and echoing the value", () => {
    expect(() => agreementOverTime(tiny(), "XXX", "BBB")).toThrow('invalid iso3A; unknown ISO3 code: "XXX"');
    expect(() => agreementOverTime(tiny(), "AAA", 7 as unknown as string)).toThrow("invalid iso3B; unknown ISO3 code: 7");
    expect(() => agreementOverTime(tiny(), "AAA", "BBB", { from: "2015-13-01" })).toThrow('invalid from; not a date (YYYY-MM-DD): "2015-13-01"');
    expect(() => agreementOverTime(tiny(), "AAA", "BBB", { from: "2016-01-01", until: "2015-01-01" })).toThrow(
      'invalid until; expected a date after from (2016-01-01): "2015-01-01"',
    );
    expect(() => agreementOverTime(tiny(), "AAA", "BBB", { abstainCredit: 1 as 0.5 })).toThrow("invalid abstainCredit; expected 0 or 0.5: 1");
    expect(() => agreementOverTime(tiny(), "AAA", "BBB", { minVotes: 0 })).toThrow("invalid minVotes; expected an integer in [1, 1000]: 0");
  });

  it("does not modify the assembly", () => {
    const a = tiny();
    const before = Array.from(a.matrix.codes);
    agreementOverTime(a, "AAA", "CCC", { abstainCredit: 0.5 });
    expect(Array.from(a.matrix.codes)).toEqual(before);
  });

  it("matches a direct count of the real record (USA-India, March-August 2022, all in session 76)", () => {
    // oracle: each roll call's votes from rollCallVotes, counted directly
    const a = loadAssembly();
    let same = 0;
    let n = 0;
    for (const rc of a.rollCalls) {
      if (!(rc.date >= "2022-03-01" && rc.date < "2022-09-01")) continue;
      const v = rollCallVotes(a, rc).votes;
      const [x, y] = [v.USA, v.IND];
      if (x === undefined || y === undefined || x === "X" || y === "X") continue;
      n++;
      if (x === y) same++;
    }
    expect(n).toBeGreaterThan(5);
    expect(agreementOverTime(a, "USA", "IND", { from: "2022-03-01", until: "2022-09-01" })).toEqual([{ period: 76, agreement: same / n, n }]);
  });

  it("gives the result its @example states", () => {
    const usaInd = agreementOverTime(loadAssembly(), "USA", "IND", { from: "1991-01-01", minVotes: 20 });
    const p79 = usaInd.find((p) => p.period === 79)!;
    expect(p79.n).toBe(117);
    expect(p79.agreement).toBeCloseTo(0.205, 3);
    expect(usaInd.every((p) => p.n >= 20)).toBe(true);
  });
});
