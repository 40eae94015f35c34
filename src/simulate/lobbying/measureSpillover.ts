import type { Assembly } from "../../data/types.ts";
import { blocsFor } from "../../forecast/blocsFor.ts";
import { spillover } from "../spillover.ts";
import { modelForAsOf } from "../../model/modelForAsOf.ts";
import type { FittedModel } from "../../model/types.ts";
import type { CampaignGrid } from "./campaignGrid.ts";
import { sessionStarts } from "./campaignGrids.ts";
import { atShift } from "./gridMath.ts";
import { CAMPAIGN_GRID } from "./campaignGrid.ts";

/** One spill-over share tried: the strength refitted with it, and the held-out log-loss. */
export interface SpilloverRow {
  share: number;
  /** Strength refitted on the fitting roll calls with this share (latent, susceptibility 1). */
  strength: number;
  /** Mean log-loss of the states' actual votes on the held-out important votes, one campaign with agreement-based susceptibility plus spill-over. */
  heldOutLogLoss: number;
}

/**
 * Measures whether pressure spilling over to the partners of the lobbied
 * states (`spillover`, through the states-move-together structure of the
 * session's model) explains actual votes better: for each share, the
 * campaign's strength is refitted by maximum likelihood on `fit` (agreement
 * susceptibility plus spill-over) and scored on `heldOut`. Share 0 is the
 * campaign without spill-over, so spill-over helps only if a positive share
 * scores lower.
 */
export function measureSpillover(assembly: Assembly, fit: readonly CampaignGrid[], heldOut: readonly CampaignGrid[], shares: readonly number[], modelFor: (asOf: string) => FittedModel = (d) => modelForAsOf(assembly, d)): SpilloverRow[] {
  const starts = sessionStarts(assembly);
  const models = new Map<string, FittedModel>();
  const multipliers = (grids: readonly CampaignGrid[], share: number) =>
    grids.map((g) => {
      const asOf = starts.get(g.period) && starts.get(g.period)! <= g.date ? starts.get(g.period)! : g.date;
      let model = models.get(asOf);
      if (!model) models.set(asOf, (model = modelFor(asOf)));
      const pressure = g.states.map((s, k) => (s === "USA" ? 0 : g.agreement[k]));
      return spillover(blocsFor(assembly, model, asOf), g.states, pressure, share);
    });
  const G = CAMPAIGN_GRID.length;
  const loglik = (grids: readonly CampaignGrid[], mult: number[][], s: number) => {
    let ll = 0;
    let n = 0;
    grids.forEach((g, v) => {
      for (let k = 0; k < g.states.length; k++) {
        const x = atShift(g.loglik, k * G, s * mult[v][k]);
        if (x === x) {
          ll += x;
          n++;
        }
      }
    });
    return { ll, n };
  };
  return shares.map((share) => {
    const mf = multipliers(fit, share);
    let best = { s: 0, ll: -Infinity };
    for (let s = -1; s <= 3 + 1e-9; s += 0.01) {
      const { ll } = loglik(fit, mf, s);
      if (ll > best.ll) best = { s: Math.round(s * 100) / 100, ll };
    }
    const mh = multipliers(heldOut, share);
    const h = loglik(heldOut, mh, best.s);
    return { share, strength: best.s, heldOutLogLoss: Math.round((-h.ll / h.n) * 1e4) / 1e4 };
  });
}
