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
 * Run: npx tsx scripts/tuneReveal.ts        (ENGINE=1 for the engine's settings; SESSIONS=66-69, K=25 to change)
 */
import { formatTable, revealBacktest, type RevealRow } from "../src/index.ts";

const range = (process.env.SESSIONS ?? "66-69").split("-").map(Number);
const sessions = Array.from({ length: range[1] - range[0] + 1 }, (_, k) => range[0] + k);
const k = Number(process.env.K ?? 25);
const f = (x: number, d = 3) => x.toFixed(d);
const line = (label: string, r: RevealRow) => [label, r.segment, f(r.logLoss), f(r.accuracy), f(r.macroF1), f(r.maeYes, 2), `${f(r.coverage80, 2)} / ${f(r.coverage95, 2)}`];
const header = ["setting", "segment", "log-loss", "accuracy", "macro-F1", "MAE yes", "80% / 95% cover"];

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
