/**
 * How new texts split the assembly, against texts voted before: over the
 * regular sessions 55-69, the roll calls with no earlier vote on the same
 * text before their session (the backtest's "novel") and the others, with
 * their mean yes/no/abstain, median no and abstain, and the share that were
 * near-unanimous (at most 3 no and 10 abstentions). Behind the new-texts pool
 * of the broad component (docs/forecast.md). Then the share of members
 * absent by part of the session (main: the autumn the session opened;
 * resumed: from January on, `isResumedPart`), behind the `resumedAbsence`
 * setting.
 *
 *   npx tsx scripts/newTextSplits.ts
 */
import { isResumedPart, loadAssembly, matchPrevious } from "../src/index.ts";

const a = loadAssembly();
const totals: Record<"novel" | "repeated", [number, number, number][]> = { novel: [], repeated: [] };
// per kind and part: roll calls, summed share of members absent
const absent: Record<string, [number, number]> = {};
for (let s = 55; s <= 69; s++) {
  const rows = a.rollCalls.filter((r) => r.period === s && r.kind === "regular");
  const asOf = rows.reduce((m, r) => (r.date < m ? r.date : m), "9999");
  for (const r of rows) {
    const kind = matchPrevious(a, r, { before: asOf }).length > 0 ? "repeated" : "novel";
    totals[kind].push([r.stated.yes, r.stated.no, r.stated.abstain]);
    const members = r.stated.yes + r.stated.no + r.stated.abstain + r.stated.absent;
    const key = `${kind}, ${isResumedPart(r.date, r.kind, r.period) ? "resumed" : "main"} part`;
    const cell = (absent[key] ??= [0, 0]);
    cell[0]++;
    cell[1] += r.stated.absent / members;
  }
}
for (const [kind, v] of Object.entries(totals)) {
  const n = v.length;
  const mean = (i: number) => (v.reduce((sum, x) => sum + x[i], 0) / n).toFixed(1);
  const median = (i: number) => v.map((x) => x[i]).sort((p, q) => p - q)[n >> 1];
  const lopsided = v.filter((x) => x[1] <= 3 && x[2] <= 10).length / n;
  console.log(`${kind}: ${n} roll calls, mean yes/no/abstain ${mean(0)}/${mean(1)}/${mean(2)}, median no ${median(1)}, median abstain ${median(2)}, near-unanimous ${(100 * lopsided).toFixed(0)}%`);
}
for (const [key, [n, sum]] of Object.entries(absent).sort()) console.log(`${key}: ${n} roll calls, ${((100 * sum) / n).toFixed(1)}% of members absent`);
