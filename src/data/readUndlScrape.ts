import type { CountryFacts } from "./countryCatalog.ts";
import { columnIndex, parseCsv } from "./parseCsv.ts";
import { cleanTitle, countValue, countryCode, sourceDate, voteLetter, type RawRollCall } from "./rawRollCall.ts";
import { readTextFile } from "./readTextFile.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/**
 * Reads the UN Digital Library voting records in the project's long format
 * (`ga_votes_*.csv[.gz]`: source,resolution,date,session,country_iso3,vote,undl_id,ms_name)
 * with the roll-call file (`ga_rollcalls.csv`: undl_id,resolution,date,session,yes,no,abstain,non_voting,note,title,...).
 * Records that carry only totals are skipped (they have no per-country votes).
 */
export function readUndlScrape(votesPath: string, rollCallsPath: string, catalog: Map<string, CountryFacts>): RawRollCall[] {
  const rc = parseCsv(readTextFile(rollCallsPath), rollCallsPath);
  const rci = columnIndex(rc, ["undl_id", "resolution", "date", "session", "yes", "no", "abstain", "non_voting", "title"] as const);
  const meta = new Map<number, RawRollCall>();
  rc.rows.forEach((row, k) => {
    const where = `${rollCallsPath}, line ${rc.lines[k]}`;
    const undlId = countValue(row[rci.undl_id], "undl_id", where);
    meta.set(undlId, {
      undlId,
      symbol: row[rci.resolution].trim(),
      date: sourceDate(row[rci.date], where),
      session: row[rci.session].trim(),
      title: cleanTitle(row[rci.title]),
      stated: {
        yes: countValue(row[rci.yes], "yes", where),
        no: countValue(row[rci.no], "no", where),
        abstain: countValue(row[rci.abstain], "abstain", where),
        absent: countValue(row[rci.non_voting], "non_voting", where),
      },
      votes: new Map(),
      where,
    });
  });

  const v = parseCsv(readTextFile(votesPath), votesPath);
  const vi = columnIndex(v, ["resolution", "date", "session", "country_iso3", "vote", "undl_id"] as const);
  const out = new Map<number, RawRollCall>();
  v.rows.forEach((row, k) => {
    const where = `${votesPath}, line ${v.lines[k]}`;
    const undlId = countValue(row[vi.undl_id], "undl_id", where);
    let r = out.get(undlId);
    if (!r) {
      const m = meta.get(undlId);
      r = m ?? {
        undlId,
        symbol: row[vi.resolution].trim(),
        date: sourceDate(row[vi.date], where),
        session: row[vi.session].trim(),
        title: "",
        stated: null,
        votes: new Map(),
        where,
      };
      if (m) sourceDate(row[vi.date], where);
      out.set(undlId, r);
    }
    const iso3 = countryCode(row[vi.country_iso3], catalog, where);
    if (r.votes.has(iso3)) throw new PlenaryError(`duplicate vote at ${where}: ${iso3} on ${r.symbol} (undl_id ${undlId})`);
    r.votes.set(iso3, voteLetter(row[vi.vote], where));
  });
  return [...out.values()];
}
