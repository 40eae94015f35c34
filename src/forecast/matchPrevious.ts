import { PlenaryError } from "../util/PlenaryError.ts";
import { checkAssembly, checkObject, checkRollCall, checkString, showValue } from "../util/checkArgs.ts";
import type { Assembly, RollCall } from "../data/types.ts";

const STOP = new Set(["the", "of", "and", "to", "in", "on", "a", "an", "for", "by", "its", "with", "at", "as", "be", "from", "other", "all", "resolution", "adopted", "general", "assembly"]);

/** Lower-case word set of a title, without stop words and punctuation. */
export function titleWords(title: string): Set<string> {
  checkString(title, "title", 100_000);
  return new Set(
    title
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, " ")
      .split(/\s+/)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** Jaccard similarity of two word sets (1 = same words). */
export function titleSimilarity(a: Set<string>, b: Set<string>): number {
  if (!(a instanceof Set) || !(b instanceof Set)) throw new PlenaryError(`invalid a, b; expected two sets of words (titleWords): ${showValue([a, b])}`);
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Options of `matchPrevious`. */
export interface MatchOptions {
  /** Only roll calls strictly before this date (ISO) are candidates. */
  before: string;
  /** How many earlier sessions (periods) to search. Default 5. */
  sessions?: number;
  /** Minimum title similarity (Jaccard over words). Default 0.6. */
  minSimilarity?: number;
  /** At most this many matches, one per session, most recent first. Default 5. */
  max?: number;
}

/**
 * Earlier roll calls on the same subject as `target`, found by title
 * similarity within the last few sessions before a date: at most one per
 * session (the most similar; ties go to the same part letter, then the later
 * vote), most recent session first. The General Assembly re-adopts most texts
 * every year under the same title, so this finds "the same resolution last
 * year" for most votes.
 */
export function matchPrevious(assembly: Pick<Assembly, "rollCalls">, target: RollCall, options: MatchOptions): RollCall[] {
  checkAssembly(assembly, "assembly", ["rollCalls"]);
  checkRollCall(target, "target");
  checkObject(options, "options");
  const sessions = options.sessions ?? 5;
  const min = options.minSimilarity ?? 0.6;
  const max = options.max ?? 5;
  const words = titleWords(target.title);
  const part = partLetter(target.symbol);
  const best = new Map<number, { rc: RollCall; sim: number; samePart: boolean }>();
  for (const rc of assembly.rollCalls) {
    if (rc.date >= options.before || rc.period < target.period - sessions || rc.undlId === target.undlId) continue;
    const sim = titleSimilarity(words, titleWords(rc.title));
    if (sim < min) continue;
    const samePart = partLetter(rc.symbol) === part;
    const cur = best.get(rc.period);
    if (!cur || sim > cur.sim || (sim === cur.sim && samePart && !cur.samePart) || (sim === cur.sim && samePart === cur.samePart && rc.date >= cur.rc.date)) {
      best.set(rc.period, { rc, sim, samePart });
    }
  }
  return [...best.entries()].sort((a, b) => b[0] - a[0]).slice(0, max).map(([, v]) => v.rc);
}

function partLetter(symbol: string): string {
  return /\[([A-Z])\]$/.exec(symbol)?.[1] ?? "";
}
