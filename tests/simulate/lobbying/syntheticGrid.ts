import { CAMPAIGN_GRID, type CampaignGrid } from "../../../src/simulate/lobbying/campaignGrid.ts";
import { seededRandom } from "../../../src/model/seededRandom.ts";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * A campaign grid from a known model: state k votes yes with probability
 * sigmoid(offsets[k] + shift) and no otherwise (never abstains or is
 * absent); actual votes drawn at `truth` (or given in `yes`). The US is not among the states.
 */
export function syntheticGrid(offsets: number[], truth: number, seed: number, yes?: boolean[]): CampaignGrid {
  const random = seededRandom(seed);
  const G = CAMPAIGN_GRID.length;
  const S = offsets.length;
  const votes = yes ?? offsets.map((a) => random() < sigmoid(a + truth));
  const loglik = new Float32Array(S * G);
  const pYes = new Float32Array(S * G);
  offsets.forEach((a, k) => {
    CAMPAIGN_GRID.forEach((x, g) => {
      const p = sigmoid(a + x);
      pYes[k * G + g] = p;
      loglik[k * G + g] = Math.log(votes[k] ? p : 1 - p);
    });
  });
  return {
    symbol: `SYN/${seed}`, row: seed, date: "2000-01-01", period: 55, title: "synthetic", important: true, toward: "Y", modelCutoff: "1999-12-31",
    states: offsets.map((_, k) => `S${String(k).padStart(2, "0")}`),
    loglik, pYes, pToward: pYes.slice(), agreement: new Float32Array(S).fill(1),
    actualYes: votes.filter(Boolean).length, actualToward: votes.filter(Boolean).length,
  };
}

/** The exact MLE of a common shift for binary logistic votes with offsets: root of sum(y - sigmoid(a + x)) by bisection (the oracle). */
export function exactShift(grids: CampaignGrid[], offsetsOf: (g: CampaignGrid) => number[]): number {
  const score = (x: number) => grids.reduce((s, g) => {
    const G = CAMPAIGN_GRID.length;
    const zero = CAMPAIGN_GRID.indexOf(0);
    return s + offsetsOf(g).reduce((t, a, k) => t + ((g.loglik[k * G + zero] === Math.fround(Math.log(sigmoid(a)))) ? 1 : 0) - sigmoid(a + x), 0);
  }, 0);
  let lo = -5, hi = 5;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (score(mid) > 0) lo = mid; else hi = mid;
  }
  return (lo + hi) / 2;
}
