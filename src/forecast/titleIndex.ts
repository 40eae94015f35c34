import { checkRollCalls, showValue } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import MiniSearch from "minisearch";
import type { RollCall } from "../data/types.ts";
import { titleTerm, titleTerms } from "../text/titleTerms.ts";

/** A full-text index of roll-call titles. */
export interface TitleIndex {
  /** Roll-call rows (indices into the roll calls indexed) whose title matches the query, best BM25 score first, voted strictly before `before`. */
  search(query: string, before: string, limit: number): { row: number; score: number }[];
  /** Inverse document frequency of a processed term (BM25's: log(1 + (N - df + 0.5) / (df + 0.5))). */
  idf(term: string): number;
  /** Processed terms of each indexed roll call's title, by row (undefined outside the range). */
  terms: readonly (readonly string[])[];
  /** Processed terms of each indexed roll call's description (Voeten's), by row; empty without one. */
  descriptionTerms: readonly (readonly string[])[];
}

const cache = new WeakMap<readonly RollCall[], Map<string, TitleIndex>>();

/**
 * A BM25 index of the titles of roll calls `from` to `to` (rows, `to`
 * exclusive; default all), built with MiniSearch (ranking, tokenizing) and
 * the Porter stemmer ({@link titleTerm}); built once per range and cached
 * (up to 64 ranges per list of roll calls). Rows returned by `search` index
 * the whole list. Cost: about 20 ms for 1,500 roll calls, 140 ms for the
 * whole record.
 */
export function titleIndex(rollCalls: readonly RollCall[], from = 0, toIndex?: number): TitleIndex {
  checkRollCalls(rollCalls);
  const to = toIndex ?? rollCalls.length;
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= rollCalls.length)) throw new PlenaryError(`invalid from/to; expected whole numbers with 0 <= from <= to <= ${rollCalls.length}: ${showValue([from, to])}`);
  let byRange = cache.get(rollCalls);
  if (!byRange) cache.set(rollCalls, (byRange = new Map()));
  const key = `${from}-${to}`;
  const cached = byRange.get(key);
  if (cached) return cached;
  if (byRange.size >= 64) byRange.clear();
  const index = buildIndex(rollCalls, from, to);
  byRange.set(key, index);
  return index;
}

function buildIndex(rollCalls: readonly RollCall[], from: number, to: number): TitleIndex {
  const search = new MiniSearch<{ id: number; title: string; description: string }>({
    fields: ["title", "description"],
    processTerm: titleTerm,
    searchOptions: { boost: { title: 2 } },
  });
  const terms: string[][] = new Array(rollCalls.length);
  const descriptionTerms: string[][] = new Array(rollCalls.length);
  const df = new Map<string, number>();
  for (let id = from; id < to; id++) {
    const description = rollCalls[id].description ?? "";
    search.add({ id, title: rollCalls[id].title, description });
    terms[id] = titleTerms(rollCalls[id].title);
    descriptionTerms[id] = description ? titleTerms(description) : [];
    for (const t of terms[id]) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = Math.max(1, to - from);
  const index: TitleIndex = {
    search(query, before, limit) {
      // Words found in more than a tenth of the titles ("United Nations") would rank every
      // long title that has several of them above a short one that shares the rare word that
      // matters (MiniSearch's BM25 adds up matching terms), so they are left out of the query
      // unless nothing else is left.
      const terms = titleTerms(query);
      const rare = new Set(terms.filter((t) => (df.get(t) ?? 0) <= 0.1 * n));
      const processTerm = rare.size > 0 ? (term: string) => {
        const t = titleTerm(term);
        return t && rare.has(t) ? t : null;
      } : titleTerm;
      const hits = search.search(query, { processTerm, filter: (r) => rollCalls[r.id as number].date < before });
      return hits.slice(0, limit).map((h) => ({ row: h.id as number, score: h.score }));
    },
    idf(term) {
      const d = df.get(term) ?? 0;
      return Math.log(1 + (n - d + 0.5) / (d + 0.5));
    },
    terms,
    descriptionTerms,
  };
  return index;
}
