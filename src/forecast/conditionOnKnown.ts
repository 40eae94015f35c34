import type { ForecastDraws } from "./drawForecast.ts";
import { logCategory } from "./residualPosterior.ts";
import type { StatePriors } from "./stateStep.ts";

/** What conditioning on known positions found. */
export interface Conditioning {
  /** Resampled order of the draws (draw d of the result is draw order[d] before), or null when nothing is known. */
  order: Int32Array | null;
  /** Per known yes/abstain/no position (state index), its probability before conditioning (averaged over the draws, habit included). */
  priorProbability: Map<number, number>;
  /** Weight of each component after conditioning (its share of the importance weights). */
  posterior: number[];
  /** Effective number of draws after weighting (Kish). */
  effectiveDraws: number;
}

/** A state's utility and band in every draw (length nDraws each). */
export interface StateColumn {
  eta: Float64Array;
  band: Float64Array;
}

/**
 * Conditions the draws on known yes/abstain/no positions (`fixed[s]`: 0 no,
 * 1 abstain, 2 yes; -1 unknown, 3 absent, which is not conditioned on):
 * each draw is weighted by the likelihood of the known votes, then the
 * draws are resampled (systematic resampling). A known vote's likelihood in
 * a draw counts the state's habit in closed form (h 1[habit = vote] +
 * (1 - h) P(vote | draw)) and allows that the state breaks with every
 * component: (1 - breakaway) x that + breakaway / 3. So a known vote that
 * no component makes likely never collapses the draws (the forecast never
 * refuses): it moves weight toward the components and draws that explain it
 * best, down to the breakaway floor, where it stops informing the other
 * states. Weights move between mixture components this way; `posterior`
 * reports them. Only the known states' draws are read, through `column`
 * (state s's utility and band in every draw), so the other states' need not
 * exist yet. O(draws x known states).
 */
export function conditionOnKnown(
  draws: Pick<ForecastDraws, "cutNo" | "cutYes" | "component">,
  column: (s: number) => StateColumn,
  priors: StatePriors,
  fixed: Int8Array,
  nComponents: number,
  breakaway: number,
  random: () => number,
): Conditioning {
  const S = fixed.length;
  const D = draws.cutNo.length;
  const { cutNo, cutYes, component } = draws;
  const known: number[] = [];
  for (let s = 0; s < S; s++) if (fixed[s] >= 0 && fixed[s] <= 2) known.push(s);
  const priorProbability = new Map<number, number>();
  const posterior = new Array<number>(nComponents).fill(0);
  for (let d = 0; d < D; d++) posterior[component[d]] += 1 / D;
  if (known.length === 0) return { order: null, priorProbability, posterior, effectiveDraws: D };

  const logw = new Float64Array(D);
  const floor = breakaway / 3;
  for (const s of known) {
    let sum = 0;
    const v = fixed[s];
    const { eta, band } = column(s);
    for (let d = 0; d < D; d++) {
      const cs = priors.components[component[d]];
      const p = Math.exp(logCategory(eta[d], cutNo[d] - band[d], cutYes[d] + band[d], v));
      const h = cs.habitProb[s];
      const lik = h === 0 ? p : (cs.habit[s] === v ? h : 0) + (1 - h) * p;
      sum += lik;
      logw[d] += Math.log((1 - breakaway) * lik + floor);
    }
    priorProbability.set(s, sum / D);
  }
  let max = -Infinity;
  for (let d = 0; d < D; d++) if (logw[d] > max) max = logw[d];
  const w = new Float64Array(D);
  let total = 0;
  let total2 = 0;
  posterior.fill(0);
  for (let d = 0; d < D; d++) {
    w[d] = Math.exp(logw[d] - max);
    total += w[d];
    total2 += w[d] * w[d];
    posterior[component[d]] += w[d];
  }
  for (let c = 0; c < nComponents; c++) posterior[c] /= total;
  const order = new Int32Array(D);
  const step = total / D;
  let u = random() * step;
  let acc = w[0];
  let j = 0;
  for (let d = 0; d < D; d++) {
    while (u > acc && j < D - 1) acc += w[++j];
    order[d] = j;
    u += step;
  }
  return { order, priorProbability, posterior, effectiveDraws: (total * total) / total2 };
}
