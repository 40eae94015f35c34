import { columnIndex, parseCsv } from "./parseCsv.ts";
import { readTextFile } from "./readTextFile.ts";
import { dayNumber } from "./sessionPeriod.ts";
import { symbolKey } from "./symbolKey.ts";

/** What Voeten's data adds to a roll call. */
export interface VoetenFacts {
  rcid: number;
  issues: string[];
  important: boolean;
  /** Days between the two sources' dates (0 = same date). */
  dateGap: number;
  /** Voeten's short and long descriptions of the vote, joined ("" when none). */
  description?: string;
}

interface VoetenRollCall {
  rcid: number;
  day: number;
  main: boolean;
  important: boolean;
}

/**
 * Matches UN Digital Library roll calls to Voeten's (Voeten, "Data and analyses
 * of voting in the UN General Assembly", 2013; as packaged by the R package
 * unvotes): the same session, resolution number and part, and a date no more
 * than `maxGapDays` apart (Voeten's early dates are sometimes approximate).
 * Among several Voeten roll calls on one resolution, the vote on the whole
 * text (not an amendment or paragraph) nearest in date wins.
 */
export function joinVoeten(
  voetenDir: string,
  rollCalls: readonly { symbol: string; date: string }[],
  maxGapDays = 3,
): (VoetenFacts | null)[] {
  const rcPath = `${voetenDir}/un_roll_calls.csv.gz`;
  const rc = parseCsv(readTextFile(rcPath), rcPath);
  const c = columnIndex(rc, ["rcid", "importantvote", "date", "unres", "amend", "para", "short", "descr"] as const);
  const descriptions = new Map<number, string>();
  const byKey = new Map<string, VoetenRollCall[]>();
  for (const row of rc.rows) {
    const key = symbolKey(row[c.unres]);
    if (key === null || !/^\d{4}-\d{2}-\d{2}$/.test(row[c.date])) continue;
    const list = byKey.get(key) ?? [];
    descriptions.set(Number(row[c.rcid]), describe(row[c.short], row[c.descr]));
    list.push({
      rcid: Number(row[c.rcid]),
      day: dayNumber(row[c.date]),
      main: row[c.amend] !== "1" && row[c.para] !== "1",
      important: row[c.importantvote] === "1",
    });
    byKey.set(key, list);
  }
  const issuesPath = `${voetenDir}/un_roll_call_issues.csv`;
  const it = parseCsv(readTextFile(issuesPath), issuesPath);
  const ic = columnIndex(it, ["rcid", "short_name"] as const);
  const issues = new Map<number, string[]>();
  for (const row of it.rows) {
    const id = Number(row[ic.rcid]);
    const list = issues.get(id) ?? [];
    if (!list.includes(row[ic.short_name])) list.push(row[ic.short_name]);
    issues.set(id, list);
  }

  return rollCalls.map((r) => {
    const key = symbolKey(r.symbol);
    const candidates = key === null ? undefined : byKey.get(key);
    if (!candidates) return null;
    const day = dayNumber(r.date);
    let best: VoetenRollCall | null = null;
    for (const v of candidates) {
      if (Math.abs(v.day - day) > maxGapDays) continue;
      if (
        best === null ||
        (v.main && !best.main) ||
        (v.main === best.main && Math.abs(v.day - day) < Math.abs(best.day - day))
      ) {
        best = v;
      }
    }
    if (best === null) return null;
    return { rcid: best.rcid, issues: (issues.get(best.rcid) ?? []).slice().sort(), important: best.important, dateGap: Math.abs(best.day - day), description: descriptions.get(best.rcid) ?? "" };
  });
}

/** Voeten's short and long descriptions as one readable string (his files are upper case, with stray backslashes and quotes). */
function describe(short: string, descr: string): string {
  const clean = (t: string) => t.replace(/[\\"]+/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
  const a = clean(short);
  const b = clean(descr);
  return a && b ? `${a}. ${b}` : a || b;
}
