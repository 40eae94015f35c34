/**
 * How much the inputs a forecast has say about whether a new text will be
 * near-unanimous (at most 3 no and 10 abstentions), the question that most
 * of a novel text's error turns on (docs/forecast.md, "What limits new
 * texts"). For the novel roll calls of 54-69 and of 70-79 (no earlier vote
 * on the text before their session), three predictors of "near-unanimous",
 * each from data before the session only:
 *
 * - title words: logistic regression (`LogisticRegression`, the wrapper of
 *   `ml-logistic-regression`) on the stemmed title words of the first votes
 *   on their texts of sessions 35 to the one before (words in at least 3;
 *   the package has no penalty, so few small steps keep it from overfitting:
 *   300 steps of 0.5 on standardized words gave a log-loss of 1.7-2.0);
 * - resembling votes: the share near-unanimous among the engine's own
 *   resembling roll calls (`findResembling`, 30 at most, by weight);
 * - the calendar: the share near-unanimous among the regular-session roll
 *   calls of the 8 sessions before, voted within 3 days of the same day of
 *   the year (the same committee's report, as a rule).
 *
 * Each prints the area under the ROC curve (0.5: no signal) and the
 * log-loss of its probability against the base rate's. Predictions are
 * shrunk toward the base rate by 2 pseudo-votes. About a minute.
 *
 *   npx tsx scripts/newTextSignals.ts
 */
import {
  dayNumber, findResembling, isFirstVote, loadAssembly, LogisticRegression, matchPrevious, resolveForecastSettings, sessionPeriod, titleTerms,
  type RollCall,
} from "../src/index.ts";

const a = loadAssembly();
const lopsided = (r: RollCall) => r.stated.no <= 3 && r.stated.abstain <= 10;
const settings = resolveForecastSettings({ maxResembling: 30 });
const dayOfYear = (d: string) => dayNumber(d) - dayNumber(`${d.slice(0, 4)}-01-01`);

/** Near-unanimous share of roll calls, shrunk toward `base` by 2 pseudo-votes. */
function shrunk(calls: RollCall[], weights: number[], base: number): number {
  let w = 0;
  let c = 0;
  calls.forEach((r, k) => {
    w += weights[k];
    if (lopsided(r)) c += weights[k];
  });
  return (c + 2 * base) / (w + 2);
}

type Row = { y: number; p: number; base: number };

function score(name: string, rows: Row[]): void {
  let auc = 0;
  let pairs = 0;
  for (const i of rows) for (const j of rows) if (i.y === 1 && j.y === 0) (pairs++, (auc += i.p > j.p ? 1 : i.p === j.p ? 0.5 : 0));
  const ll = (p: (r: Row) => number) => rows.reduce((s, r) => s - Math.log(r.y ? p(r) : 1 - p(r)), 0) / rows.length;
  console.log(`  ${name.padEnd(16)} AUC ${(auc / pairs).toFixed(3)}  log-loss ${ll((r) => r.p).toFixed(4)} (base rate ${ll((r) => r.base).toFixed(4)})`);
}

for (const [first, last] of [[54, 69], [70, 79]]) {
  const byTitle: Row[] = [];
  const byResembling: Row[] = [];
  const byCalendar: Row[] = [];
  for (let s = first; s <= last; s++) {
    const rows = a.rollCalls.filter((r) => r.period === s);
    const asOf = rows.reduce((m, r) => (r.date < m ? r.date : m), "9999");
    // title words: trained on the earlier sessions' first votes
    const train = a.rollCalls.filter((r, i) => r.period >= 35 && r.date < asOf && r.kind === "regular" && isFirstVote(a, i));
    const base = train.filter(lopsided).length / train.length;
    const df = new Map<string, number>();
    for (const r of train) for (const t of new Set(titleTerms(r.title))) df.set(t, (df.get(t) ?? 0) + 1);
    const vocabulary = [...df].filter(([, n]) => n >= 3).map(([t]) => t);
    const features = (title: string) => {
      const words = new Set(titleTerms(title));
      return vocabulary.map((t) => (words.has(t) ? 1 : 0));
    };
    const model = new LogisticRegression({ numSteps: 100, learningRate: 0.2, standardize: false }).fit(train.map((r) => features(r.title)), train.map((r) => (lopsided(r) ? 1 : 0)));
    for (const r of rows) {
      if (r.kind !== "regular" || matchPrevious(a, r, { before: asOf }).length > 0) continue;
      const y = lopsided(r) ? 1 : 0;
      byTitle.push({ y, base, p: model.predictProbabilities([features(r.title)])[0][1] });
      const found = findResembling(a.rollCalls, { title: r.title, session: r.session, asOf, period: sessionPeriod(r.session, asOf) }, settings, () => true);
      byResembling.push({ y, base, p: shrunk(found.map((f) => f.rollCall), found.map((f) => f.weight), base) });
      const day = dayOfYear(r.date);
      const near = a.rollCalls.filter((x) => x.date < asOf && x.period >= s - 8 && x.kind === "regular" && Math.min(Math.abs(dayOfYear(x.date) - day), 365 - Math.abs(dayOfYear(x.date) - day)) <= 3);
      byCalendar.push({ y, base, p: shrunk(near, near.map(() => 1), base) });
    }
  }
  const rate = byTitle.filter((r) => r.y).length / byTitle.length;
  console.log(`novel roll calls of ${first}-${last}: ${byTitle.length}, ${(100 * rate).toFixed(0)}% near-unanimous`);
  score("title words", byTitle);
  score("resembling votes", byResembling);
  score("calendar", byCalendar);
}
