/**
 * New texts draw more absences than repeated ones: per regular session, the
 * log-odds excess of absence on first votes over the other roll calls of its
 * main part (novelAbsenceExcess over that session alone), and the estimate
 * a forecast at the session's first roll call would use with `novelAbsence`
 * (over the eight sessions before: `novelPoolSessions`). Seconds.
 *
 * Run: npx tsx scripts/novelAbsence.ts            (sessions 55-79)
 *      SESSIONS=62-79 npx tsx scripts/novelAbsence.ts
 */
import { FORECAST_SETTINGS, formatTable, isFirstVote, loadAssembly, novelAbsenceExcess } from "../src/index.ts";

const [lo, hi] = (process.env.SESSIONS ?? "55-79").split("-").map(Number);
const assembly = loadAssembly();
const pool = FORECAST_SETTINGS.novelPoolSessions.default;
const firstDate = (p: number) => assembly.rollCalls.find((r) => r.period >= p)?.date ?? "9999-12-31";
const rows: string[][] = [];
for (let p = lo; p <= hi; p++) {
  const start = firstDate(p);
  const firsts = assembly.rollCalls.filter((r, i) => r.period === p && r.kind === "regular" && isFirstVote(assembly, i)).length;
  rows.push([String(p), start, String(firsts), novelAbsenceExcess(assembly, firstDate(p + 1), p).toFixed(2), novelAbsenceExcess(assembly, start, p - pool).toFixed(2)]);
}
console.log(`Excess absence on first votes (log-odds, main parts of regular sessions); the window estimate over the ${pool} sessions before each:\n`);
console.log(formatTable(["session", "first roll call", "first votes (all parts)", "excess in the session", `estimate at its start (${pool} sessions before)`], rows));
