import { describe, expect, it } from "vitest";
import type { Assembly, RollCall } from "../../src/data/types.ts";
import { ABSENT, NOT_MEMBER, YES } from "../../src/data/voteCodes.ts";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { novelAbsenceExcess } from "../../src/forecast/novelAbsenceExcess.ts";

/** Four states; roll calls (title, date, period, kind) with their codes. */
function tiny(rows: [string, string, number, RollCall["kind"], number[]][]): Pick<Assembly, "rollCalls" | "matrix"> {
  const rollCalls = rows.map(([title, date, period, kind], i) => ({ undlId: i + 1, symbol: `A/RES/${period}/${i + 1}`, title, date, period, kind, session: String(period) }) as unknown as RollCall);
  const codes = new Uint8Array(rows.flatMap((r) => r[4]));
  return { rollCalls, matrix: { codes, nStates: 4, nRollCalls: rows.length } as unknown as Assembly["matrix"] };
}

describe("novelAbsenceExcess", () => {
  const X = ABSENT, Y = YES, O = NOT_MEMBER;
  const a = tiny([
    ["Question of the Falkland Islands sovereignty dispute", "2010-10-10", 65, "regular", [X, Y, Y, Y]], // first vote: 1 absent of 4
    ["Question of the Falkland Islands sovereignty dispute", "2010-11-10", 65, "regular", [Y, Y, Y, Y]], // repeated: 0 of 4
    ["Nuclear disarmament verification measures", "2010-12-10", 65, "regular", [X, X, Y, O]], // first vote: 2 of 3 members
    ["Question of the Falkland Islands sovereignty dispute", "2011-03-10", 65, "regular", [X, X, X, X]], // resumed part: left out
    ["Nuclear disarmament verification measures", "2010-12-20", 65, "special", [X, X, X, X]], // not a regular session: left out
    ["Question of the Falkland Islands sovereignty dispute", "2011-10-10", 66, "regular", [Y, Y, Y, X]], // repeated: 1 of 4
  ]);
  it("is the log-odds of absence on first votes minus the rest's, by hand (half a count added to each cell)", () => {
    // first votes: 3 absent of 7 members; the rest: 1 absent of 8
    const hand = Math.log(3.5 / 4.5) - Math.log(1.5 / 7.5);
    expect(novelAbsenceExcess(a, "2012-01-01", 60)).toBeCloseTo(hand, 12);
    // asOf before the last roll call: the rest is 0 of 4
    expect(novelAbsenceExcess(a, "2011-10-10", 60)).toBeCloseTo(Math.log(3.5 / 4.5) - Math.log(0.5 / 4.5), 12);
    // the window starts at session 66: no first vote in it
    expect(novelAbsenceExcess(a, "2012-01-01", 66)).toBe(0);
  });
  it("names a bad argument", () => {
    expect(() => novelAbsenceExcess(a, "2012-13-01", 60)).toThrow(/asOf.*2012-13-01/);
    expect(() => novelAbsenceExcess(a, "2012-01-01", Number.NaN)).toThrow(/firstPeriod/);
    expect(() => novelAbsenceExcess({} as never, "2012-01-01", 60)).toThrow(/assembly/);
  });
  it("on the record: new texts drew more absences than the rest in the eight sessions before 2015 and before 2020", () => {
    const record = loadAssembly();
    const before2015 = novelAbsenceExcess(record, "2015-09-01", 62);
    const before2020 = novelAbsenceExcess(record, "2020-09-01", 67);
    expect(before2015).toBeGreaterThan(0.1);
    expect(before2020).toBeGreaterThan(before2015);
    // before 2007 new texts drew fewer
    expect(novelAbsenceExcess(record, "2007-09-01", 54)).toBeLessThan(0);
  });
});
