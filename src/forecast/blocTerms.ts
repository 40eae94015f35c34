import type { Blocs } from "../model/blocs/estimateBlocs.ts";
import type { BlocTerms } from "./stateStep.ts";

/** Variance of the standard logistic distribution. */
const LOGISTIC_VARIANCE = (Math.PI * Math.PI) / 3;
/** At most this share of a state's noise goes to the camps. */
const MAX_SHARE = 0.9;

/**
 * The camps' terms of a forecast ({@link BlocTerms}) for its member states,
 * from the estimated structure ({@link Blocs}, on the correlation scale of the
 * residuals): state s's loadings become lambda_s = sqrt(share x pi^2 / 3) x
 * L_s, so the camps carry `share` x communality_s of its logistic noise's
 * variance (at most 0.9), and its own noise keeps the rest (shrink_s =
 * sqrt(1 - share x communality_s)). `share` corrects for the attenuation of
 * generalized residuals (a three-category vote shows only part of the latent
 * error) and is a setting of the engine (`blocShare`). States without
 * loadings (new members) get none. O(states x factors).
 */
export function blocTerms(blocs: Blocs, iso3: readonly string[], share: number): BlocTerms {
  const F = blocs.factors;
  const S = iso3.length;
  const lambda = new Float64Array(S * F);
  const shrink = new Float64Array(S).fill(1);
  const index = new Map(blocs.states.map((c, k) => [c, k]));
  iso3.forEach((code, s) => {
    const k = index.get(code);
    if (k === undefined || share === 0) return;
    const h = blocs.communality[k];
    const carried = Math.min(MAX_SHARE, share * h);
    const scale = h > 0 ? Math.sqrt((carried / h) * LOGISTIC_VARIANCE) : 0;
    for (let f = 0; f < F; f++) lambda[s * F + f] = scale * blocs.loadings[k * F + f];
    shrink[s] = Math.sqrt(1 - carried);
  });
  return { factors: F, lambda, shrink };
}
