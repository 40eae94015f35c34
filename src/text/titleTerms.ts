import { checkString } from "../util/checkArgs.ts";
import MiniSearch from "minisearch";
import { stemmer } from "stemmer";

/** Words that say nothing about a resolution's subject (English stop words and UN boilerplate). */
const STOP_WORDS = new Set([
  "the", "of", "and", "to", "in", "on", "a", "an", "for", "by", "its", "with", "at", "as", "be", "from", "or", "other",
  "all", "this", "that", "these", "those", "it", "is", "are", "was", "were", "which", "who", "has", "have", "into",
  "resolution", "resolutions", "adopted", "general", "assembly", "draft", "decision", "item", "agenda",
]);

/**
 * The index's term processor: lower case, accents removed, stop words and
 * one-letter words dropped, then Porter-stemmed (the `stemmer` package) so
 * that "consequences" and "consequence" match. Returns null to drop a term.
 */
export function titleTerm(term: string): string | null {
  const seen = memo.get(term);
  if (seen !== undefined) return seen;
  const out = processTerm(term);
  if (memo.size < 100_000) memo.set(term, out);
  return out;
}

/** Processed terms by raw token (titles repeat their words; stemming is the costly part). */
const memo = new Map<string, string | null>();

function processTerm(term: string): string | null {
  const t = term.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  if (t.length < 2 || STOP_WORDS.has(t) || !/[a-z0-9]/.test(t)) return null;
  return stemmer(t);
}

const tokenize = MiniSearch.getDefault("tokenize") as (text: string) => string[];

/**
 * The distinct processed terms of a text, tokenized and processed exactly as
 * the title index does (MiniSearch's tokenizer, then {@link titleTerm}).
 *
 * @example
 * titleTerms("Humanitarian consequences of the aggression against Ukraine");
 * // ["humanitarian", "consequ", "aggress", "against", "ukrain"]
 */
export function titleTerms(text: string): string[] {
  checkString(text, "text", 100_000);
  const out = new Set<string>();
  for (const token of tokenize(text)) {
    const t = titleTerm(token);
    if (t) out.add(t);
  }
  return [...out];
}
