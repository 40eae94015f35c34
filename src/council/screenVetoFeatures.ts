import { loadAssembly } from "../data/loadAssembly.ts";
import type { Assembly } from "../data/types.ts";
import { modelForAsOf } from "../model/modelForAsOf.ts";
import { checkOptions } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { assemblyDisagreement } from "./assemblyAgreement.ts";
import { auc } from "./councilBacktest.ts";
import { FEATURE_NAMES, N_FEATURES } from "./councilFeatures.ts";
import { positionsFromModel, trainingRows } from "./councilModel.ts";
import { classProbabilities, fitMultinomial } from "./fitMultinomial.ts";
import { loadCouncil } from "./loadCouncil.ts";
import { PERMANENT, type CouncilRecord } from "./types.ts";

/** A set of veto features to screen: names from FEATURE_NAMES, a product written "a * b", and the L2 penalty. */
export interface VetoFeatureSet {
  name: string;
  features: string[];
  lambda: number;
}

/** Options of `screenVetoFeatures`. */
export interface ScreenVetoOptions {
  /** First and last year scored. Default 2015-2025. */
  from?: number;
  to?: number;
  /** Date of the Assembly model whose positions and disagreements every vote's features use. Default "2025-07-01". */
  positionsAsOf?: string;
  council?: CouncilRecord;
  assembly?: Assembly;
}

/**
 * Screens sets of features for the veto fit: for each set, a binary fit of
 * a permanent member's no (against anything else) per year on the Council's
 * record before that year, scored on the year's permanent members' votes by
 * the AUC of P(no), the log-loss and the noes given more than 0.5. Every
 * vote's features are those of the history up to the day before it, with
 * Assembly positions from one model (`positionsAsOf`): a quick screen, which
 * `plenary backtest --body SC` confirms with each year's own models. Also
 * counts, over the years scored, the permanent members' votes whose last vote
 * on a like-sponsored draft of the item was a no (with noes on the item
 * before), and the noes among them.
 */
export function screenVetoFeatures(sets: readonly VetoFeatureSet[], options: ScreenVetoOptions = {}): { rows: { name: string; auc: number; logLoss: number; caught: number; noes: number; votes: number }[]; lastNo: { votes: number; noes: number } } {
  if (!Array.isArray(sets) || sets.length === 0) throw new PlenaryError(`invalid sets; expected a non-empty array of { name, features, lambda }: ${JSON.stringify(sets)?.slice(0, 80)}`);
  checkOptions(options);
  const from = options.from ?? 2015;
  const to = options.to ?? 2025;
  if (!(Number.isInteger(from) && Number.isInteger(to) && 1996 <= from && from <= to && to <= 2100)) throw new PlenaryError(`invalid years; expected whole numbers from <= to within 1996-2100: ${JSON.stringify(from)}-${JSON.stringify(to)}`);
  const column = (name: string, set: string) => {
    const j = (FEATURE_NAMES as readonly string[]).indexOf(name);
    if (j < 0) throw new PlenaryError(`invalid features of ${JSON.stringify(set)}; not a feature of the Council model: ${JSON.stringify(name)}`);
    return j;
  };
  const parts = sets.map((s, k) => {
    if (!(typeof s?.name === "string" && Array.isArray(s.features) && s.features.length > 0 && typeof s.lambda === "number" && s.lambda >= 0)) throw new PlenaryError(`invalid sets[${k}]; expected { name, features (non-empty), lambda >= 0 }: ${JSON.stringify(s)?.slice(0, 120)}`);
    return (s.features as string[]).map((f: string): number[] => String(f).split(" * ").map((n) => column(n, s.name)));
  });
  const council = options.council ?? loadCouncil();
  const assembly = options.assembly ?? loadAssembly();
  const asOf = options.positionsAsOf ?? "2025-07-01";
  const votes = council.votes.filter((v) => v.reliable && v.date < `${to + 1}-01-01`);
  const meta = votes.flatMap((v) => Object.keys(v.votes).map((m) => ({ date: v.date, m })));
  const { x, y } = trainingRows(votes, positionsFromModel(modelForAsOf(assembly, asOf)), assemblyDisagreement(assembly, asOf));
  const p5 = new Set<string>(PERMANENT);
  const rows = meta.map((_, i) => i).filter((i) => p5.has(meta[i].m));
  const out = sets.map((set, k) => {
    const cols = parts[k];
    const q = cols.length;
    const value = (i: number, c: number) => cols[c].reduce((a: number, j: number) => a * x[i * N_FEATURES + j], 1);
    const scored: { p: number; no: boolean }[] = [];
    let ll = 0;
    for (let year = from; year <= to; year++) {
      const train = rows.filter((i) => meta[i].date < `${year}-01-01`);
      const test = rows.filter((i) => meta[i].date.startsWith(`${year}-`));
      if (test.length === 0) continue;
      const xt = new Float64Array(train.length * q);
      const yt = new Uint8Array(train.length);
      train.forEach((i, r) => {
        for (let c = 0; c < q; c++) xt[r * q + c] = value(i, c);
        yt[r] = y[i] === 2 ? 2 : 0;
      });
      const fit = fitMultinomial(xt, yt, q, set.lambda);
      for (const i of test) {
        const p = classProbabilities(fit, Float64Array.from({ length: q }, (_, c) => value(i, c)))[2];
        scored.push({ p, no: y[i] === 2 });
        ll -= y[i] === 2 ? Math.log(p) : Math.log(1 - p);
      }
    }
    const noes = scored.filter((s) => s.no);
    return { name: set.name, auc: auc(scored), logLoss: ll / scored.length, caught: noes.filter((s) => s.p > 0.5).length, noes: noes.length, votes: scored.length };
  });
  const last = FEATURE_NAMES.indexOf("permanent x lastLikeSponsorsNo");
  const noesOnItem = FEATURE_NAMES.indexOf("permanent x log(1 + noes on item)");
  const like = rows.filter((i) => meta[i].date >= `${from}-01-01` && x[i * N_FEATURES + last] === 1 && x[i * N_FEATURES + noesOnItem] > Math.log(2));
  return { rows: out, lastNo: { votes: like.length, noes: like.filter((i) => y[i] === 2).length } };
}
