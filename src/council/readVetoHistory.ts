import { columnIndex, parseCsv } from "../data/parseCsv.ts";
import { readTextFile } from "../data/readTextFile.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { CouncilIngestReport, CouncilVote, VetoHistoryEntry } from "./types.ts";
import { draftSymbol } from "./readCouncilVotes.ts";

const MEMBERS: readonly [string, string][] = [["China", "CHN"], ["France", "FRA"], ["Russia", "RUS"], ["USSR", "SUN"], ["USA", "USA"], ["UK", "GBR"]];

/**
 * Reads the veto list (`unsc_vetoes_1946_sept2022.csv`: M/D/YYYY dates, 0/1
 * columns per permanent member) and checks the entries since 1994 against the
 * vote record: each should be a vetoed draft there, vetoed by the same members.
 */
export function readVetoHistory(path: string, votes: readonly CouncilVote[]): { entries: VetoHistoryEntry[]; check: CouncilIngestReport["vetoHistory"] } {
  const t = parseCsv(readTextFile(path, "veto list"), path);
  const c = columnIndex(t, ["date", "draft", "meeting_record", "agenda_item", "region", "member_veto1", "member_veto2", "member_veto3", "China", "France", "Russia", "USSR", "USA", "UK"] as const);
  const code = new Map(MEMBERS);
  let fromNames = 0;
  const entries: VetoHistoryEntry[] = t.rows.map((row, k) => {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(row[c.date].trim());
    if (!m) throw new PlenaryError(`invalid veto list ${path}, line ${t.lines[k]}: date is not M/D/YYYY: ${JSON.stringify(row[c.date])}`);
    let by = MEMBERS.filter(([col]) => row[c[col as "China"]].trim() === "1").map(([, iso3]) => iso3);
    if (by.length === 0) {
      // a few rows have every 0/1 column at 0: the member_veto columns name the vetoing members
      by = [row[c.member_veto1], row[c.member_veto2], row[c.member_veto3]].map((x) => code.get(x.trim())).filter((x): x is string => x !== undefined);
      if (by.length > 0) fromNames++;
    }
    if (by.length === 0) throw new PlenaryError(`invalid veto list ${path}, line ${t.lines[k]}: no member marked as vetoing`);
    return {
      date: `${m[3]}-${m[1].padStart(2, "0")}-${m[2].padStart(2, "0")}`,
      draft: draftSymbol(row[c.draft]) || row[c.draft].trim(),
      meeting: row[c.meeting_record].trim(),
      agenda: row[c.agenda_item].trim(),
      region: row[c.region].trim(),
      by,
    };
  });
  const byDraft = new Map(votes.filter((v) => v.draft).map((v) => [v.draft, v]));
  const since = entries.filter((e) => e.date >= "1994-01-01");
  const unmatched: string[] = [];
  for (const e of since) {
    const v = byDraft.get(e.draft);
    const same = v && v.outcome === "vetoed" && [...v.vetoedBy].sort().join() === [...e.by].sort().join();
    if (!same) unmatched.push(`${e.draft} ${e.date} (${e.by.join("+")}): ${v ? `${v.outcome}${v.vetoedBy.length ? ` by ${v.vetoedBy.join("+")}` : ""} in the record` : "not in the record"}`);
  }
  return { entries, check: { entries: entries.length, membersFromNames: fromNames, since1994: since.length, matched: since.length - unmatched.length, unmatched } };
}
