/**
 * Tunes the forecast engine's few settings and B2's blend weight on sessions
 * BEFORE the reported backtest (default 66-69), so that the backtest on 70-74
 * and 75-79 stays out of sample. Each grid point overrides the engine's
 * defaults (src/forecast/prepareForecast.ts); the chosen values are recorded
 * in docs/forecast.md.
 *
 *   npx tsx scripts/tuneForecast.ts [sessions...]
 *   GRID='[{"habitWeight":0.3},{"habitWeight":0.5}]' npx tsx scripts/tuneForecast.ts
 *   TUNE_B2=1 npx tsx scripts/tuneForecast.ts     # also B2's blend weight
 */
import { loadAssembly } from "../src/data/loadAssembly.ts";
import { backtest, type BacktestOptions } from "../src/forecast/backtest.ts";

type Settings = NonNullable<BacktestOptions["forecast"]>;
const sessions = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [66, 67, 68, 69];
const a = loadAssembly();
// the rows of the tuning table in docs/forecast.md
const defaultGrid: Settings[] = [
  { habitWeight: 0, noiseScale: 0.45, turnoutSd: 0.7 },
  { habitWeight: 0.3, habitMargin: 6, noiseScale: 0.45, turnoutSd: 0.7 },
  ...[3, 6, 12].map((habitMargin) => ({ habitWeight: 0.4, habitMargin, noiseScale: 0.45, turnoutSd: 0.7 })),
  ...[0.6, 0.75, 0.9].map((noiseScale) => ({ habitWeight: 0.4, habitMargin: 6, noiseScale, turnoutSd: 0.7 })),
  ...[0.6, 0.75, 0.9].map((noiseScale) => ({ habitWeight: 0.5, habitMargin: 6, noiseScale, turnoutSd: 0.7 })),
  { habitWeight: 0.6, habitMargin: 6, noiseScale: 0.9, turnoutSd: 0.7 },
  { habitWeight: 0.5, habitMargin: 6, noiseScale: 0.75, turnoutSd: 0.85 },
  { habitWeight: 0.5, habitMargin: 6, noiseScale: 0.75, turnoutSd: 1 },
  ...[0.7, 1].map((recencyDecay) => ({ habitWeight: 0.5, habitMargin: 6, noiseScale: 0.75, turnoutSd: 0.85, recencyDecay })),
];
const grid: Settings[] = process.env.GRID ? JSON.parse(process.env.GRID) : defaultGrid;
const line = (name: string, p: { logLoss: number; macroF1: number; accuracy: number; maeYes: number; coverage80: number }) =>
  console.log(name, "logLoss", p.logLoss.toFixed(4), "F1", p.macroF1.toFixed(4), "acc", p.accuracy.toFixed(4), "maeYes", p.maeYes.toFixed(2), "cov80", p.coverage80.toFixed(3));
grid.forEach((g, k) => {
  const r = backtest({ sessions, assembly: a, draws: 500, forecast: g, blend: 0.75 });
  line(JSON.stringify(g), r.overall[0]);
  if (k === 0) line("B2 (blend 0.75)", r.overall[2]);
});
for (const blend of process.env.TUNE_B2 ? [0.6, 0.75, 0.85, 0.95] : []) {
  const r = backtest({ sessions, assembly: a, draws: 200, blend });
  const b = r.overall[2];
  console.log("B2 blend", blend, "logLoss", b.logLoss.toFixed(4), "F1", b.macroF1.toFixed(4), "maeYes", b.maeYes.toFixed(2));
}
