import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { buildCouncil } from "../../src/council/buildCouncil.ts";
import { excelSerialDate, meetingNumber, resolutionSymbol, draftSymbol } from "../../src/council/readCouncilVotes.ts";
import { formatCouncilFile, parseCouncilFile } from "../../src/council/councilFile.ts";
import { findCouncilVote } from "../../src/council/findCouncilVote.ts";

const fixture = (f: string) => fileURLToPath(new URL(`./fixtures/${f}`, import.meta.url));

describe("the Council ingest on a fixture holding each flaw", () => {
  const c = buildCouncil({ votes: fixture("sc_flaws.csv"), vetoes: fixture("vetoes.csv") });
  const r = c.report;
  it("counts each flaw it repairs", () => {
    expect(r.blankRows).toBe(1);
    expect(r.votes).toBe(6);
    expect(r.datesSwapped).toBe(1);
    expect(r.votesWithMissingMembers).toBe(1);
    expect(r.missingMemberRows).toBe(1);
    expect(r.votesWithDuplicates).toBe(1);
    expect(r.misspeltNames).toEqual({ Norwey: { iso3: "NOR", rows: 1 } });
    expect(r.swappedSymbols).toBe(1);
    expect(r.outcomesRepaired).toBe(1);
    expect([r.adopted, r.vetoed, r.failed]).toEqual([4, 1, 1]);
    expect(r.composition).toEqual({ years: 1, tenElected: 1, irregularTerms: [] });
    expect(r.vetoHistory).toEqual({ entries: 3, membersFromNames: 1, since1994: 1, matched: 1, unmatched: [] });
  });
  it("repairs the date by the meeting numbers and fills an absent member with X", () => {
    expect(findCouncilVote(c, "S/2022/10").date).toBe("2022-01-10");
    expect(findCouncilVote(c, "S/RES/2601").votes.GHA).toBe("X");
  });
  it("puts swapped symbols back and derives the veto from the rows", () => {
    const v = findCouncilVote(c, "S/2022/40");
    expect(v.resolution).toBe("S/RES/2602 (2022)");
    const veto = findCouncilVote(c, "S/2022/30");
    expect(veto).toMatchObject({ outcome: "vetoed", vetoedBy: ["RUS"], resolution: null, sponsors: ["ALB", "USA"] });
    expect(Object.values(veto.votes).filter((x) => x === "Y").length).toBe(13);
    expect(findCouncilVote(c, "S/2022/50").outcome).toBe("failed");
  });
  it("round-trips through the embedded file format", () => {
    const back = parseCouncilFile(formatCouncilFile(c, ["x"]), "council.json");
    expect(back.votes).toEqual(c.votes);
    expect(back.vetoHistory[1].by).toEqual(["SUN"]);
  });
  it("refuses an unknown symbol with the closest ones", () => {
    expect(() => findCouncilVote(c, "S/2022/31")).toThrow(/unknown Council symbol "S\/2022\/31".*S\/2022\/30/);
  });
});

describe("symbol and date helpers", () => {
  it("parse the source's spellings", () => {
    expect(excelSerialDate(34486)).toBe("1994-06-01");
    expect(meetingNumber("S/PV.9143")).toBe(9143);
    expect(meetingNumber("PV.9020")).toBe(9020);
    expect(meetingNumber("V131")).toBeNull();
    expect(resolutionSymbol("Resolution 2623 (2022)")).toBe("S/RES/2623 (2022)");
    expect(resolutionSymbol("S/RES/2781(2025)")).toBe("S/RES/2781 (2025)");
    expect(resolutionSymbol("S/2025/270")).toBeNull();
    expect(draftSymbol("S/1995/395,  orally revised")).toBe("S/1995/395");
  });
});
