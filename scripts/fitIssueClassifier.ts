/**
 * Fits the issue-area classifier (src/model/issueClassifier.ts) on the roll
 * calls Voeten coded in sessions 1-65 (before every session the forecast is
 * tuned or backtested on, so no backtest sees its own codes), reports its
 * accuracy on the coded roll calls of sessions 66-74 (held out), and saves
 * it as models/issues.json.
 *
 *   npx tsx scripts/fitIssueClassifier.ts
 */
import { fitIssueClassifier, issueAccuracy, loadAssembly, saveIssueClassifier } from "../src/index.ts";

const a = loadAssembly();
const t0 = performance.now();
const classifier = fitIssueClassifier(a.rollCalls, { sessions: [1, 65] });
const seconds = (performance.now() - t0) / 1000;
const heldOut = a.rollCalls.filter((r) => r.period >= 66 && r.period <= 74);
const acc = issueAccuracy(classifier, heldOut);
const train = issueAccuracy(classifier, a.rollCalls.filter((r) => r.period <= 65));
classifier.heldOut = { sessions: [66, 74], ...acc };
console.log(`fitted in ${seconds.toFixed(1)} s on sessions 1-65; accuracy on its training roll calls ${(train.accuracy * 100).toFixed(1)}% (${train.rollCalls})`);
console.log(`held out, sessions 66-74: ${(acc.accuracy * 100).toFixed(1)}% of ${acc.rollCalls} coded roll calls`);
saveIssueClassifier(classifier, "models/issues.json");
console.log("wrote models/issues.json");
