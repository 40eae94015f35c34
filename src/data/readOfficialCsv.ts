import type { CountryFacts } from "./countryCatalog.ts";
import { columnIndex, parseCsv } from "./parseCsv.ts";
import { cleanTitle, countValue, countryCode, sourceDate, voteLetter, type RawRollCall } from "./rawRollCall.ts";
import { readTextFile } from "./readTextFile.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Columns of the official UN bulk file (`*_ga_voting.csv`, Digital Library record 4060887) that are read. */
export const OFFICIAL_COLUMNS = [
  "undl_id", "ms_code", "ms_name", "ms_vote", "date", "session", "resolution", "title",
  "total_yes", "total_no", "total_abstentions", "total_non_voting",
] as const;

/**
 * Reads the official UN General Assembly voting file exactly as downloaded
 * from the UN Digital Library: one row per member state per vote, columns
 * `undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link`.
 * `ms_vote` is Y, N, A, or X or blank for non-voting. Dates must be ISO (YYYY-MM-DD);
 * a date with a time part ("2022-10-12T00:00:00") is accepted and truncated.
 */
export function readOfficialCsv(path: string, catalog: Map<string, CountryFacts>): RawRollCall[] {
  const t = parseCsv(readTextFile(path), path);
  const c = columnIndex(t, OFFICIAL_COLUMNS);
  const out = new Map<number, RawRollCall>();
  t.rows.forEach((row, k) => {
    const where = `${path}, line ${t.lines[k]}`;
    const undlId = countValue(row[c.undl_id], "undl_id", where);
    const rawDate = row[c.date].trim();
    const date = sourceDate(/^\d{4}-\d{2}-\d{2}T/.test(rawDate) ? rawDate.slice(0, 10) : rawDate, where);
    let r = out.get(undlId);
    if (!r) {
      const total = (name: (typeof OFFICIAL_COLUMNS)[number]) => (row[c[name]].trim() === "" ? null : countValue(row[c[name]], name, where));
      const yes = total("total_yes");
      const no = total("total_no");
      const abstain = total("total_abstentions");
      const absent = total("total_non_voting");
      r = {
        undlId,
        symbol: row[c.resolution].trim(),
        date,
        session: row[c.session].trim(),
        title: cleanTitle(row[c.title]),
        stated: yes === null || no === null || abstain === null ? null : { yes, no, abstain, absent: absent ?? 0 },
        votes: new Map(),
        where,
      };
      if (r.symbol === "") throw new PlenaryError(`missing resolution symbol at ${where}`);
      out.set(undlId, r);
    } else if (r.date !== date) {
      throw new PlenaryError(`inconsistent date at ${where}: ${JSON.stringify(date)} for undl_id ${undlId}, which ${r.where} dates ${r.date}`);
    }
    const iso3 = countryCode(row[c.ms_code], catalog, where);
    if (r.votes.has(iso3)) throw new PlenaryError(`duplicate vote at ${where}: ${iso3} on ${r.symbol} (undl_id ${undlId})`);
    r.votes.set(iso3, voteLetter(row[c.ms_vote], where));
  });
  return [...out.values()];
}
