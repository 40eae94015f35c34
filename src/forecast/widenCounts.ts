import { uniformAt } from "../model/uniformAt.ts";
import { OUTCOME_ABSTAIN, OUTCOME_NO, OUTCOME_YES } from "../data/voteCodes.ts";
import type { PreparedForecast } from "./PreparedForecast.ts";
import type { Counts } from "./types.ts";

/** Known positions at and beyond which the widening is full (`knownWiden` is its size there). */
export const WIDEN_FULL_AT = 50;

/**
 * The factor by which the unknown states' counts are drawn wider about
 * their means when positions are known: 1 + widen x sqrt(min(K, 50) / 50)
 * x min(1, q / contest), K the known positions, q the forecast's expected no
 * share of yes + no (a near-unanimous count is not widened). 1 when nothing
 * is known or `prepared.widen` is absent. See FORECAST_SETTINGS.knownWiden.
 */
export function widenFactor(prepared: Pick<PreparedForecast, "fixed" | "widen">, expected: Counts): number {
  const w = prepared.widen;
  if (!w || w.scale === 0) return 1;
  let known = 0;
  for (let s = 0; s < prepared.fixed.length; s++) if (prepared.fixed[s] >= 0) known++;
  if (known === 0) return 1;
  const voting = expected.yes + expected.no;
  const q = voting > 0 ? expected.no / voting : 0;
  return 1 + w.scale * Math.sqrt(Math.min(known, WIDEN_FULL_AT) / WIDEN_FULL_AT) * Math.min(1, q / w.contest);
}

/**
 * Widens, in place, each draw's yes and no counts (and abstentions when
 * given) of the unknown states about their means over the draws by `factor`:
 * an unknown count u becomes m + factor x (u - m), rounded up with
 * probability its fraction (seeded: `uniformAt(seed, 3d + j)`, so the mean
 * is kept and the result is reproducible), then kept possible: yes in [0, U]
 * (U unknown states), no in [0, U - yes], abstain in [0, U - yes - no]; the
 * rest are absent. The known states' votes are added back unchanged.
 * Factor 1 leaves the counts as they are. O(draws).
 */
export function widenCounts(fixed: Int8Array, factor: number, seed: number, yes: Int32Array, no: Int32Array, abstain?: Int32Array): void {
  if (factor === 1) return;
  let unknown = 0;
  const knownOf = [0, 0, 0, 0];
  for (let s = 0; s < fixed.length; s++) {
    if (fixed[s] < 0) unknown++;
    else knownOf[fixed[s]]++;
  }
  const D = yes.length;
  const base = [knownOf[OUTCOME_YES], knownOf[OUTCOME_NO], knownOf[OUTCOME_ABSTAIN]];
  const arrays = abstain ? [yes, no, abstain] : [yes, no];
  const means = arrays.map((arr, j) => {
    let sum = 0;
    for (let d = 0; d < D; d++) sum += arr[d] - base[j];
    return D > 0 ? sum / D : 0;
  });
  for (let d = 0; d < D; d++) {
    let room = unknown;
    for (let j = 0; j < arrays.length; j++) {
      const x = means[j] + factor * (arrays[j][d] - base[j] - means[j]);
      const fl = Math.floor(x);
      const u = Math.max(0, Math.min(room, fl + (uniformAt(seed, 3 * d + j) < x - fl ? 1 : 0)));
      arrays[j][d] = base[j] + u;
      room -= u;
    }
  }
}
