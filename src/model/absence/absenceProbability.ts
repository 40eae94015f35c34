import { ABSENCE_FEATURES, absenceFeatures } from "./fitAbsence.ts";
import type { AbsenceParams } from "../types.ts";
import { sigmoid } from "../orderedLogit.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

/**
 * P(absent) of a state on a new roll call of the given session kind, from the
 * absence model fitted by {@link fitAbsence} and the state's features at the
 * model's cutoff. A state without history (a new member) gets the base rate
 * as its recent rate. Forecasts multiply the yes/abstain/no probabilities by
 * 1 - P(absent) so that the four outcomes add up to the membership.
 *
 * @example
 * absenceProbability(model.absence, "USA", "regular"); // ~0.01
 */
export function absenceProbability(params: AbsenceParams, iso3: string, kind: "regular" | "emergency" | "special"): number {
  if (kind !== "regular" && kind !== "emergency" && kind !== "special")
    throw new PlenaryError(`invalid kind; expected "regular", "emergency" or "special": ${JSON.stringify(kind)}`);
  const base = params.baseRate ?? 0.1;
  const st = params.states[iso3] ?? { rate: base, trend: 0, emergencyRate: base, n: 0, streak: 0 };
  const f = new Array<number>(ABSENCE_FEATURES.length);
  absenceFeatures(st.rate, st.trend, st.emergencyRate, st.streak ?? 0, kind, f);
  let eta = 0;
  ABSENCE_FEATURES.forEach((name, j) => (eta += (params.coef[name] ?? 0) * f[j]));
  return sigmoid(eta);
}
