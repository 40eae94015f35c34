import { seededRandom } from "../../model/seededRandom.ts";
import { checkArray, checkObject } from "../../util/checkArgs.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";
import { CAMPAIGN_GRID, type CampaignGrid } from "./campaignGrid.ts";
import { argmaxOnGrid, quantileSorted, voteTotals } from "./gridMath.ts";

/** A campaign strength estimated by maximum likelihood, with a bootstrap interval. */
export interface StrengthEstimate {
  /** Latent shift toward the lobbying state's vote of a state with susceptibility 1. */
  estimate: number;
  /** 5% and 95% bootstrap quantiles (roll calls resampled). */
  interval90: [number, number];
  /** Roll calls used. */
  votes: number;
  /** Gain in log-likelihood of the states' actual votes at the estimate over no shift, per roll call. */
  logLikGain: number;
}

/** Options of {@link fitCampaignStrength}. */
export interface FitStrengthOptions {
  /** Bootstrap resamples. Default 1000; range [0, 100000] (0: no interval). */
  bootstrap?: number;
  /** Seed of the bootstrap. Default 1. */
  seed?: number;
  /** Clusters resampled together (e.g. roll calls on the same text), one key per grid. Default: each roll call its own. */
  clusters?: string[];
}

/**
 * Maximum-likelihood strength of "the lobbying state moves every member
 * toward its own vote" on a set of past roll calls: the shift maximizing
 * the summed log-probability of every state's actual vote (a composite
 * likelihood: states are scored one by one under the forecast's marginal
 * probabilities, as the backtest's log-loss does), found on
 * CAMPAIGN_GRID and refined by a parabola. The 90% interval resamples roll
 * calls (or clusters) with replacement (Efron's percentile bootstrap), which
 * carries the dependence between states voting on the same roll call.
 * Also returns the bootstrap draws, in resample order (two fits with the
 * same number of clusters and seed resample the same cluster positions). Cost: O(roll calls x grid x
 * (states + resamples)).
 *
 * @example
 * const model = modelForAsOf(assembly, "2017-11-01");
 * const rows = assembly.rollCalls.flatMap((r, i) => (r.important && r.period === 72 ? [i] : [])).slice(0, 4);
 * const grids = rows.map((row) => campaignGrid(assembly, row, model, { draws: 200 })).filter((g) => g !== null);
 * const { estimate, interval90 } = fitCampaignStrength(grids, { bootstrap: 200, seed: 1 });
 */
export function fitCampaignStrength(grids: readonly CampaignGrid[], options: FitStrengthOptions = {}): StrengthEstimate & { draws: number[] } {
  checkArray(grids, "grids");
  checkObject(options, "options");
  if (grids.length === 0) throw new PlenaryError("invalid grids; expected at least one roll call");
  grids.forEach((g, i) => {
    if (g === null || typeof g !== "object" || !(g.loglik instanceof Float32Array) || !Array.isArray(g.states) || g.loglik.length !== g.states.length * CAMPAIGN_GRID.length) {
      throw new PlenaryError(`invalid grids[${i}]; expected a campaign grid (campaignGrid): ${JSON.stringify(g)?.slice(0, 80)}`);
    }
  });
  const B = options.bootstrap ?? 1000;
  if (!(Number.isInteger(B) && 0 <= B && B <= 100_000)) throw new PlenaryError(`invalid bootstrap; expected a whole number in [0, 100000]: ${JSON.stringify(options.bootstrap)}`);
  const clusters = options.clusters ?? grids.map((_, i) => String(i));
  if (clusters.length !== grids.length) throw new PlenaryError(`invalid clusters; expected one key per grid (${grids.length}): ${clusters.length}`);
  const G = CAMPAIGN_GRID.length;
  const totals = grids.map(voteTotals);
  const sum = new Float64Array(G);
  for (const t of totals) for (let g = 0; g < G; g++) sum[g] += t[g];
  const estimate = argmaxOnGrid(sum);
  const zero = CAMPAIGN_GRID.indexOf(0);
  const best = Math.max(...sum);
  const keys = [...new Set(clusters)];
  const members = new Map<string, number[]>(keys.map((k) => [k, []]));
  clusters.forEach((k, i) => members.get(k)!.push(i));
  const byKey = keys.map((k) => {
    const s = new Float64Array(G);
    for (const i of members.get(k)!) for (let g = 0; g < G; g++) s[g] += totals[i][g];
    return s;
  });
  const random = seededRandom(options.seed ?? 1);
  const draws: number[] = [];
  for (let b = 0; b < B; b++) {
    const s = new Float64Array(G);
    for (let j = 0; j < keys.length; j++) {
      const t = byKey[Math.floor(random() * keys.length)];
      for (let g = 0; g < G; g++) s[g] += t[g];
    }
    draws.push(argmaxOnGrid(s));
  }
  const sorted = [...draws].sort((x, y) => x - y);
  const interval90: [number, number] = B > 0 ? [quantileSorted(sorted, 0.05), quantileSorted(sorted, 0.95)] : [NaN, NaN];
  return { estimate, interval90, votes: grids.length, logLikGain: (best - sum[zero]) / grids.length, draws };
}
