import { describe, expect, it } from "vitest";
import { rivalDraftCounts } from "../../src/council/rivalDraftCounts.ts";
import { loadCouncil } from "../../src/council/loadCouncil.ts";

describe("rivalDraftCounts", () => {
  it("counts the other drafts on the same item on the same day", () => {
    const c = rivalDraftCounts([
      { id: 1, date: "2020-07-08", agendaKey: "SYR" }, { id: 2, date: "2020-07-08", agendaKey: "SYR" }, { id: 3, date: "2020-07-08", agendaKey: "SYR" },
      { id: 4, date: "2020-07-08", agendaKey: "LBY" }, { id: 5, date: "2020-07-09", agendaKey: "SYR" },
    ]);
    expect([...c.entries()]).toEqual([[1, 2], [2, 2], [3, 2], [4, 0], [5, 0]]);
  });

  it("finds the competing Ukraine drafts of 24 February 2025 in the record", () => {
    const council = loadCouncil();
    const votes = council.votes.filter((v) => v.reliable);
    const c = rivalDraftCounts(votes);
    const ukr = votes.filter((v) => v.date === "2025-02-24" && v.agendaKey === "UKR");
    expect(ukr.length).toBeGreaterThan(1);
    for (const v of ukr) expect(c.get(v.id)).toBe(ukr.length - 1);
  });
});
