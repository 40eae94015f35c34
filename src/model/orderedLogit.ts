/**
 * The ordered-logit link of one roll call (yes > abstain > no on the roll
 * call's side of the latent scale), shared by the fit, the fit-quality
 * measures and the forecast. Convention (see RollCallParams in ./types.ts):
 *
 *   eta = beta . x,   P(no) = sigma(cutNo - eta),
 *   P(no or abstain) = sigma(cutYes - eta),   P(yes) = 1 - sigma(cutYes - eta).
 *
 * Ordered logit as in McCullagh (1980); as a roll-call model, the ordinal
 * item-response model of Bailey, Strezhnev & Voeten (2017), who use the probit
 * link instead.
 */

import { CAT_ABSTAIN, CAT_NO, CAT_YES } from "../data/voteCodes.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

// Vote categories in the model's order (ascending in eta): CAT_NO 0, CAT_ABSTAIN 1, CAT_YES 2 (src/data/voteCodes.ts).

/** Logistic function 1 / (1 + exp(-u)), without overflow. */
export function sigmoid(u: number): number {
  if (u >= 0) return 1 / (1 + Math.exp(-u));
  const e = Math.exp(u);
  return e / (1 + e);
}

/** Log-odds log(p / (1 - p)), the inverse of {@link sigmoid}; p in (0, 1). */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** log sigma(u), accurate for large |u|. */
export function logSigmoid(u: number): number {
  return u >= 0 ? -Math.log1p(Math.exp(-u)) : u - Math.log1p(Math.exp(u));
}

/**
 * Probabilities of yes, abstain and no for a state at linear predictor
 * `eta = beta . x` on a roll call with cutpoints `cutNo <= cutYes`.
 *
 * @example
 * orderedLogitProbabilities(0, -1, 1); // { yes: 0.2689, abstain: 0.4621, no: 0.2689 }
 */
export function orderedLogitProbabilities(
  eta: number,
  cutNo: number,
  cutYes: number,
): { yes: number; abstain: number; no: number } {
  if (!Number.isFinite(eta)) throw new PlenaryError(`invalid eta; not a finite number: ${eta}`);
  if (!(cutNo <= cutYes)) throw new PlenaryError(`invalid cutpoints; cutNo ${cutNo} must not exceed cutYes ${cutYes}`);
  const no = sigmoid(cutNo - eta);
  const yes = sigmoid(eta - cutYes);
  return { yes, abstain: cutNo === cutYes ? 0 : Math.max(0, 1 - yes - no), no };
}

/**
 * Log-likelihood of one vote and its derivatives in the two cutpoint
 * arguments u1 = cutNo - eta and u2 = cutYes - eta, written into `out`:
 * [logLik, d/du1, d/du2, d2/du1^2, d2/du1du2, d2/du2^2]. Derivatives in eta
 * follow: d/deta = -(out[1] + out[2]), d2/deta2 = out[3] + 2 out[4] + out[5].
 * The log-likelihood is concave in (eta, cutNo, cutYes) (Pratt 1981).
 * Returns -Infinity for an abstention when u2 <= u1. Private to src/model.
 */
export function voteTerms(cat: number, u1: number, u2: number, out: Float64Array): void {
  if (cat === CAT_ABSTAIN && !(u2 > u1)) {
    out[0] = -Infinity;
    out[1] = out[2] = out[3] = out[4] = out[5] = 0;
    return;
  }
  voteDerivatives(cat, u1, u2, out);
  out[0] = voteLogLik(cat, u1, u2);
}

/**
 * Log-likelihood of one vote of category `cat` (0 no, 1 abstain, 2 yes) at
 * u1 = cutNo - eta and u2 = cutYes - eta: log sigma(u1), log(sigma(u2) -
 * sigma(u1)), or log sigma(-u2); accurate for large |u| (the abstention term
 * as log sigma(u2) + log(1 - exp(log sigma(u1) - log sigma(u2)))).
 *
 * @example
 * voteLogLik(CAT_ABSTAIN, -1, 1); // log(0.7311 - 0.2689) = -0.7719
 */
export function voteLogLik(cat: number, u1: number, u2: number): number {
  if (cat === CAT_NO) return logSigmoid(u1);
  if (cat === CAT_YES) return logSigmoid(-u2);
  const a = logSigmoid(u2);
  const b = logSigmoid(u1);
  return a + Math.log(Math.max(1e-300, -Math.expm1(b - a)));
}

/**
 * Like {@link voteTerms} without the log-likelihood (out[0] is left as is):
 * one exponential per vote (two for an abstention), for the inner loops.
 * Private to src/model.
 */
export function voteDerivatives(cat: number, u1: number, u2: number, out: Float64Array): void {
  if (cat === CAT_NO) {
    const e = Math.exp(-Math.abs(u1));
    const inv = 1 / (1 + e);
    const F1 = u1 >= 0 ? inv : e * inv;
    out[1] = 1 - F1;
    out[2] = 0;
    out[3] = -F1 * (1 - F1);
    out[4] = 0;
    out[5] = 0;
  } else if (cat === CAT_YES) {
    const e = Math.exp(-Math.abs(u2));
    const inv = 1 / (1 + e);
    const F2 = u2 >= 0 ? inv : e * inv;
    out[1] = 0;
    out[2] = -F2;
    out[3] = 0;
    out[4] = 0;
    out[5] = -F2 * (1 - F2);
  } else {
    if (!(u2 > u1)) {
      out[1] = out[2] = out[3] = out[4] = out[5] = NaN;
      return;
    }
    const e1 = Math.exp(-Math.abs(u1));
    const e2 = Math.exp(-Math.abs(u2));
    const i1 = 1 / (1 + e1);
    const i2 = 1 / (1 + e2);
    const F1 = u1 >= 0 ? i1 : e1 * i1;
    const G1 = u1 >= 0 ? e1 * i1 : i1;
    const F2 = u2 >= 0 ? i2 : e2 * i2;
    const G2 = u2 >= 0 ? e2 * i2 : i2;
    let D = u1 >= 0 ? G1 - G2 : F2 - F1;
    if (D < 1e-9) D = F2 * G1 * -Math.expm1(u1 - u2);
    const f1 = F1 * G1;
    const f2 = F2 * G2;
    const l1 = -f1 / D;
    const l2 = f2 / D;
    out[1] = l1;
    out[2] = l2;
    out[3] = (-f1 * (G1 - F1)) / D - l1 * l1;
    out[4] = -l1 * l2;
    out[5] = (f2 * (G2 - F2)) / D - l2 * l2;
  }
}
