/**
 * Tuning for the reveal backtest, on sessions 66-69 only (before every
 * session the README reports), at K = 25 in random mode:
 *
 * - B4 (neighbours): its weight on the revealed states' votes and the power
 *   of agreement in their weights, on a grid (baselines alone: about a
 *   minute);
 * - with ENGINE=1, the engine's settings of the conditioning on known
 *   positions (`knownPower`, `blocShare`, `habitSd`), one at a time around
 *   the defaults (slow: several minutes per setting on a 2-core machine).
 *
 * - with WIDEN=file.jsonl (a capture of the engine's yes counts per roll
 *   call and K, `scripts/captureReveal.ts`, taken with knownWiden 0), the
 *   widening of the counts when positions are known (`knownWiden`), offline
 *   in seconds: for each candidate, every roll call's 80% interval of the
 *   unrevealed yes count is recomputed from its captured distribution widened
 *   as `widenCounts` does (the rounding's probabilities instead of its draws)
 *   and the cover is counted per segment and K; chosen: the least widening
 *   with every segment of more than 30 roll calls at 0.80 or more at every K.
 *
 * Run: npx tsx scripts/tuneReveal.ts        (ENGINE=1 for the engine's settings; SESSIONS=66-69, K=25 to change)
 *      WIDEN=/tmp/reveal-66-69.jsonl npx tsx scripts/tuneReveal.ts
 */
import { readFileSync } from "node:fs";
import { formatTable, revealBacktest, type RevealRow } from "../src/index.ts";

/** Known positions at which the widening is full (WIDEN_FULL_AT of src/forecast/widenCounts.ts, which scripts do not import). */
const WIDEN_FULL_AT = 50;

const range = (process.env.SESSIONS ?? "66-69").split("-").map(Number);
const sessions = Array.from({ length: range[1] - range[0] + 1 }, (_, k) => range[0] + k);
const k = Number(process.env.K ?? 25);
const f = (x: number, d = 3) => x.toFixed(d);
const line = (label: string, r: RevealRow) => [label, r.segment, f(r.logLoss), f(r.accuracy), f(r.macroF1), f(r.maeYes, 2), `${f(r.coverage80, 2)} / ${f(r.coverage95, 2)}`];
const header = ["setting", "segment", "log-loss", "accuracy", "macro-F1", "MAE yes", "80% / 95% cover"];

if (process.env.WIDEN) {
  chooseWidening(process.env.WIDEN.split(","));
  process.exit(0);
}

const rows: string[][] = [];
for (const blend of [0.3, 0.5, 0.7, 0.8, 0.9, 0.95]) {
  for (const power of [1, 4, 8, 16, 32, 64]) {
    const r = revealBacktest({ sessions, k: [k], engine: false, neighbourBlend: blend, neighbourPower: power });
    const all = r.reveal[0].rows.find((x) => x.segment === "all" && x.method === "B4 neighbours")!;
    rows.push(line(`B4 weight ${blend}, power ${power}`, all));
  }
}
console.log(`B4 on sessions ${sessions.join(", ")}, K = ${k} (random):\n`);
console.log(formatTable(header, rows));

if (process.env.ENGINE) {
  const grid: Record<string, number>[] = [{}, { knownPower: 1 }, { knownPower: 0.3 }, { blocShare: 0 }, { blocShare: 1 }, { habitSd: 0 }];
  const out: string[][] = [];
  for (const settings of grid) {
    const r = revealBacktest({ sessions, k: [k], forecast: settings });
    for (const row of r.reveal[0].rows.filter((x) => x.method === "plenary" && ["all", "repeated", "novel"].includes(x.segment))) {
      out.push(line(Object.keys(settings).length ? JSON.stringify(settings) : "default", row));
    }
  }
  console.log(`\nThe engine on sessions ${sessions.join(", ")}, K = ${k} (random):\n`);
  console.log(formatTable(header, out));
}

/** One captured roll call and K (scripts/captureReveal.ts). */
interface Captured {
  symbol: string;
  k: number;
  segments: string[];
  actualYes: number;
  revealedYes: number;
  known: number;
  members: number;
  expected: { yes: number; no: number; abstain: number; absent: number };
  yesFrom: number;
  yes: number[];
}

/** The 80% interval (nearest rank, as quantileInterval) of the unrevealed yes count widened by `factor`, from its captured distribution. */
function widenedInterval(r: Captured, factor: number): [number, number] {
  const U = r.members - r.known;
  const total = r.yes.reduce((s, p) => s + p, 0);
  const values = r.yes.map((_, i) => r.yesFrom + i - r.revealedYes);
  const m = r.yes.reduce((s, p, i) => s + p * values[i], 0) / total;
  const mass = new Map<number, number>();
  r.yes.forEach((p, i) => {
    if (p === 0) return;
    const x = m + factor * (values[i] - m);
    const fl = Math.floor(x);
    const add = (v: number, w: number) => w > 0 && mass.set(Math.max(0, Math.min(U, v)), (mass.get(Math.max(0, Math.min(U, v))) ?? 0) + w);
    add(fl, (p * (1 - (x - fl))) / total);
    add(fl + 1, (p * (x - fl)) / total);
  });
  const sorted = [...mass.entries()].sort((a, b) => a[0] - b[0]);
  const at = (q: number) => {
    let seen = 0;
    for (const [v, w] of sorted) if ((seen += w) >= q - 1e-9) return v;
    return sorted[sorted.length - 1][0];
  };
  return [at(0.1), at(0.9)];
}

/**
 * The widening of the counts: cover of the unrevealed yes count per segment
 * and K on a grid of knownWiden x knownWidenContest; prints the table and the
 * choice: among the pairs with every segment of more than 30 roll calls at
 * 0.80 or more at every K, the one whose largest such cover is least (each
 * segment as near 0.80 as the grid allows), then the least widening.
 */
function chooseWidening(files: string[]): void {
  const recs: Captured[] = files.flatMap((file) => readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Captured));
  const ks = [...new Set(recs.map((r) => r.k))].sort((a, b) => a - b);
  const segments = ["all", "repeated", "novel", "important"];
  const out: string[][] = [];
  let best: { scale: number; contest: number; max: number } | null = null;
  for (const contest of [0.05, 0.1, 0.2]) {
    for (const scale of [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1]) {
      const cover = new Map<string, { n: number; hit: number }>();
      for (const r of recs) {
        const voting = r.expected.yes + r.expected.no;
        const q = voting > 0 ? r.expected.no / voting : 0;
        const factor = 1 + scale * Math.sqrt(Math.min(r.known, WIDEN_FULL_AT) / WIDEN_FULL_AT) * Math.min(1, q / contest);
        const [lo, hi] = widenedInterval(r, factor);
        for (const sg of r.segments) {
          const id = `${sg}|${r.k}`;
          const c = cover.get(id) ?? { n: 0, hit: 0 };
          c.n++;
          if (lo <= r.actualYes && r.actualYes <= hi) c.hit++;
          cover.set(id, c);
        }
      }
      let ok = true;
      let max = 0;
      const row = [String(scale), String(contest)];
      for (const sg of segments) {
        for (const k of ks) {
          const c = cover.get(`${sg}|${k}`);
          row.push(c ? (c.hit / c.n).toFixed(2) : "-");
          if (c && c.n > 30) {
            if (c.hit / c.n < 0.8) ok = false;
            max = Math.max(max, c.hit / c.n);
          }
        }
      }
      out.push(row);
      if (ok && (best === null || max < best.max - 1e-9)) best = { scale, contest, max };
    }
  }
  const n = (sg: string) => recs.filter((r) => r.k === ks[0] && r.segments.includes(sg)).length;
  console.log(`80% cover of the unrevealed yes count by knownWiden and knownWidenContest, ${files.join(", ")}:\n`);
  console.log(formatTable(["knownWiden", "contest", ...segments.flatMap((sg) => ks.map((k) => `${sg} (${n(sg)}) K=${k}`))], out));
  console.log(best
    ? `\nchosen: knownWiden ${best.scale}, knownWidenContest ${best.contest} (every segment of more than 30 roll calls at 0.80 or more at every K, the largest cover least: ${best.max.toFixed(2)})`
    : "\nno pair of the grid has every segment of more than 30 roll calls at 0.80 or more");
}
