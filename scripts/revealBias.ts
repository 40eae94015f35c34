/**
 * Where the reveal backtest's errors of the unrevealed counts come from: for
 * one segment (novel unless ONLY) of the sessions (58-69 unless SESSIONS)
 * at K = 10, 25, 50 (random mode), the engine's mean signed error of the
 * unrevealed yes, no, abstain and absent counts (expected minus actual: a
 * positive yes error is a yes count forecast too high), its mean absolute
 * error of the yes and absent counts, B4's beside them, and the 80%
 * cover. FORECAST='{"turnoutSd":1}' passes settings. A few minutes per run
 * for the novel texts of twelve sessions on a 2-core machine.
 *
 * Run: npx tsx scripts/revealBias.ts                 (novel texts of 58-69)
 *      SESSIONS=70-74 npx tsx scripts/revealBias.ts  (held out)
 */
import { formatTable, revealBacktest, type BacktestSegment, type Counts } from "../src/index.ts";

const range = (process.env.SESSIONS ?? "58-69").split("-").map(Number);
const sessions = Array.from({ length: range[1] - range[0] + 1 }, (_, k) => range[0] + k);
const ks = (process.env.K ?? "10,25,50").split(",").map(Number);
const only = (process.env.ONLY ?? "novel") as BacktestSegment;
const forecast = process.env.FORECAST ? (JSON.parse(process.env.FORECAST) as Record<string, number>) : undefined;
const CATS = ["yes", "no", "abstain", "absent"] as const;

interface Sums { n: number; signed: Counts; absYes: number; absAbsent: number; b4: number; b4Absent: number }
const sums = new Map<number, Sums>();
const r = revealBacktest({
  sessions,
  k: ks,
  only,
  ...(forecast ? { forecast } : {}),
  onProgress: (x, m) => process.stderr.write(`\r${(100 * x).toFixed(1)}% ${m}      `),
  onRollCall: (row) => {
    const f = row.forecast!;
    const t = sums.get(row.k) ?? { n: 0, signed: { yes: 0, no: 0, abstain: 0, absent: 0 }, absYes: 0, absAbsent: 0, b4: 0, b4Absent: 0 };
    const err = (c: (typeof CATS)[number]) => f.expected[c] - row.revealed[c] - row.actual[c];
    t.n++;
    for (const c of CATS) t.signed[c] += err(c);
    t.absYes += Math.abs(err("yes"));
    t.absAbsent += Math.abs(err("absent"));
    t.b4 += Math.abs(row.methods["B4 neighbours"].expectedYes - row.actual.yes);
    t.b4Absent += Math.abs(row.methods["B4 neighbours"].expectedAbsent - row.actual.absent);
    sums.set(row.k, t);
  },
});
process.stderr.write("\n");
const rows = ks.map((k) => {
  const t = sums.get(k);
  const cover = r.reveal.find((x) => x.k === k)!.rows.find((x) => x.segment === only && x.method === "plenary");
  if (!t || !cover) return [String(k), "0", "-", "-", "-", "-", "-", "-", "-", "-", "-"];
  const m = (x: number, d = 1) => (x / t.n).toFixed(d);
  return [String(k), String(t.n), ...CATS.map((c) => m(t.signed[c])), m(t.absYes, 2), m(t.b4, 2), m(t.absAbsent), m(t.b4Absent), cover.coverage80.toFixed(2)];
});
console.log(`The engine's errors of the unrevealed counts, ${only} roll calls of sessions ${range.join("-")}${forecast ? `, ${JSON.stringify(forecast)}` : ""} (expected minus actual; random mode):\n`);
console.log(formatTable(["K", "roll calls", "yes", "no", "abstain", "absent", "MAE yes", "B4 MAE yes", "MAE absent", "B4 MAE absent", "80% cover"], rows));
