import { checkArray, checkObject, checkString } from "../../util/checkArgs.ts";
import type { LogisticTendencies } from "./fitLogisticTendencies.ts";
import { predictWith } from "./LogisticRegression.ts";
import { CAT_ABSTAIN, CAT_YES } from "../../data/voteCodes.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

/**
 * A state's P(yes), P(abstain), P(no) under its logistic tendency (see
 * fitLogisticTendencies), for a cue vector from logisticTendencyFeatures;
 * null when the state has no fitted tendency.
 *
 * @example
 * const t = fitLogisticTendencies(assembly, model, { from: "2015-09-01", states: ["FRA"] });
 * const p = predictLogisticTendency(t, "FRA", logisticTendencyFeatures(model.rollCalls.at(-1)!, ["hr"], { USA: "Y" }, t.leaders, "FRA"));
 * p!.yes + p!.abstain + p!.no; // 1
 */
export function predictLogisticTendency(
  tendencies: LogisticTendencies,
  iso3: string,
  features: readonly number[],
): { yes: number; abstain: number; no: number } | null {
  checkObject(tendencies, "tendencies");
  checkString(iso3, "iso3", 8);
  checkArray(features, "features");
  const st = tendencies.states[iso3];
  if (!st) return null;
  if (features.length !== tendencies.features.length)
    throw new PlenaryError(`invalid features; expected ${tendencies.features.length} values (${tendencies.features.join(", ")}), got ${features.length}`);
  const p = predictWith(st, [features as number[]])[0];
  const out = { yes: 0, abstain: 0, no: 0 };
  st.classes.forEach((cls, k) => {
    if (cls === CAT_YES) out.yes = p[k];
    else if (cls === CAT_ABSTAIN) out.abstain = p[k];
    else out.no = p[k];
  });
  return out;
}
