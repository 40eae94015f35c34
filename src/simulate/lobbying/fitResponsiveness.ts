import { checkArray, checkNumber } from "../../util/checkArgs.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";
import { CAMPAIGN_GRID, type CampaignGrid } from "./campaignGrid.ts";

/** One member's responsiveness to campaigns. */
export interface MemberResponsiveness {
  iso3: string;
  /** Posterior mean of the member's own shift per typical campaign, as a susceptibility multiplier (1: moves as the typical member). */
  estimate: number;
  /** 90% posterior interval of the same. */
  interval90: [number, number];
  /** Posterior mean of the member's own latent shift under a campaign. */
  shift: number;
  /** Roll calls on which it voted (the evidence). */
  votes: number;
}

/** Members' responsiveness, with the prior the shrinkage estimated. */
export interface ResponsivenessEstimate {
  /** Mean and standard deviation of the members' latent shifts (the estimated prior). */
  prior: { mean: number; sd: number };
  members: MemberResponsiveness[];
}

const MEANS = Array.from({ length: 101 }, (_, i) => Math.round((-2 + 0.05 * i) * 100) / 100);
const SDS = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 0.9, 1, 1.25, 1.5, 2, 2.5, 3];

/**
 * Each member's responsiveness to a campaign, by empirical Bayes on the
 * grid (Efron & Morris 1975; here with the exact grid likelihood rather than
 * a normal approximation): member i's own shift b_i toward the lobbying
 * state's vote has the likelihood of its actual votes on the given roll
 * calls (the grids' log-likelihood summed over roll calls); the b_i are
 * drawn from a normal prior whose mean and sd maximize the marginal
 * likelihood of all members; each member's posterior on the grid gives its
 * mean and 90% interval, so a member with few or uninformative votes is
 * pulled toward the mean. Reported as multipliers of `typical` (the typical
 * campaign's strength), i.e. as susceptibilities; `members` lists every
 * ISO3 asked for, those without a vote at the prior.
 *
 * @example
 * const model = modelForAsOf(assembly, "2017-11-01");
 * const rows = assembly.rollCalls.flatMap((r, i) => (r.important && r.period === 72 ? [i] : [])).slice(0, 4);
 * const grids = rows.map((row) => campaignGrid(assembly, row, model, { draws: 200 })).filter((g) => g !== null);
 * const r = fitResponsiveness(grids, 0.3, ["GBR", "CUB"]);
 * r.members.map((m) => m.iso3); // ["GBR", "CUB"]
 */
export function fitResponsiveness(grids: readonly CampaignGrid[], typical: number, members: readonly string[]): ResponsivenessEstimate {
  checkArray(grids, "grids");
  checkNumber(typical, "typical");
  checkArray(members, "members", "string");
  if (!(typical > 0)) throw new PlenaryError(`invalid typical; expected a positive strength to express responsiveness in: ${typical}`);
  const G = CAMPAIGN_GRID.length;
  const curves = new Map<string, { ll: Float64Array; votes: number }>();
  for (const grid of grids) {
    grid.states.forEach((iso3, k) => {
      if (grid.loglik[k * G] !== grid.loglik[k * G]) return;
      let c = curves.get(iso3);
      if (!c) curves.set(iso3, (c = { ll: new Float64Array(G), votes: 0 }));
      for (let g = 0; g < G; g++) c.ll[g] += grid.loglik[k * G + g];
      c.votes++;
    });
  }
  // normalized likelihoods on the grid
  const liks = [...curves.values()].map((c) => {
    const m = Math.max(...c.ll);
    return { lik: Float64Array.from(c.ll, (v) => Math.exp(v - m)), max: m };
  });
  const prior = (mean: number, sd: number) => {
    const w = Float64Array.from(CAMPAIGN_GRID, (x) => Math.exp(-0.5 * ((x - mean) / sd) ** 2));
    const z = w.reduce((a, b) => a + b, 0);
    return w.map((v) => v / z);
  };
  let best = { mean: 0, sd: 1, value: -Infinity };
  for (const mean of MEANS) {
    for (const sd of SDS) {
      const w = prior(mean, sd);
      let value = 0;
      for (const { lik } of liks) {
        let s = 0;
        for (let g = 0; g < G; g++) s += w[g] * lik[g];
        value += Math.log(s);
      }
      if (value > best.value) best = { mean, sd, value };
    }
  }
  const w = prior(best.mean, best.sd);
  const out: MemberResponsiveness[] = members.map((iso3) => {
    const c = curves.get(iso3);
    const post = new Float64Array(G);
    if (c) {
      const m = Math.max(...c.ll);
      for (let g = 0; g < G; g++) post[g] = w[g] * Math.exp(c.ll[g] - m);
    } else post.set(w);
    const z = post.reduce((a, b) => a + b, 0);
    let mean = 0;
    for (let g = 0; g < G; g++) mean += (post[g] / z) * CAMPAIGN_GRID[g];
    const q = (p: number) => {
      let acc = 0;
      for (let g = 0; g < G; g++) {
        acc += post[g] / z;
        if (acc >= p) return CAMPAIGN_GRID[g];
      }
      return CAMPAIGN_GRID[G - 1];
    };
    return { iso3, estimate: mean / typical, interval90: [q(0.05) / typical, q(0.95) / typical], shift: mean, votes: c?.votes ?? 0 };
  });
  return { prior: { mean: best.mean, sd: best.sd }, members: out };
}
