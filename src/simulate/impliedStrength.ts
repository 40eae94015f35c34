import type { PreparedForecast } from "../forecast/PreparedForecast.ts";
import { outcomeEvaluator, type OutcomeEvaluator } from "./outcomeEvaluator.ts";
import { interventionIndex } from "./responseCurve.ts";
import { lobbyingEffort, type AppliedIntervention } from "./lobbyingShift.ts";
import type { ImpliedStrength } from "./types.ts";
import { resolveOptions } from "../util/resolveOptions.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

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
  /** Grid points used to bracket the root before refining it. Default 2 (the ends) when the count is monotone in the strength (pushes toward Y or N matched on yes, no or absent; attend and stay away), else 11; range [2, 1001]. */
  grid?: number;
  /** Stop when the bracket is narrower than this, or the expected count is within this of the observed. Default 1e-6; range (0, 1]. */
  tolerance?: number;
  /**
   * Expected counts already computed for this intervention and count (e.g. a response curve's points, starting at
   * strength 0), tried for a bracket before the grid. Default none.
   */
  known?: readonly { strength: number; expected: number }[];
}

/**
 * The implied strength: the strength of one intervention at which the
 * scenario's expected count (yes by default) equals an observed count, e.g.
 * how hard lobbying of ~100 states must have been to move a forecast of the
 * ES-11/1-like baseline to the 143 yes votes observed on A/RES/ES-11/4. The
 * expected count is a continuous function of strength (an average of
 * logistic functions over the same draws), monotone for "attend", "stay
 * away", and "Y" or "N" matched on yes, no or absent; the root is bracketed
 * between the ends (monotone cases) or on a grid over [0, maxStrength] (the
 * first sign change, so non-monotone "A" pulls also work) and refined by
 * the Illinois variant of regula falsi (bracketing, so as safe as
 * bisection, but superlinear on smooth functions: a handful of steps). When
 * the observed count is outside the reachable range, `strength` is null and
 * `note` says why. Cost: about grid + 8 evaluations of O(draws x targets).
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
  const index = interventionIndex(options.intervention, interventions.length);
  const match = options.match ?? "yes";
  if (!["yes", "no", "abstain", "absent"].includes(match)) {
    throw new PlenaryError(`invalid match; expected one of yes, no, abstain, absent: ${JSON.stringify(match)}`);
  }
  const observed = options.observed;
  if (!(0 <= observed && observed <= prepared.nStates)) {
    throw new PlenaryError(`invalid observed; expected a count in [0, ${prepared.nStates}]: ${JSON.stringify(observed)}`);
  }
  const toward = interventions[index].toward;
  const monotone = toward === "attend" || toward === "stay away" || ((toward === "Y" || toward === "N") && match !== "abstain");
  const { maxStrength: max, grid, tolerance } = resolveOptions(
    {
      maxStrength: { default: 10, range: "(0, 50]" },
      grid: { default: monotone ? 2 : 6, range: "[2, 1001]", integer: true }, // a monotone response needs no scan
      tolerance: { default: 1e-6, range: "(0, 1]" },
    },
    options,
  );

  const f = (strength: number) => {
    const varied = interventions.map((iv, i) => (i === index ? { ...iv, strength } : iv));
    return evaluator.expected(lobbyingEffort(prepared.nStates, varied))[match] - observed;
  };
  const label = interventions[index].label;
  /** The root in the first bracketing pair of (xs, ys), refined; null when no pair brackets it. */
  const solve = (xs: number[], ys: number[]): { strength: number; expected: number } | null => {
    for (let i = 0; i < xs.length; i++) {
      if (ys[i] === 0) return { strength: xs[i], expected: observed };
      if (i + 1 < xs.length && Math.sign(ys[i]) !== Math.sign(ys[i + 1]) && ys[i + 1] !== 0) {
        // Illinois: regula falsi that halves the weight of an end kept twice
        let lo = xs[i], hi = xs[i + 1], flo = ys[i], fhi = ys[i + 1];
        let side = 0;
        let x = lo, fx = flo;
        for (let it = 0; it < 100 && hi - lo > tolerance; it++) {
          x = (lo * fhi - hi * flo) / (fhi - flo);
          if (!(lo < x && x < hi)) x = 0.5 * (lo + hi);
          fx = f(x);
          if (Math.abs(fx) <= tolerance) { lo = hi = x; break; }
          if (Math.sign(fx) === Math.sign(flo)) {
            lo = x; flo = fx;
            if (side === -1) fhi /= 2;
            side = -1;
          } else {
            hi = x; fhi = fx;
            if (side === 1) flo /= 2;
            side = 1;
          }
        }
        const strength = lo === hi ? x : 0.5 * (lo + hi);
        return { strength, expected: (lo === hi ? fx : f(strength)) + observed };
      }
    }
    return null;
  };
  // points already computed (a response curve) first, when they start at 0
  const known = [...(options.known ?? [])].filter((k) => k.strength <= max).sort((a, b) => a.strength - b.strength);
  const fromKnown = known.length >= 2 && known[0].strength === 0 ? solve(known.map((k) => k.strength), known.map((k) => k.expected - observed)) : null;
  const at0 = known.length > 0 && known[0].strength === 0 ? known[0].expected : f(0) + observed;
  const last = known[known.length - 1];
  const atMax = last !== undefined && last.strength === max ? last.expected : f(max) + observed;
  const base = { match, observed, intervention: label, range: [at0, atMax] as [number, number], maxStrength: max };
  if (fromKnown) return { ...base, ...fromKnown };
  const xs = Array.from({ length: grid }, (_, i) => (max * i) / (grid - 1));
  const ys = xs.map((x, i) => (i === 0 ? at0 - observed : i === grid - 1 ? atMax - observed : f(x)));
  const found = solve(xs, ys);
  if (found) return { ...base, ...found };
  const closest = Math.abs(ys[0]) <= Math.abs(ys[grid - 1]) ? 0 : grid - 1;
  return {
    ...base,
    strength: null,
    expected: ys[closest] + observed,
    note: `observed ${match} ${observed} is outside the expected ${match} reached by strengths 0 to ${max} (${at0.toFixed(1)} to ${atMax.toFixed(1)})`,
  };
}
