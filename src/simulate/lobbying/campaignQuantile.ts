import type { LobbyingModel } from "./fitLobbying.ts";
import { checkObject } from "../../util/checkArgs.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

/**
 * The strength of one typical campaign at probability u of its estimate's
 * bootstrap distribution (linear between the model's 101 quantiles): a
 * scenario's per-draw strength for a uniform u.
 *
 * @example
 * campaignQuantile(loadLobbying(), 0.5); // the bootstrap median
 */
export function campaignQuantile(model: Pick<LobbyingModel, "effectQuantiles">, u: number): number {
  checkObject(model, "model");
  const q = model.effectQuantiles;
  if (!Array.isArray(q) || q.length < 2) throw new PlenaryError(`invalid model.effectQuantiles; expected at least two quantiles: ${JSON.stringify(q)}`);
  if (!(0 <= u && u <= 1)) throw new PlenaryError(`invalid u; expected a probability in [0, 1]: ${JSON.stringify(u)}`);
  const h = u * (q.length - 1);
  const lo = Math.floor(h);
  const hi = Math.min(q.length - 1, lo + 1);
  return q[lo] + (h - lo) * (q[hi] - q[lo]);
}
