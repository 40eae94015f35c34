import type { Blocs } from "../model/blocs/estimateBlocs.ts";
import { checkArray, checkNumber, checkObject } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Default share of its partners' (weighted mean) shift a state takes on when `"spillover": true`. */
export const SPILLOVER_SHARE = 0.5;

/**
 * Spreads lobbying pressure to the partners of its targets, through the
 * states-move-together structure the forecasts use (`estimateBlocs`: a
 * factor model of what positions do not explain). Partner weights are the
 * positive part of the covariance the factors imply, w_ij = max(0,
 * sum_f L_if L_jf) for i != j; each state (targeted or not) gains `share`
 * times the w-weighted mean of the pressure on all states (untargeted ones
 * count as 0): a state whose partners are all lobbied at susceptibility m
 * takes on share x m more. `pressure` is per state of `members` (0 when not
 * targeted); returns the pressure after spill-over, same order. States
 * without loadings neither spill nor receive. Cost: O(members^2 x factors).
 *
 * @example
 * const blocs = estimateBlocs(assembly, modelForAsOf(assembly, "2017-11-01"), "2017-11-01");
 * spillover(blocs, ["FRA", "DEU", "CUB"], [1, 0, 0]); // DEU gains part of France's pressure
 */
export function spillover(blocs: Pick<Blocs, "states" | "loadings" | "factors">, members: readonly string[], pressure: readonly number[], share: number = SPILLOVER_SHARE): number[] {
  checkObject(blocs, "blocs");
  checkArray(members, "members", "string");
  checkArray(pressure, "pressure");
  checkNumber(share, "share");
  if (pressure.length !== members.length) throw new PlenaryError(`invalid pressure; expected one number per member (${members.length}): ${pressure.length}`);
  if (!(0 <= share && share <= 2)) throw new PlenaryError(`invalid share; expected a number in [0, 2]: ${share}`);
  const F = blocs.factors;
  const row = new Map(blocs.states.map((s, k) => [s, k]));
  const idx = members.map((m) => row.get(m) ?? -1);
  return members.map((_, j) => {
    const rj = idx[j];
    if (rj < 0 || share === 0) return pressure[j];
    let num = 0;
    let den = 0;
    for (let i = 0; i < members.length; i++) {
      const ri = idx[i];
      if (i === j || ri < 0) continue;
      let c = 0;
      for (let f = 0; f < F; f++) c += blocs.loadings[ri * F + f] * blocs.loadings[rj * F + f];
      if (c <= 0) continue;
      num += c * pressure[i];
      den += c;
    }
    return den > 0 ? pressure[j] + (share * num) / den : pressure[j];
  });
}
