/**
 * Tunes the forecast engine's few settings (residualSd, itemSd, absencePrior)
 * and B2's blend weight on sessions BEFORE the reported backtest (default
 * 66-69), so that the backtest on 70-74 and 75-79 stays out of sample.
 * Run: `npx tsx scripts/tuneForecast.ts [sessions...]`.
 */
import { loadAssembly } from "../src/data/loadAssembly.ts";
import { backtest } from "../src/forecast/backtest.ts";

const sessions = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [66, 67, 68, 69];
const a = loadAssembly();
const grid: { residualSd: number; itemSd: number; absencePrior: number; noiseScale: number; turnoutSd: number; recencyDecay?: number }[] = [];
const only = process.env.TUNE_ONLY ? Number(process.env.TUNE_ONLY) : null;
for (const noiseScale of [0.3, 0.45, 0.6]) grid.push({ residualSd: 5, itemSd: 0.2, absencePrior: 0.3, noiseScale, turnoutSd: 1 });
for (const turnoutSd of [0.7, 0.85]) grid.push({ residualSd: 5, itemSd: 0.2, absencePrior: 0.3, noiseScale: 0.45, turnoutSd });
for (const recencyDecay of [0.7, 0.85, 1]) grid.push({ residualSd: 5, itemSd: 0.2, absencePrior: 0.3, noiseScale: 0.45, turnoutSd: 0.7, recencyDecay } as (typeof grid)[number]);
for (const g of only === null ? grid : grid.slice(only)) {
  const r = backtest({ sessions, assembly: a, draws: 500, forecast: g, blend: 0.75 });
  const p = r.overall[0];
  console.log(JSON.stringify(g), "logLoss", p.logLoss.toFixed(4), "F1", p.macroF1.toFixed(4), "acc", p.accuracy.toFixed(4), "maeYes", p.maeYes.toFixed(2), "cov80", p.coverage80.toFixed(3));
}
for (const blend of process.env.TUNE_B2 ? [0.8, 0.85, 0.9, 0.95] : []) {
  const r = backtest({ sessions, assembly: a, draws: 200, blend });
  const b = r.overall[2];
  console.log("B2 blend", blend, "logLoss", b.logLoss.toFixed(4), "F1", b.macroF1.toFixed(4), "maeYes", b.maeYes.toFixed(2));
}
