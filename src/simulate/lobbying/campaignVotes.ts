import type { Assembly } from "../../data/types.ts";
import { NOT_MEMBER } from "../../data/voteCodes.ts";
import { seededRandom } from "../../model/seededRandom.ts";

/** First date of the State Department's important-vote designations in the record (session 38). */
export const IMPORTANT_FROM = "1983-09-01";

/** The roll calls a campaign fit uses, as rows of `assembly.rollCalls`. */
export interface CampaignVotes {
  /** Important votes in [from, until). */
  important: number[];
  /** Non-important votes in [from, until) (the placebo): a seeded random subsample of at most `placebo`. */
  placebo: number[];
  /** Non-important votes on texts designated important in another year of the window: at most `perText` of each text, seeded. */
  switched: number[];
  /** Non-important votes in the window before subsampling. */
  placeboAvailable: number;
  /** Normalized text key of each roll call (rows of texts designated important in some years and not in others). */
  switchKey: Map<number, string>;
}

/** A text's key across years: its title, lower case, without punctuation or repeated spaces. */
export function textKey(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Selects the roll calls of a campaign fit: every important vote (Voeten's
 * flag) in [from, until) and the non-important ones as a placebo, a seeded
 * random subsample of at most `placebo` of them; and, for the cleanest
 * comparison, the non-important votes on texts designated important in
 * other years (at most `perText` per text, seeded). Votes without any
 * recorded vote are left out.
 */
export function campaignVotes(assembly: Assembly, options: { from: string; until: string; placebo: number; seed: number; perText?: number }): CampaignVotes {
  const { codes, nStates: N } = assembly.matrix;
  const voted = (row: number) => {
    for (let s = 0; s < N; s++) if (codes[row * N + s] !== NOT_MEMBER) return true;
    return false;
  };
  const inWindow: number[] = [];
  assembly.rollCalls.forEach((r, row) => {
    if (r.date >= options.from && r.date < options.until && voted(row)) inWindow.push(row);
  });
  const importantKeys = new Set<string>();
  const otherKeys = new Set<string>();
  for (const row of inWindow) {
    const r = assembly.rollCalls[row];
    (r.important ? importantKeys : otherKeys).add(textKey(r.title));
  }
  const switchKey = new Map<number, string>();
  for (const row of inWindow) {
    const k = textKey(assembly.rollCalls[row].title);
    if (k && importantKeys.has(k) && otherKeys.has(k)) switchKey.set(row, k);
  }
  const important = inWindow.filter((row) => assembly.rollCalls[row].important);
  const others = inWindow.filter((row) => !assembly.rollCalls[row].important);
  const random = seededRandom(options.seed);
  const shuffled = (rows: number[]) => {
    const out = rows.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const placebo = shuffled(others).slice(0, options.placebo).sort((x, y) => x - y);
  const perText = options.perText ?? 3;
  const taken = new Map<string, number>();
  const switched: number[] = [];
  for (const row of shuffled(others.filter((r) => switchKey.has(r)))) {
    const k = switchKey.get(row)!;
    const n = taken.get(k) ?? 0;
    if (n < perText) {
      taken.set(k, n + 1);
      switched.push(row);
    }
  }
  switched.sort((x, y) => x - y);
  return { important, placebo, switched, placeboAvailable: others.length, switchKey };
}
