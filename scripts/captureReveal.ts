/**
 * Runs the reveal backtest on the tuning sessions (66-69 unless SESSIONS)
 * at K = 10, 25, 50 (random mode) and writes one JSON line per roll call and
 * K to OUT: its segments, kind, the revealed and unrevealed yes, the
 * engine's expected unrevealed yes and the distribution of its yes total
 * (what `scripts/tuneReveal.ts` with WIDEN=file chooses the count
 * widening from, offline). FORECAST='{"knownPowerNovel":1}' passes
 * settings; ONLY=novel keeps one segment. Slow: 25-35 minutes for four
 * sessions on a 2-core machine.
 *
 * Run: OUT=/tmp/reveal-66-69.jsonl npx tsx scripts/captureReveal.ts
 */
import { createWriteStream } from "node:fs";
import { revealBacktest, type RevealOptions } from "../src/index.ts";

const range = (process.env.SESSIONS ?? "66-69").split("-").map(Number);
const sessions = Array.from({ length: range[1] - range[0] + 1 }, (_, k) => range[0] + k);
const ks = (process.env.K ?? "10,25,50").split(",").map(Number);
const out = createWriteStream(process.env.OUT ?? "/tmp/reveal-capture.jsonl");
const forecast = process.env.FORECAST ? (JSON.parse(process.env.FORECAST) as Record<string, number>) : undefined;
const only = process.env.ONLY as RevealOptions["only"];
const r = revealBacktest({
  sessions,
  k: ks,
  ...(forecast ? { forecast } : {}),
  ...(only ? { only } : {}),
  onProgress: (x, m) => process.stderr.write(`\r${(100 * x).toFixed(1)}% ${m}      `),
  onRollCall: (row) => {
    const f = row.forecast!;
    const dist = f.yesDistribution;
    let lo = 0;
    while (lo < dist.length && dist[lo] === 0) lo++;
    let hi = dist.length - 1;
    while (hi > lo && dist[hi] === 0) hi--;
    out.write(JSON.stringify({
      symbol: row.symbol, k: row.k, segments: row.segments, kind: f.kind, actualYes: row.actual.yes, revealedYes: row.revealed.yes, actual: row.actual, revealed: row.revealed,
      expectedYes: row.methods.plenary.expectedYes, interval80: row.methods.plenary.interval80,
      b4: row.methods["B4 neighbours"].expectedYes, b2: row.methods["B2 shares + last vote"].expectedYes,
      members: f.members, expected: f.expected, known: f.conditioning?.known ?? 0,
      yesFrom: lo, yes: dist.slice(lo, hi + 1).map((p) => Math.round(p * 1e6) / 1e6),
    }) + "\n");
  },
});
out.end();
process.stderr.write("\n");
console.log(JSON.stringify({ seconds: r.seconds, reveal: r.reveal }, null, 1));
