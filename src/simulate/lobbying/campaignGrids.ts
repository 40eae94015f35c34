import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Assembly } from "../../data/types.ts";
import { modelForAsOf } from "../../model/modelForAsOf.ts";
import type { FittedModel } from "../../model/types.ts";
import { campaignGrid, CAMPAIGN_GRID, type CampaignGrid } from "./campaignGrid.ts";
import { readGridCache, writeGridCache } from "./gridCache.ts";

/** Options of {@link campaignGrids}. */
export interface CampaignGridsOptions {
  /** Monte Carlo draws per forecast. Default 500. */
  draws?: number;
  /** Seed of every forecast. Default 1. */
  seed?: number;
  /** Folder caching each roll call's grid (one binary file each); null for none. Default null. */
  cacheDir?: string | null;
  /** Model for a date. Default `modelForAsOf` (saved, cached or fitted now). */
  modelFor?: (asOf: string) => FittedModel;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The {@link campaignGrid} of each roll call (rows of `assembly.rollCalls`),
 * computed once and cached: the forecast of each uses the model as of the
 * first regular vote of its session (as the backtest does; one fit per
 * session, never a vote on or after the forecast date), the spec itself is
 * as of the vote's date (everything strictly before it). Roll calls on
 * which the United States did not vote yes or no are left out.
 */
export function campaignGrids(assembly: Assembly, rows: readonly number[], options: CampaignGridsOptions = {}): CampaignGrid[] {
  const draws = options.draws ?? 500;
  const seed = options.seed ?? 1;
  const modelFor = options.modelFor ?? ((asOf: string) => modelForAsOf(assembly, asOf));
  const start = sessionStarts(assembly);
  const models = new Map<string, FittedModel>();
  const out: CampaignGrid[] = [];
  const order = [...rows].sort((x, y) => (assembly.rollCalls[x].date < assembly.rollCalls[y].date ? -1 : 1));
  order.forEach((row, i) => {
    const rc = assembly.rollCalls[row];
    const s = start.get(rc.period);
    const asOf = s && s <= rc.date ? s : rc.date;
    const key = createHash("sha256").update(JSON.stringify({ v: 1, f: assembly.fingerprint, row, symbol: rc.symbol, date: rc.date, draws, seed, asOf, grid: CAMPAIGN_GRID })).digest("hex").slice(0, 16);
    const path = options.cacheDir ? join(options.cacheDir, `${key}.bin`) : null;
    let grid = path ? readGridCache(path) : undefined;
    if (grid === undefined) {
      let model = models.get(asOf);
      if (!model) {
        models.clear();
        models.set(asOf, (model = modelFor(asOf)));
      }
      grid = campaignGrid(assembly, row, model, { draws, seed });
      if (path) writeGridCache(path, grid);
    }
    if (grid) out.push(grid);
    options.onProgress?.(i + 1, order.length);
  });
  return out;
}

/** The first regular vote's date of each session (model period): the date of the model a campaign grid's forecast uses. */
export function sessionStarts(assembly: Pick<Assembly, "rollCalls">): Map<number, string> {
  const start = new Map<number, string>();
  for (const r of assembly.rollCalls) {
    if (r.kind !== "regular") continue;
    const d = start.get(r.period);
    if (!d || r.date < d) start.set(r.period, r.date);
  }
  return start;
}
