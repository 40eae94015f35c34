import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Assembly } from "../data/types.ts";
import { sessionPeriod } from "../data/sessionPeriod.ts";
import { defaultCacheDir } from "../model/defaultCacheDir.ts";
import { modelForAsOf } from "../model/modelForAsOf.ts";
import type { FittedModel } from "../model/types.ts";
import { writeAtomic } from "../util/writeAtomic.ts";
import { CouncilHistory, FEATURE_NAMES, FEATURES_VERSION, N_FEATURES, type PositionsAt } from "./councilFeatures.ts";
import { assemblyDisagreement, type DisagreementAt } from "./assemblyAgreement.ts";
import { classProbabilities, fitMultinomial, type MultinomialFit } from "./fitMultinomial.ts";
import { rivalDraftCounts } from "./rivalDraftCounts.ts";
import type { CouncilRecord, CouncilVote } from "./types.ts";

/** Features of the veto fit (names in FEATURE_NAMES): the intercept, then what bears on a permanent member's no. */
export const VETO_FEATURES = [
  "intercept", "permanent x log(1 + noes on item)", "permanent x lastLikeSponsorsNo", "permanent x itemNoRate, like sponsors",
  "permanent x regionNoRate, like sponsors", "permanent x recentVetoes", "permanent x rivalPermanentSponsor",
  "permanent x relativeDisagreement+ x itemContestedRate", "novelItem", "isSponsor",
  "permanent x log(1 + rival drafts)", "permanent x log(1 + sponsors)",
  "permanent x log(1 + rival drafts) x sponsorsUnknown", "permanent x opposedPermanentSponsor",
] as const;
const VETO_COLUMNS = VETO_FEATURES.map((n) => {
  const j = (FEATURE_NAMES as readonly string[]).indexOf(n);
  if (j < 0) throw new Error(`unknown veto feature ${n}`);
  return j;
});
/** L2 penalty of the veto fit. */
const VETO_LAMBDA = 0.25;

/** A permanent member's probabilities: the permanent fit's, with P(no) from the veto fit and the rest rescaled. */
export function permanentProbabilities(cm: Pick<CouncilModel, "fitPermanent" | "fitVeto">, f: Float64Array): Float64Array {
  const p = classProbabilities(cm.fitPermanent, f);
  const v = classProbabilities(cm.fitVeto, Float64Array.from(VETO_COLUMNS.map((c) => f[c])));
  const scale = (1 - v[2]) / Math.max(1e-12, 1 - p[2]);
  for (const k of [0, 1, 3]) p[k] *= scale;
  p[2] = v[2];
  return p;
}

/** L2 penalty of the Council model's coefficients (chosen on the votes before 2015, see docs/security-council.md). */
export const COUNCIL_LAMBDA = 2;

/** The Council model as of a date: the fitted coefficients, the history at that date, and the Assembly positions. */
export interface CouncilModel {
  asOf: string;
  /** The fit for elected members. */
  fit: MultinomialFit;
  /** The fit for the permanent members: the same features, fitted on their votes alone. */
  fitPermanent: MultinomialFit;
  /** The veto fit: a permanent member's P(no) from the few features that bear on a veto (VETO_FEATURES), less penalised. */
  fitVeto: MultinomialFit;
  /** The Council's history up to (not including) asOf. */
  history: CouncilHistory;
  positions: PositionsAt;
  /** Assembly disagreement between two states before a date (and before asOf). */
  disagreement: DisagreementAt;
  /** Training rows (member votes) and votes used. */
  rows: number;
  votes: number;
}

/** Assembly positions by ISO3 and date from a fitted Assembly model: the mean at the latest period on or before the date's. */
export function positionsFromModel(model: FittedModel): PositionsAt {
  const byState = new Map(model.states.map((s) => [s.iso3, s]));
  const cache = new Map<string, number | null>();
  return (iso3, date) => {
    const key = `${iso3}|${date.slice(0, 7)}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const s = byState.get(iso3 === "SUN" ? "RUS" : iso3);
    let out: number | null = null;
    if (s && s.periods.length) {
      const period = sessionPeriod("ES-0", date);
      let k = 0;
      while (k + 1 < s.periods.length && s.periods[k + 1] <= period) k++;
      out = s.mean[k][0];
    }
    cache.set(key, out);
    return out;
  };
}

/** Votes usable by the model: reliable ones strictly before `asOf`, in date order. */
export function votesBefore(record: Pick<CouncilRecord, "votes">, asOf: string): CouncilVote[] {
  return record.votes.filter((v) => v.reliable && v.date < asOf);
}

/** The training rows: each member's vote on each reliable vote before asOf, with features from the history before that vote's day. */
export function trainingRows(votes: readonly CouncilVote[], positions: PositionsAt, disagreement?: DisagreementAt): { x: Float64Array; y: Uint8Array; history: CouncilHistory } {
  const history = new CouncilHistory();
  const n = votes.reduce((s, v) => s + Object.keys(v.votes).length, 0);
  const x = new Float64Array(n * N_FEATURES);
  const y = new Uint8Array(n);
  const rivals = rivalDraftCounts(votes);
  let r = 0;
  let k = 0;
  while (k < votes.length) {
    // every vote of the same day reads the history before that day
    let e = k;
    while (e < votes.length && votes[e].date === votes[k].date) e++;
    for (let i = k; i < e; i++) {
      const v = votes[i];
      const members = Object.keys(v.votes);
      for (const [m, letter] of Object.entries(v.votes)) {
        history.features(m, { ...v, members, rivalDrafts: rivals.get(v.id) ?? 0 }, positions, x, r * N_FEATURES, disagreement);
        y[r] = "YANX".indexOf(letter);
        r++;
      }
    }
    for (let i = k; i < e; i++) history.add(votes[i], disagreement);
    k = e;
  }
  return { x, y, history };
}

const memo = new Map<string, CouncilModel>();

/** Options of `councilModelAsOf`. */
export interface CouncilModelOptions {
  /** Assembly model for the positions. Default: `modelForAsOf(assembly, asOf)`. */
  model?: FittedModel;
  /** Cache folder for the fitted coefficients (null: none). Default: `defaultCacheDir()`. */
  cacheDir?: string | null;
  /** L2 penalty. Default COUNCIL_LAMBDA. */
  lambda?: number;
}

/**
 * The Council model as of `asOf`: a multinomial logit of each member's vote
 * (yes, abstain, no, not participating) on features of the member, the draft
 * and the Council's history (councilFeatures.ts), with the member's and
 * sponsors' positions in the Assembly on the date (the Assembly model fitted
 * before asOf). Fitted on every reliable Council vote before asOf (a few
 * seconds); the coefficients are cached by data, date and penalty.
 */
export function councilModelAsOf(record: CouncilRecord, assembly: Assembly, asOf: string, options: CouncilModelOptions = {}): CouncilModel {
  const lambda = options.lambda ?? COUNCIL_LAMBDA;
  const votes = votesBefore(record, asOf);
  const key = `${assembly.fingerprint}|${votes.length}|${votes[votes.length - 1]?.id ?? 0}|${asOf}|${lambda}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const model = options.model ?? modelForAsOf(assembly, asOf);
  const positions = positionsFromModel(model);
  const disagreement = assemblyDisagreement(assembly, asOf);
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const digest = createHash("sha256").update(key).update(model.cutoff).update(`${N_FEATURES}|${FEATURES_VERSION}`).digest("hex").slice(0, 16);
  const file = cacheDir ? join(cacheDir, `council-v5-${digest}.json`) : null;
  let fits: { elected: MultinomialFit; permanent: MultinomialFit; veto: MultinomialFit } | null = null;
  const valid = (f: MultinomialFit | undefined) => !!f && f.p === N_FEATURES && Array.isArray(f.coef) && f.coef.length === 3 * N_FEATURES && f.coef.every(Number.isFinite);
  if (file && existsSync(file)) {
    try {
      const f = JSON.parse(readFileSync(file, "utf8")) as { elected: MultinomialFit; permanent: MultinomialFit; veto: MultinomialFit };
      if (valid(f.elected) && valid(f.permanent) && f.veto?.p === VETO_COLUMNS.length && f.veto.coef.every(Number.isFinite)) fits = f;
    } catch {
      fits = null;
    }
  }
  let history: CouncilHistory;
  let rows: number;
  if (fits) {
    // coefficients cached: only the history at asOf is needed
    history = new CouncilHistory();
    for (const v of votes) history.add(v, disagreement);
    rows = votes.reduce((s, v) => s + Object.keys(v.votes).length, 0);
  } else {
    const t = trainingRows(votes, positions, disagreement);
    history = t.history;
    rows = t.y.length;
    // two fits: the elected members' votes, and the permanent members' (whose noes are vetoes)
    const split = (perm: boolean) => {
      const idx: number[] = [];
      for (let r = 0; r < t.y.length; r++) if ((t.x[r * N_FEATURES + 1] === 1) === perm) idx.push(r);
      const x = new Float64Array(idx.length * N_FEATURES);
      const y = new Uint8Array(idx.length);
      idx.forEach((r, i) => {
        x.set(t.x.subarray(r * N_FEATURES, (r + 1) * N_FEATURES), i * N_FEATURES);
        y[i] = t.y[r];
      });
      return fitMultinomial(x, y, N_FEATURES, lambda);
    };
    // the veto fit: permanent members' rows, the veto features only
    const idx: number[] = [];
    for (let r = 0; r < t.y.length; r++) if (t.x[r * N_FEATURES + 1] === 1) idx.push(r);
    const q = VETO_COLUMNS.length;
    const xv = new Float64Array(idx.length * q);
    const yv = new Uint8Array(idx.length);
    idx.forEach((r, i) => {
      VETO_COLUMNS.forEach((c, j) => (xv[i * q + j] = t.x[r * N_FEATURES + c]));
      // binary: a no against anything else (an abstention is not a veto)
      yv[i] = t.y[r] === 2 ? 2 : 0;
    });
    fits = { elected: split(false), permanent: split(true), veto: fitMultinomial(xv, yv, q, VETO_LAMBDA) };
    if (file) {
      try {
        writeAtomic(file, JSON.stringify(fits));
      } catch {
        // not cached: fitted again next time
      }
    }
  }
  const out: CouncilModel = { asOf, fit: fits.elected, fitPermanent: fits.permanent, fitVeto: fits.veto, history, positions, disagreement, rows, votes: votes.length };
  memo.set(key, out);
  return out;
}
