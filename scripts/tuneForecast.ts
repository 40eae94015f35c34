/**
 * Tunes the forecast engine's settings and the baselines' blend weights on
 * sessions BEFORE the reported backtest, so that the backtests on 70-74 and
 * 75-79 stay out of sample: the general settings on 62-69, the novel texts'
 * on the 153 novel roll calls of 54-69 (too few in four sessions to tell
 * settings apart), the emergency settings on the emergency special session
 * votes before 2015. Each grid point overrides the engine's defaults
 * (FORECAST_SETTINGS); the chosen values are recorded in docs/forecast.md.
 *
 *   npx tsx scripts/tuneForecast.ts                      # default grid on 62-69, then B2/B3 weights
 *   npx tsx scripts/tuneForecast.ts 66 67                # other sessions
 *   NOVEL=1 npx tsx scripts/tuneForecast.ts              # the novel texts of 54-69 only
 *   GRID='[{"broadNovel":0.3},{"broadNovel":0.5}]' npx tsx scripts/tuneForecast.ts
 *   EMERGENCY=1 GRID='[{"broadEmergency":0.3}]' npx tsx scripts/tuneForecast.ts   # emergency votes before 2015
 *   DIMS=2 GRID='[{}]' npx tsx scripts/tuneForecast.ts   # with two-dimensional models (fitted and cached, about 20 s each)
 *   BASELINES=1 npx tsx scripts/tuneForecast.ts          # the baselines' weights per segment kind and B5's choice, on the
 *                                                        # same tuning votes (TUNING_SETS; baselines alone, no engine run)
 */
import {
  ABSTAIN, NO, NOT_MEMBER, YES_FIRST_CLASS, backtest, baselineTuningVotes, formatTable, loadAssembly, matchPrevious, modelForAsOf, prepareForecast, recentShares,
  simulateOutcome, tuneBaselines, voteScores, type BacktestOptions, type MethodScores } from "../src/index.ts";

type Settings = NonNullable<BacktestOptions["forecast"]>;
const a = loadAssembly();
const emergency = Boolean(process.env.EMERGENCY);
const novel = Boolean(process.env.NOVEL);
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);
const sessions = process.argv.length > 2 ? process.argv.slice(2).map(Number) : novel ? range(54, 69) : range(62, 69);
// the settings of the previous release (0.1.0 before the new-texts pool, the t shock and the resumed part's absences)
const previous: Settings = { shockDf: 0, habitMargin: 6, turnoutSd: 0.85, noiseScaleNovel: 1.3, novelPoolSessions: 0, broadNovel: 0.45, bandMean: 3, novelShift: 0, resumedAbsence: 0 };
// the rows of the tuning tables in docs/forecast.md
const defaultGrid: Settings[] = emergency
  ? [{}, previous, { broadEmergency: 0.35 }, { itemSdEmergency: 0.65 }, { sameSessionBoost: 12 }]
  : novel
    ? [{}, previous, { novelShift: 0 }, { novelShift: 0.25 }, { novelShift: 0.75 }, { bandMean: 3 }, { novelPoolSessions: 0 }, { novelPoolSessions: 6 }, { novelPoolSessions: 12 }, { broadNovel: 0.45 }, { broadNovel: 0.75 }, { noiseScaleNovel: 0.7 }, { noiseScaleNovel: 1 }, { noiseScaleNovel: 1.3 }, { itemSdNovel: 0.5 }, { itemSdNovel: 1.2 }, { resumedAbsence: 0 }]
    : [{}, previous, { shockDf: 0 }, { habitMargin: 6 }, { turnoutSd: 0.85 }, { turnoutSd: 0.6 }, { bandMean: 3 }, { bandMean: 0.5 }, { habitWeight: 0.9 }, { resumedAbsence: 0 }, { resumedAbsence: 0.7 }, { resumedAbsence: 1.5 }];
const grid: Settings[] = process.env.GRID ? JSON.parse(process.env.GRID) : defaultGrid;
const draws = Number(process.env.DRAWS ?? 500);
const dims = process.env.DIMS === "2" ? 2 : 1;
const line = (name: string, p: MethodScores) =>
  console.log(name.padEnd(64), "logLoss", p.logLoss.toFixed(4), "F1", p.macroF1.toFixed(4), "acc", p.accuracy.toFixed(4), "maeYes", p.maeYes.toFixed(2), "maeAbstain", p.maeAbstain.toFixed(2), "maeNo", p.maeNo.toFixed(2), "cov80", p.coverage80?.toFixed(3) ?? "-", "cov95", p.coverage95?.toFixed(3) ?? "-");

/** Scores of the engine (and of B1, each state's recent shares) on the novel roll calls of the sessions (no earlier vote on the text before the session), each forecast as of its session's first vote. */
function novelScores(g: Settings): void {
  const { codes, nStates } = a.matrix;
  const scores = voteScores();
  const b1 = voteScores();
  const counts = { mae: 0, abstain: 0, b1Yes: 0, b1Abstain: 0, c80: 0, c95: 0, n: 0 };
  // signed errors (expected - actual) of the yes, abstain and no counts: the engine's and B1's
  const bias = [0, 0, 0];
  const b1Bias = [0, 0, 0];
  for (const s of sessions) {
    const rows = a.rollCalls.map((r, i) => [r, i] as const).filter(([r]) => r.period === s);
    const asOf = rows.reduce((m, [r]) => (r.date < m ? r.date : m), "9999");
    const model = modelForAsOf(a, asOf, { dims });
    for (const [r, row] of rows) {
      if (matchPrevious(a, r, { before: asOf }).length > 0) continue;
      const f = simulateOutcome(prepareForecast({ title: r.title, asOf, voteDate: r.date, session: r.session, draws, seed: 1 }, { ...g, assembly: a, model }));
      const by = new Map(f.countries.map((c) => [c.iso3, c]));
      const shares = recentShares(a, r.period, asOf);
      let yes = 0;
      let abstain = 0;
      let no = 0;
      let b1Yes = 0;
      let b1Abstain = 0;
      let b1No = 0;
      for (let k = 0; k < nStates; k++) {
        const code = codes[row * nStates + k];
        if (code === NOT_MEMBER) continue;
        b1Yes += shares[k][0];
        b1Abstain += shares[k][1];
        b1No += shares[k][2];
        if (code === ABSTAIN) abstain++;
        if (code === NO) no++;
        const cls = YES_FIRST_CLASS[code];
        const c = by.get(a.states[k].iso3);
        if (!c || cls === undefined || cls < 0) continue;
        scores.add([c.pYes, c.pAbstain, c.pNo], cls as 0 | 1 | 2);
        b1.add(shares[k].slice(0, 3), cls as 0 | 1 | 2);
        if (cls === 0) yes++;
      }
      counts.n++;
      counts.mae += Math.abs(f.expected.yes - yes);
      counts.abstain += Math.abs(f.expected.abstain - abstain);
      counts.b1Yes += Math.abs(b1Yes - yes);
      counts.b1Abstain += Math.abs(b1Abstain - abstain);
      [f.expected.yes - yes, f.expected.abstain - abstain, f.expected.no - no].forEach((e, j) => (bias[j] += e));
      [b1Yes - yes, b1Abstain - abstain, b1No - no].forEach((e, j) => (b1Bias[j] += e));
      if (f.interval80.yes[0] <= yes && yes <= f.interval80.yes[1]) counts.c80++;
      if (f.interval95.yes[0] <= yes && yes <= f.interval95.yes[1]) counts.c95++;
    }
  }
  const p = scores.result();
  const q = b1.result();
  const n = counts.n;
  console.log(`${JSON.stringify(g)} novel`.padEnd(64), "rollCalls", n, "logLoss", p.logLoss.toFixed(4), "F1", p.macroF1.toFixed(4), "acc", p.accuracy.toFixed(4), "maeYes", (counts.mae / n).toFixed(2), "maeAbstain", (counts.abstain / n).toFixed(2), "bias yes/abstain/no", bias.map((e) => (e / n).toFixed(1)).join("/"), "cov80", (counts.c80 / n).toFixed(3), "cov95", (counts.c95 / n).toFixed(3));
  console.log(`${JSON.stringify(g)} novel B1`.padEnd(64), "rollCalls", n, "logLoss", q.logLoss.toFixed(4), "F1", q.macroF1.toFixed(4), "acc", q.accuracy.toFixed(4), "maeYes", (counts.b1Yes / n).toFixed(2), "maeAbstain", (counts.b1Abstain / n).toFixed(2), "bias yes/abstain/no", b1Bias.map((e) => (e / n).toFixed(1)).join("/"));
}

if (process.env.BASELINES) {
  // every baseline tuned like the engine: per segment kind, on the same tuning votes
  const votes = baselineTuningVotes(a, { onProgress: (_, m) => process.stderr.write(`${m}\r`) });
  const t = tuneBaselines(votes);
  const kinds = ["repeated", "novel", "emergency"] as const;
  console.log(formatTable(["kind", "tuning votes", "B1 log-loss", "B2 weight", "B2 log-loss", "B3 weight", "B3 log-loss", "B5 uses"],
    kinds.map((k) => [k, t.votes[k], t.best[k]["B1 recent shares"].toFixed(4), t.B2[k], t.best[k]["B2 shares + last vote"].toFixed(4), t.B3[k], t.best[k]["B3 nearest title"].toFixed(4), t.B5[k]])));
  console.log("\n" + JSON.stringify({ B2: t.B2, B3: t.B3, B5: t.B5 }));
  if (process.env.ROWS) for (const r of t.rows) console.log(r.kind, r.baseline, r.weight, r.logLoss.toFixed(4));
  process.exit(0);
}

if (novel) {
  for (const g of grid) novelScores(g);
  process.exit(0);
}

grid.forEach((g) => {
  const run = (emergency ? { emergency: { until: "2015-01-01" } } : { sessions }) as BacktestOptions;
  const r = backtest({ ...run, assembly: a, draws, forecast: g, modelFor: (asOf) => modelForAsOf(a, asOf, { dims }) });
  for (const s of r.segments) line(`${JSON.stringify(g)} ${s.segment} ${s.set} ${s.method}`, s);
});
