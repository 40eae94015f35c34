/**
 * How new texts split the assembly, against texts voted before: over the
 * regular sessions 55-69, the roll calls with no earlier vote on the same
 * text before their session (the backtest's "novel") and the others, with
 * their mean yes/no/abstain, median no and abstain, and the share that were
 * near-unanimous (at most 3 no and 10 abstentions). Behind the new-texts pool
 * of the broad component (docs/forecast.md).
 *
 *   npx tsx scripts/newTextSplits.ts
 */
import { loadAssembly, matchPrevious } from "../src/index.ts";

const a = loadAssembly();
const totals: Record<"novel" | "repeated", [number, number, number][]> = { novel: [], repeated: [] };
for (let s = 55; s <= 69; s++) {
  const rows = a.rollCalls.filter((r) => r.period === s && r.kind === "regular");
  const asOf = rows.reduce((m, r) => (r.date < m ? r.date : m), "9999");
  for (const r of rows) totals[matchPrevious(a, r, { before: asOf }).length > 0 ? "repeated" : "novel"].push([r.stated.yes, r.stated.no, r.stated.abstain]);
}
for (const [kind, v] of Object.entries(totals)) {
  const n = v.length;
  const mean = (i: number) => (v.reduce((sum, x) => sum + x[i], 0) / n).toFixed(1);
  const median = (i: number) => v.map((x) => x[i]).sort((p, q) => p - q)[n >> 1];
  const lopsided = v.filter((x) => x[1] <= 3 && x[2] <= 10).length / n;
  console.log(`${kind}: ${n} roll calls, mean yes/no/abstain ${mean(0)}/${mean(1)}/${mean(2)}, median no ${median(1)}, median abstain ${median(2)}, near-unanimous ${(100 * lopsided).toFixed(0)}%`);
}
