/**
 * Fits and saves the models committed under models/ so that the seed
 * scenarios, the notebooks and the backtest run instantly on a fresh clone:
 * one model per cutoff, each fitted on the 30 years before it (the same fit
 * `modelForAsOf` would make on the spot). Cutoffs: every `asOf` in
 * scenarios/*.json (forecast specs and scenario bases) and the first vote of
 * sessions 70-79 (the backtest's origins).
 * Run: `npx tsx scripts/fitModels.ts` (a few minutes).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fitIdealPoints, loadAssembly, saveModel } from "../src/index.ts";

const a = loadAssembly();
const cutoffs = new Set<string>();
for (const f of readdirSync("scenarios")) {
  if (!f.endsWith(".json")) continue;
  const text = readFileSync(`scenarios/${f}`, "utf8");
  for (const m of text.matchAll(/"asOf"\s*:\s*"(\d{4}-\d{2}-\d{2})"/g)) cutoffs.add(m[1]);
}
for (let session = 70; session <= 79; session++) {
  const first = a.rollCalls.filter((r) => r.period === session).reduce((m, r) => (r.date < m ? r.date : m), "9999-12-31");
  cutoffs.add(first);
}
const sorted = [...cutoffs].sort();
for (const [k, asOf] of sorted.entries()) {
  // an earlier cutoff with no roll call in between serves this one too (modelForAsOf picks it)
  if (k > 0 && !a.rollCalls.some((r) => sorted[k - 1] <= r.date && r.date < asOf)) continue;
  const from = `${Number(asOf.slice(0, 4)) - 30}${asOf.slice(4)}`;
  const t0 = performance.now();
  const model = fitIdealPoints(a, { from, until: asOf });
  saveModel(model, `models/cutoff-${asOf}.json`);
  console.log(`models/cutoff-${asOf}.json  from ${from}  ${((performance.now() - t0) / 1000).toFixed(1)} s  CC ${(model.stats.correctlyClassified * 100).toFixed(1)}%`);
}
