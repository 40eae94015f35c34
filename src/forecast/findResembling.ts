import { checkFunction, checkObject, checkRollCalls } from "../util/checkArgs.ts";
import type { RollCall } from "../data/types.ts";
import type { ForecastSettings } from "./forecastSettings.ts";
import { titleIndex, type TitleIndex } from "./titleIndex.ts";
import { titleTerms } from "../text/titleTerms.ts";

/** A resembling roll call found (or given), before grouping into components. */
export interface Resembling {
  /** Row of the roll call in the assembly. */
  row: number;
  rollCall: RollCall;
  /** Title similarity to the new resolution, 0-1 (IDF-weighted overlap of stemmed words); 1 for a roll call given in `like`. */
  similarity: number;
  /** Unnormalized weight: similarity x recency (x same-session boost). */
  weight: number;
  /** True when its title is close enough to count as the same text (a habit can repeat it). */
  sameText: boolean;
}

/** What retrieval needs of the new resolution. */
export interface ResemblingQuery {
  title: string;
  text?: string;
  session?: string;
  asOf: string;
  /** Regular session in progress at asOf. */
  period: number;
}

/**
 * Finds the earlier roll calls a new resolution resembles, from its title
 * and optional draft text: the best BM25 matches (MiniSearch over stemmed
 * titles, {@link titleIndex}) among the roll calls of the last
 * `retrievalSessions` sessions before asOf that the model has parameters
 * for, weighted by
 *
 *   exp(similarityScale x (similarity - best similarity)) x recencyDecay^(sessions back) x sameSessionBoost?
 *
 * where similarity is the IDF-weighted Jaccard overlap of stemmed title words
 * (with draft text, also the share of the candidate title's words found in
 * the text, x 0.8; with Voeten's description of the candidate, the share of
 * the new title's words found in it, x `descriptionWeight`). Keeps at most `maxResembling`, dropping those under 2% of
 * the best weight; when some are the same text (similarity at least
 * `sameTextSimilarity`, within five sessions, or an earlier vote of the same
 * emergency special session: the same crisis), only those. Empty when nothing matches. Cost: one index build per
 * window (about 20 ms, cached), then under a millisecond per query.
 */
export function findResembling(
  rollCalls: readonly RollCall[],
  query: ResemblingQuery,
  settings: ForecastSettings,
  usable: (rc: RollCall) => boolean,
): Resembling[] {
  checkRollCalls(rollCalls);
  checkObject(query, "query");
  checkObject(settings, "settings");
  checkFunction(usable, "usable");
  const { from, to } = windowRows(rollCalls, query.period - settings.retrievalSessions, query.asOf);
  if (to <= from) return [];
  const index = titleIndex(rollCalls, from, to);
  const titleQ = titleTerms(query.title);
  const textQ = query.text ? new Set(titleTerms(query.text)) : null;
  const hits = index.search(query.text ? `${query.title} ${query.text}` : query.title, query.asOf, 80);
  const scored: Resembling[] = [];
  for (const h of hits) {
    const rc = rollCalls[h.row];
    if (!usable(rc)) continue;
    const terms = index.terms[h.row];
    let similarity = weightedJaccard(titleQ, terms, index);
    if (textQ) similarity = Math.max(similarity, 0.8 * containment(terms, textQ, index));
    const described = index.descriptionTerms[h.row];
    if (described.length > 0 && settings.descriptionWeight > 0) similarity = Math.max(similarity, settings.descriptionWeight * containment(titleQ, new Set(described), index));
    const back = Math.max(0, query.period - rc.period);
    let weight = settings.recencyDecay ** back;
    const sameSession = query.session !== undefined && rc.session === query.session;
    if (sameSession) weight *= settings.sameSessionBoost;
    // an earlier vote of the same emergency special session is on the same crisis: it counts as
    // the same question (states tend to keep their position on it), whatever its title
    const sameCrisis = sameSession && rc.kind === "emergency";
    scored.push({ row: h.row, rollCall: rc, similarity, weight, sameText: sameCrisis || (similarity >= settings.sameTextSimilarity && back <= 5) });
  }
  if (scored.length === 0) return [];
  const best = Math.max(...scored.map((r) => r.similarity));
  for (const r of scored) r.weight *= Math.exp(settings.similarityScale * (r.similarity - best));
  scored.sort((a, b) => b.weight - a.weight || (a.rollCall.date < b.rollCall.date ? 1 : -1));
  // the same text voted before says more than any neighbour: when there is one, keep only those
  const same = scored.filter((r) => r.sameText);
  const kept = same.length > 0 ? same : scored;
  const top = kept[0].weight;
  return kept.filter((r) => r.weight >= 0.02 * top).slice(0, settings.maxResembling);
}

/** Rows [from, to) of the roll calls in sessions >= firstPeriod voted before asOf (roll calls are sorted by date). */
export function windowRows(rollCalls: readonly RollCall[], firstPeriod: number, asOf: string): { from: number; to: number } {
  let to = rollCalls.length;
  while (to > 0 && rollCalls[to - 1].date >= asOf) to--;
  let from = to;
  while (from > 0 && rollCalls[from - 1].period >= firstPeriod) from--;
  return { from, to };
}

/** IDF-weighted Jaccard overlap of two term lists. */
function weightedJaccard(a: readonly string[], b: readonly string[], index: TitleIndex): number {
  const setB = new Set(b);
  let inter = 0;
  let union = 0;
  for (const t of a) {
    const w = index.idf(t);
    union += w;
    if (setB.has(t)) inter += w;
  }
  const setA = new Set(a);
  for (const t of setB) if (!setA.has(t)) union += index.idf(t);
  return union > 0 ? inter / union : 0;
}

/** IDF-weighted share of `terms` found in `text`. */
function containment(terms: readonly string[], text: ReadonlySet<string>, index: TitleIndex): number {
  let inter = 0;
  let total = 0;
  for (const t of terms) {
    const w = index.idf(t);
    total += w;
    if (text.has(t)) inter += w;
  }
  return total > 0 ? inter / total : 0;
}
