import type { PreparedForecast } from "../forecast/PreparedForecast.ts";
import type { AppliedIntervention } from "./lobbyingShift.ts";
import { outcomeEvaluator, type OutcomeEvaluator } from "./outcomeEvaluator.ts";
import { checkIndex, evaluateAt } from "./responseCurve.ts";
import type { ImpliedStrength } from "./types.ts";

/** Options of {@link impliedStrength}. */
export interface ImpliedStrengthOptions {
  /** The observed count to match. No default; range [0, members]. */
  observed: number;
  /** Which count. Default "yes". */
  match?: "yes" | "no" | "abstain" | "absent";
  /** Index of the intervention whose strength is solved for; the others keep theirs. Default 0. */
  intervention?: number;
  /** Largest strength searched. Default 10; range (0, 50]. */
  maxStrength?: number;
  /** Grid points used to bracket the root before bisection. Default 21; range [2, 1001]. */
  grid?: number;
  /** Stop when the bracket is narrower than this. Default 1e-6; range (0, 1]. */
  tolerance?: number;
}

/**
 * The implied strength: the strength of one intervention at which the
 * scenario's expected count (yes by default) equals an observed count, e.g.
 * how hard lobbying of ~100 states must have been to move a forecast of the
 * ES-11/1-like baseline to the 143 yes votes observed on A/RES/ES-11/4. The
 * expected count is a continuous function of strength (an average of
 * logistic functions over the same draws), monotone for "Y", "N", "attend"
 * and "stay away"; the root is bracketed on a grid over [0, maxStrength] (the
 * first sign change, so non-monotone "A" pulls also work) and refined by
 * bisection. When the observed count is outside the reachable range,
 * `strength` is null and `note` says why. Cost: about (grid + 25)
 * evaluations of O(draws x targets).
 *
 * @example
 * impliedStrength(prepared, applied, { observed: 143 }).strength; // e.g. 1.3
 */
export function impliedStrength(
  prepared: PreparedForecast,
  interventions: readonly AppliedIntervention[],
  options: ImpliedStrengthOptions,
  evaluator: OutcomeEvaluator = outcomeEvaluator(prepared),
): ImpliedStrength {
  const index = options.intervention ?? 0;
  checkIndex("intervention", index, interventions.length);
  const match = options.match ?? "yes";
  if (!["yes", "no", "abstain", "absent"].includes(match)) {
    throw new Error(`invalid match; expected one of yes, no, abstain, absent: ${JSON.stringify(match)}`);
  }
  const observed = options.observed;
  if (!(0 <= observed && observed <= prepared.nStates)) {
    throw new Error(`invalid observed; expected a count in [0, ${prepared.nStates}]: ${JSON.stringify(observed)}`);
  }
  const max = options.maxStrength ?? 10;
  if (!(0 < max && max <= 50)) throw new Error(`invalid maxStrength; expected a number in (0, 50]: ${JSON.stringify(max)}`);
  const grid = options.grid ?? 21;
  if (!(Number.isInteger(grid) && 2 <= grid && grid <= 1001)) throw new Error(`invalid grid; expected an integer in [2, 1001]: ${JSON.stringify(grid)}`);
  const tolerance = options.tolerance ?? 1e-6;
  if (!(0 < tolerance && tolerance <= 1)) throw new Error(`invalid tolerance; expected a number in (0, 1]: ${JSON.stringify(tolerance)}`);

  const f = (strength: number) => evaluateAt(prepared, interventions, index, strength, evaluator).expected[match] - observed;
  const label = interventions[index].label;
  const xs = Array.from({ length: grid }, (_, i) => (max * i) / (grid - 1));
  const ys = xs.map(f);
  const range: [number, number] = [ys[0] + observed, ys[grid - 1] + observed];
  const base = { match, observed, intervention: label, range, maxStrength: max };
  for (let i = 0; i < grid; i++) {
    if (ys[i] === 0) return { ...base, strength: xs[i], expected: observed };
    if (i + 1 < grid && Math.sign(ys[i]) !== Math.sign(ys[i + 1]) && ys[i + 1] !== 0) {
      let lo = xs[i], hi = xs[i + 1], flo = ys[i];
      while (hi - lo > tolerance) {
        const mid = 0.5 * (lo + hi);
        const fm = f(mid);
        if (fm === 0) { lo = hi = mid; break; }
        if (Math.sign(fm) === Math.sign(flo)) { lo = mid; flo = fm; } else hi = mid;
      }
      const strength = 0.5 * (lo + hi);
      return { ...base, strength, expected: f(strength) + observed };
    }
  }
  const closest = Math.abs(ys[0]) <= Math.abs(ys[grid - 1]) ? 0 : grid - 1;
  return {
    ...base,
    strength: null,
    expected: ys[closest] + observed,
    note: `observed ${match} ${observed} is outside the expected ${match} reached by strengths 0 to ${max} (${range[0].toFixed(1)} to ${range[1].toFixed(1)})`,
  };
}
