import { checkObject, checkRollCall, checkString } from "../util/checkArgs.ts";
import type { RollCall } from "../data/types.ts";
import { predictIssue, type IssueClassifier } from "../model/issues/issueClassifier.ts";
import { loadIssueClassifier } from "../model/issues/issueClassifierFile.ts";
import { ISSUE_NAMES, type IssueCode } from "../text/issueAreas.ts";
import type { ForecastSpec, IssueArea } from "./types.ts";

let committed: IssueClassifier | null | undefined;

/** The committed issue classifier (models/issues.json), loaded once; null when the file is missing. */
export function committedIssueClassifier(): IssueClassifier | null {
  if (committed === undefined) {
    try {
      committed = loadIssueClassifier();
    } catch {
      committed = null;
    }
  }
  return committed;
}

/**
 * The issue area of a forecast: the spec's `issue` when given, else the one
 * the committed classifier predicts from the title (null when it predicts
 * none of Voeten's six, or no classifier is installed).
 */
export function issueFor(spec: Pick<ForecastSpec, "issue" | "title">): IssueArea | null {
  checkObject(spec, "spec");
  checkString(spec.title, "spec.title", 100_000);
  if (spec.issue) return { code: spec.issue, name: ISSUE_NAMES[spec.issue], predicted: false, probability: 1 };
  const classifier = committedIssueClassifier();
  if (!classifier) return null;
  const p = predictIssue(classifier, spec.title);
  return p.code ? { code: p.code, name: ISSUE_NAMES[p.code], predicted: true, probability: p.probability } : null;
}

const rollCallIssues = new WeakMap<RollCall, readonly string[]>();

/** A roll call's issue codes: Voeten's when he coded it, else the classifier's prediction from its title (cached). */
export function issuesOf(rc: RollCall): readonly string[] {
  checkRollCall(rc, "rc");
  if (rc.voetenRcid !== null) return rc.issues;
  let out = rollCallIssues.get(rc);
  if (!out) {
    const classifier = committedIssueClassifier();
    const code = classifier ? predictIssue(classifier, rc.title).code : null;
    out = code ? [code as IssueCode] : [];
    rollCallIssues.set(rc, out);
  }
  return out;
}
