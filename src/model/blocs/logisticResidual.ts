import { PlenaryError } from "../../util/PlenaryError.ts";
/**
 * The generalized residual of an ordered-logit vote: the expected logistic
 * error e of the latent utility u = eta + e given the category observed,
 * E[e | lo <= e < hi], where the category's interval on the error scale is
 * (-inf, cutNo - eta) for no, [cutNo - eta, cutYes - eta) for abstain and
 * [cutYes - eta, inf) for yes (Gourieroux, Monfort, Renault and Trognon 1987,
 * "Generalised residuals"). With G(a) = a sigma(a) - log(1 + e^a), the
 * partial mean of the standard logistic below a, the residual is
 * (G(hi) - G(lo)) / (sigma(hi) - sigma(lo)), G(-inf) = G(inf) = 0.
 * Positive means the state voted more toward yes than its position implies.
 *
 * @example
 * logisticResidual(0, -1, 1, 2); // yes with cutYes 1 above the utility: about 2.31
 */
export function logisticResidual(eta: number, cutNo: number, cutYes: number, category: number): number {
  if (!(Number.isFinite(eta) && Number.isFinite(cutNo) && Number.isFinite(cutYes) && (category === 0 || category === 1 || category === 2))) {
    throw new PlenaryError(`invalid arguments; expected finite eta, cutNo, cutYes and a category 0 (no), 1 (abstain) or 2 (yes): ${JSON.stringify([eta, cutNo, cutYes, category])}`);
  }
  const lo = category === 0 ? -Infinity : category === 1 ? cutNo - eta : cutYes - eta;
  const hi = category === 0 ? cutNo - eta : category === 1 ? cutYes - eta : Infinity;
  const mass = sigma(hi) - sigma(lo);
  if (!(mass > 1e-12)) return category === 0 ? hi - 1 : category === 2 ? lo + 1 : 0.5 * (lo + hi);
  return (partialMean(hi) - partialMean(lo)) / mass;
}

function sigma(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** G(a) = integral of x sigma'(x) over (-inf, a) = a sigma(a) - log(1 + e^a); 0 at both infinities. */
function partialMean(a: number): number {
  if (!Number.isFinite(a)) return 0;
  const softplus = a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a));
  return a * sigma(a) - softplus;
}
