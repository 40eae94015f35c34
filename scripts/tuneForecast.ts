/**
 * Tunes the forecast engine's settings and the baselines' blend weights on
 * sessions BEFORE the reported backtest (default 66-69), so that the
 * backtests on 70-74 and 75-79 stay out of sample; the emergency settings
 * are tuned on the emergency special session votes before 2015. Each grid
 * point overrides the engine's defaults (FORECAST_SETTINGS); the chosen
 * values are recorded in docs/forecast.md.
 *
 *   npx tsx scripts/tuneForecast.ts                      # default grid on 66-69, then B2/B3 weights
 *   npx tsx scripts/tuneForecast.ts 66 67                # other sessions
 *   GRID='[{"broadNovel":0.3},{"broadNovel":0.5}]' npx tsx scripts/tuneForecast.ts
 *   EMERGENCY=1 GRID='[{"broadEmergency":0.3}]' npx tsx scripts/tuneForecast.ts   # emergency votes before 2015
 *   DIMS=2 GRID='[{}]' npx tsx scripts/tuneForecast.ts   # with two-dimensional models (fitted and cached, about 20 s each)
 */
import { backtest, loadAssembly, modelForAsOf, voteScores, type BacktestOptions, type BacktestVote, type MethodScores } from "../src/index.ts";

type Settings = NonNullable<BacktestOptions["forecast"]>;
const a = loadAssembly();
const emergency = Boolean(process.env.EMERGENCY);
const sessions = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [66, 67, 68, 69];
// the rows of the tuning tables in docs/forecast.md
const defaultGrid: Settings[] = emergency
  ? [{}, { broadEmergency: 0.15 }, { broadEmergency: 0.35 }, { itemSdEmergency: 0.8 }, { sameSessionBoost: 12 }]
  : [{}, { habitWeight: 0.5, broadRepeated: 0.05 }, { habitWeight: 0.65 }, { habitWeight: 0.75 }, { habitWeight: 0.65, bandMean: 2 }];
const grid: Settings[] = process.env.GRID ? JSON.parse(process.env.GRID) : defaultGrid;
const draws = Number(process.env.DRAWS ?? 500);
const line = (name: string, p: MethodScores) =>
  console.log(name.padEnd(64), "logLoss", p.logLoss.toFixed(4), "F1", p.macroF1.toFixed(4), "acc", p.accuracy.toFixed(4), "maeYes", p.maeYes.toFixed(2), "maeAbstain", p.maeAbstain.toFixed(2), "maeNo", p.maeNo.toFixed(2), "cov80", p.coverage80.toFixed(3), "cov95", p.coverage95.toFixed(3));

let votes: BacktestVote[] = [];
grid.forEach((g, k) => {
  const collected: BacktestVote[] = [];
  const run = (emergency ? { emergency: { until: "2015-01-01" } } : { sessions }) as BacktestOptions;
  const dims = process.env.DIMS === "2" ? 2 : 1;
  const r = backtest({ ...run, assembly: a, draws, forecast: g, modelFor: (asOf) => modelForAsOf(a, asOf, { dims }), onVote: k === 0 ? (v) => collected.push(v) : undefined });
  if (k === 0) votes = collected;
  for (const s of r.segments) line(`${JSON.stringify(g)} ${s.segment} ${s.method}`, s);
});

// The baselines' weights, from the first run's votes: B = w one-hot(vote) + (1 - w) B1.
for (const [name, key] of [["B2", "previous"], ["B3", "nearest"]] as const) {
  for (const w of [0.5, 0.65, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const acc = voteScores();
    for (const v of votes) {
      const b1 = v.probs["B1 recent shares"];
      const x = v[key];
      acc.add(x === null ? b1 : b1.map((p, i) => w * (i === x ? 1 : 0) + (1 - w) * p), v.actual);
    }
    const s = acc.result();
    console.log(`${name} weight ${w}`.padEnd(40), "logLoss", s.logLoss.toFixed(4), "F1", s.macroF1.toFixed(4), "acc", s.accuracy.toFixed(4));
  }
}
