import { fileURLToPath } from "node:url";
import { writeAtomic } from "../../util/writeAtomic.ts";
import { ISSUE_MODEL_FORMAT, ISSUE_MODEL_VERSION, type IssueClassifier } from "./issueClassifier.ts";
import { roundNumbers } from "../io/saveModel.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";
import { readJsonFile } from "../../util/readJsonFile.ts";
import { INPUT_LIMITS } from "../../util/readInputFile.ts";

/** The committed issue classifier, models/issues.json. */
export function defaultIssueClassifierPath(): string {
  return fileURLToPath(new URL("../../../models/issues.json", import.meta.url));
}

/** Saves an issue classifier as JSON (numbers to 5 decimals), atomically. */
export function saveIssueClassifier(classifier: IssueClassifier, path: string): void {
  if (classifier?.format !== ISSUE_MODEL_FORMAT) throw new PlenaryError(`invalid classifier; not a plenary issue classifier (format ${JSON.stringify(classifier?.format)})`);
  writeAtomic(path, JSON.stringify(roundNumbers(classifier, 5)) + "\n");
}

/** Loads an issue classifier saved by {@link saveIssueClassifier}; errors name the file and the problem. */
export function loadIssueClassifier(path = defaultIssueClassifierPath()): IssueClassifier {
  const json = readJsonFile(path, "issue classifier file", { maxBytes: INPUT_LIMITS.model });
  const c = json as Partial<IssueClassifier> | null;
  if (!c || c.format !== ISSUE_MODEL_FORMAT || c.version !== ISSUE_MODEL_VERSION)
    throw new PlenaryError(`invalid issue classifier file ${JSON.stringify(path)}; expected format ${ISSUE_MODEL_FORMAT} v${ISSUE_MODEL_VERSION}`);
  const r = c.regression;
  if (!Array.isArray(c.vocabulary) || !r || !Array.isArray(r.weights) || r.weights.some((w) => !Array.isArray(w) || w.length !== c.vocabulary!.length + (r.intercept ? 1 : 0) || w.some((x) => typeof x !== "number")))
    throw new PlenaryError(`invalid issue classifier file ${JSON.stringify(path)}; weights do not match the vocabulary`);
  return c as IssueClassifier;
}
