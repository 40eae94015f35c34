import { checkOptions, checkRollCalls, checkString } from "../../util/checkArgs.ts";
import type { RollCall } from "../../data/types.ts";
import { ISSUE_CODES, type IssueCode } from "../../text/issueAreas.ts";
import { titleTerms } from "../../text/titleTerms.ts";
import { LogisticRegression, predictWith, type LogisticRegressionJSON } from "../logistic/LogisticRegression.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

export const ISSUE_MODEL_FORMAT = "plenary-issue-classifier";

/** Throws unless `c` is an issue classifier (fitIssueClassifier or loadIssueClassifier). */
function checkClassifier(c: unknown): void {
  const k = c as { format?: unknown; vocabulary?: unknown } | null;
  if (!(k !== null && typeof k === "object" && k.format === ISSUE_MODEL_FORMAT && Array.isArray(k.vocabulary))) {
    throw new PlenaryError(`invalid classifier; expected an issue classifier (fitIssueClassifier or loadIssueClassifier): ${(JSON.stringify(c) ?? String(c)).slice(0, 80)}`);
  }
}
export const ISSUE_MODEL_VERSION = 1;

/** Class labels of the classifier: Voeten's six issue codes, then "none" (a coded roll call on none of the six). */
export const ISSUE_CLASSES = [...ISSUE_CODES, "none"] as const;

/** A fitted issue classifier, plain JSON (models/issues.json). */
export interface IssueClassifier {
  format: typeof ISSUE_MODEL_FORMAT;
  version: typeof ISSUE_MODEL_VERSION;
  /** Regular sessions whose coded roll calls trained it (inclusive). */
  sessions: [number, number];
  /** Stemmed title terms, in feature order. */
  vocabulary: string[];
  /** The one-vs-all logistic regression over ISSUE_CLASSES (`LogisticRegression` JSON; class k = ISSUE_CLASSES[k]). */
  regression: LogisticRegressionJSON;
  /** Share of held-out roll calls whose predicted class is one of their codes ("none" when they have none). */
  heldOut?: { sessions: [number, number]; rollCalls: number; accuracy: number };
}

/** Options of {@link fitIssueClassifier}. */
export interface IssueClassifierOptions {
  /** Regular sessions to train on, inclusive. Default [1, 65]. */
  sessions?: [number, number];
  /** Vocabulary size: the most frequent stemmed title terms. Default 400; range [10, 5000]. */
  vocabulary?: number;
  /** Gradient-descent steps. Default 400. */
  numSteps?: number;
}

/**
 * Fits a classifier of Voeten's issue areas from roll-call titles, to give
 * the roll calls after 2019 (which Voeten's data does not cover) and new
 * resolutions an issue area: binary features for the most frequent stemmed
 * title words, one-vs-all logistic regression (`ml-logistic-regression`,
 * through {@link LogisticRegression}) over the six codes and "none". A roll
 * call with several codes gives one training row per code. Trained only on
 * roll calls Voeten coded (joined to his data). Cost: tens of seconds.
 */
export function fitIssueClassifier(rollCalls: readonly RollCall[], options: IssueClassifierOptions = {}): IssueClassifier {
  checkRollCalls(rollCalls);
  checkOptions(options);
  const sessions = options.sessions ?? [1, 65];
  const size = options.vocabulary ?? 400;
  if (!(Number.isInteger(size) && 10 <= size && size <= 5000)) throw new PlenaryError(`invalid vocabulary; expected a whole number in [10, 5000]: ${size}`);
  const train = rollCalls.filter((r) => r.voetenRcid !== null && r.period >= sessions[0] && r.period <= sessions[1]);
  if (train.length < 50) throw new PlenaryError(`invalid sessions; only ${train.length} coded roll calls in sessions ${sessions[0]}-${sessions[1]}`);
  const df = new Map<string, number>();
  const terms = train.map((r) => titleTerms(r.title));
  for (const list of terms) for (const t of list) df.set(t, (df.get(t) ?? 0) + 1);
  const vocabulary = [...df.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size).map(([t]) => t);
  const X: number[][] = [];
  const y: number[] = [];
  train.forEach((r, i) => {
    const row = features(vocabulary, terms[i]);
    const labels = r.issues.length > 0 ? r.issues : ["none"];
    for (const l of labels) {
      X.push(row);
      y.push((ISSUE_CLASSES as readonly string[]).indexOf(l));
    }
  });
  const lr = new LogisticRegression({ numSteps: options.numSteps ?? 400, learningRate: 2 }).fit(X, y);
  return { format: ISSUE_MODEL_FORMAT, version: ISSUE_MODEL_VERSION, sessions, vocabulary, regression: lr.toJSON() };
}

/**
 * The issue area of a title: each class's probability and the most likely
 * class (null when it is "none").
 *
 * @example
 * predictIssue(loadIssueClassifier(), "Situation of human rights in Myanmar").code; // "hr"
 */
export function predictIssue(classifier: IssueClassifier, title: string): { code: IssueCode | null; probability: number; probabilities: Record<string, number> } {
  checkClassifier(classifier);
  checkString(title, "title", 100_000);
  const x = features(classifier.vocabulary, titleTerms(title));
  const p = predictWith(classifier.regression, [x])[0];
  const probabilities: Record<string, number> = {};
  classifier.regression.classes.forEach((c, k) => (probabilities[ISSUE_CLASSES[c]] = p[k]));
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
  const label = ISSUE_CLASSES[classifier.regression.classes[best]];
  return { code: label === "none" ? null : (label as IssueCode), probability: p[best], probabilities };
}

/** Held-out accuracy: the share of coded roll calls whose predicted class is one of their codes ("none" when they have none). */
export function issueAccuracy(classifier: IssueClassifier, rollCalls: readonly RollCall[]): { rollCalls: number; accuracy: number } {
  checkClassifier(classifier);
  checkRollCalls(rollCalls);
  const coded = rollCalls.filter((r) => r.voetenRcid !== null);
  let hits = 0;
  for (const r of coded) {
    const { code } = predictIssue(classifier, r.title);
    if (code === null ? r.issues.length === 0 : r.issues.includes(code)) hits++;
  }
  return { rollCalls: coded.length, accuracy: coded.length ? hits / coded.length : NaN };
}

function features(vocabulary: readonly string[], terms: readonly string[]): number[] {
  const set = new Set(terms);
  return vocabulary.map((t) => (set.has(t) ? 1 : 0));
}
