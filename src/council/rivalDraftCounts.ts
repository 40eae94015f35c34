import type { CouncilVote } from "./types.ts";

/**
 * For each vote, the number of other drafts on the same agenda item put to
 * the vote the same day: competing texts (a Western draft and Russia's on
 * Syria, 8 and 10 July 2020) that a meeting's programme announces before
 * the vote. Keyed by the vote's row id.
 *
 * @example
 * rivalDraftCounts([{ id: 1, date: "2020-07-08", agendaKey: "SYR" }, { id: 2, date: "2020-07-08", agendaKey: "SYR" }]).get(1); // 1
 */
export function rivalDraftCounts(votes: readonly Pick<CouncilVote, "id" | "date" | "agendaKey">[]): Map<number, number> {
  const byDay = new Map<string, number>();
  for (const v of votes) byDay.set(`${v.date}|${v.agendaKey}`, (byDay.get(`${v.date}|${v.agendaKey}`) ?? 0) + 1);
  return new Map(votes.map((v) => [v.id, (byDay.get(`${v.date}|${v.agendaKey}`) ?? 1) - 1]));
}
