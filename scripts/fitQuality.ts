/**
 * Fit-quality report of the dynamic ordinal ideal-point model on the embedded
 * record: share correctly classified and APRE (non-unanimous roll calls),
 * overall and from 1990, and the correlation with the published
 * Bailey-Strezhnev-Voeten estimates (data/reference/bsv_idealpoints.csv),
 * pooled and per session (sessions 1-74).
 *
 *   npx tsx scripts/fitQuality.ts                       # fits the full record (seconds)
 *   npx tsx scripts/fitQuality.ts --model models/default.json
 *   npx tsx scripts/fitQuality.ts --dims 2
 *   npx tsx scripts/fitQuality.ts --compare-logistic    # + held-out comparison with the logistic tendencies (minutes)
 */
import { compareTendencies, compareWithReference, fitIdealPoints, fitQuality, loadAssembly, loadModel, readReferenceIdealPoints } from "../src/index.ts";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const assembly = loadAssembly();
const modelPath = flag("--model");
const dims = flag("--dims") === "2" ? 2 : 1;
const model = modelPath ? loadModel(modelPath, { fingerprint: assembly.fingerprint }) : fitIdealPoints(assembly, { dims });
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

console.log(`model: ${modelPath ?? `fitted now (${dims}-D)`}; ${model.stats.rollCalls} roll calls, ${model.stats.votes} yes/abstain/no votes, ${model.from} to before ${model.cutoff}`);
if (!modelPath) console.log(`fit: ${model.stats.seconds.toFixed(1)} s, ${model.stats.iterations} sweeps`);
for (const [label, from] of [["all sessions", undefined], ["1990 onward", "1990-01-01"]] as const) {
  const q = fitQuality(model, assembly, { from });
  console.log(`${label.padEnd(13)} correctly classified ${pct(q.correctlyClassified)}, APRE ${q.apre.toFixed(3)} (modal baseline ${pct(q.modalBaseline)}; ${q.rollCalls} non-unanimous roll calls, ${q.votes} votes)`);
}

const reference = readReferenceIdealPoints();
const c = compareWithReference(model, reference);
const worst = [...c.perSession].sort((a, b) => a.r - b.r).slice(0, 3);
console.log(
  `Bailey-Strezhnev-Voeten (sessions ${c.perSession[0]?.session}-${c.perSession.at(-1)?.session}): pooled r ${c.pooled.toFixed(3)}, median per-session r ${c.medianPerSession.toFixed(3)} ` +
    `(${c.matched} state-sessions matched, ${c.unmatched} not; lowest: ${worst.map((w) => `session ${w.session} ${w.r.toFixed(2)}`).join(", ")})`,
);

if (args.includes("--compare-logistic")) {
  const session = Number(flag("--session") ?? 79);
  for (const leaders of [undefined, []]) {
    const t = compareTendencies(assembly, { session, leaders });
    const row = (name: string, s: { accuracy: number; logLoss: number; seconds: number }) =>
      `  ${name.padEnd(44)} accuracy ${pct(s.accuracy)}, log-loss ${s.logLoss.toFixed(3)}, fit ${s.seconds.toFixed(1)} s`;
    console.log(`held-out session ${session} (trained before ${t.cutoff}; ${t.rollCalls} roll calls with a same-titled predecessor, ${t.votes} votes), logistic cues ${leaders ? "without" : "with"} bloc leaders' votes:`);
    console.log(row("ideal points (predecessor's parameters)", t.idealPoints));
    console.log(row("logistic tendencies (ml-logistic-regression)", t.logistic));
    console.log(row("baseline: the state's vote last time", t.lastVote));
  }
}
