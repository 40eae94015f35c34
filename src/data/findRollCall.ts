import { PlenaryError } from "../util/PlenaryError.ts";
import type { Assembly, RollCall } from "./types.ts";

/** Edit distance between two strings (Levenshtein), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** Longest text compared by {@link closestMatches} (longer values and candidates are cut): bounds its cost. */
export const MATCH_LENGTH = 64;

/** Longest resolution symbol accepted (the longest UN symbol is about 30 characters). */
export const SYMBOL_MAX = 64;

/**
 * The `k` candidates closest to `value` by edit distance (case-insensitive);
 * ties go to the longer common prefix. Only the first {@link MATCH_LENGTH}
 * characters of each are compared, so the cost is bounded (at most
 * 64 x 64 steps per candidate) whatever the input.
 */
export function closestMatches(value: string, candidates: readonly string[], k = 5): string[] {
  if (typeof value !== "string") throw new PlenaryError(`invalid value; expected a string: ${JSON.stringify(value) ?? String(value)}`);
  if (!Array.isArray(candidates) || candidates.some((c) => typeof c !== "string")) throw new PlenaryError("invalid candidates; expected an array of strings");
  if (!(Number.isInteger(k) && 0 <= k)) throw new PlenaryError(`invalid k; expected a whole number >= 0: ${k}`);
  const v = value.slice(0, MATCH_LENGTH).toUpperCase();
  const prefix = (c: string) => {
    let n = 0;
    while (n < c.length && n < v.length && c[n] === v[n]) n++;
    return n;
  };
  return candidates
    .map((c) => ({ c, d: editDistance(v, c.slice(0, MATCH_LENGTH).toUpperCase()), p: prefix(c.slice(0, MATCH_LENGTH).toUpperCase()) }))
    .sort((x, y) => x.d - y.d || y.p - x.p || (x.c < y.c ? -1 : 1))
    .slice(0, k)
    .map((x) => x.c);
}

/**
 * Finds a roll call by its symbol (case-insensitive; "ES-11/4" and
 * "A/RES/ES-11/4" both work). A symbol with no recorded vote throws a
 * {@link PlenaryError} with the closest matches; when it is a well-formed
 * symbol of a session in the record whose number is within the numbers
 * recorded for that session (A/RES/77/1), the error says there is no
 * recorded vote on it and that it was most likely adopted without a vote
 * (the record holds only recorded votes); otherwise (a typo such as
 * A/RES/ES-11/44) it says the symbol is unknown.
 * When a symbol had several recorded votes (parts in brackets), the vote on
 * the whole text or the first part is returned; give the suffix to pick one.
 */
export function findRollCall(assembly: Pick<Assembly, "rollCalls">, symbol: string): RollCall {
  if (!assembly || typeof assembly !== "object" || !Array.isArray(assembly.rollCalls)) throw new PlenaryError("invalid assembly; expected the voting record (loadAssembly())");
  if (typeof symbol !== "string") throw new PlenaryError(`invalid symbol; expected a resolution symbol such as "A/RES/ES-11/4": ${JSON.stringify(symbol) ?? String(symbol)}`);
  if (symbol.length > SYMBOL_MAX) throw new PlenaryError(`invalid symbol; longer than ${SYMBOL_MAX} characters (${symbol.length.toLocaleString("en-US")}): ${JSON.stringify(symbol.slice(0, 40))}...`, { code: "limit" });
  const index = rollCallIndex(assembly.rollCalls);
  const s = normalizeSymbol(symbol);
  const hit = index.get(s) ?? index.get(`${s}[A]`);
  if (hit) return hit;
  const near = closestMatches(s, [...index.keys()]);
  if (withinRecordedNumbers(s, index)) {
    throw new PlenaryError(`no recorded vote on ${JSON.stringify(symbol)}: the record (every recorded vote since 1946) has none, so it was most likely adopted without a vote, as most resolutions are; closest recorded votes: ${near.join(", ")}`);
  }
  throw new PlenaryError(`unknown resolution symbol: ${JSON.stringify(symbol)}; closest matches: ${near.join(", ")}`);
}

const NUMBERED = /^A\/(RES|DEC)\/((?:ES-|S-)?\d+)\/(\d+)$/;

/** True for "A/RES/77/1" when session 77 has recorded votes on resolutions numbered 1 or higher. */
function withinRecordedNumbers(s: string, index: Map<string, RollCall>): boolean {
  const m = NUMBERED.exec(s);
  if (!m) return false;
  let max = 0;
  for (const key of index.keys()) {
    const k = NUMBERED.exec(key.replace(/\[.*\]$|[A-Z]$/, ""));
    if (k && k[1] === m[1] && k[2] === m[2]) max = Math.max(max, Number(k[3]));
  }
  return 1 <= Number(m[3]) && Number(m[3]) <= max;
}

/** Upper-cases and adds the "A/RES/" prefix when missing. */
export function normalizeSymbol(symbol: string): string {
  if (typeof symbol !== "string") throw new PlenaryError(`invalid symbol; expected a resolution symbol such as "A/RES/ES-11/4": ${JSON.stringify(symbol) ?? String(symbol)}`);
  const s = symbol.trim().toUpperCase().replace(/\s+/g, "");
  return s.startsWith("A/") ? s : `A/RES/${s}`;
}

const cache = new WeakMap<readonly RollCall[], Map<string, RollCall>>();

function rollCallIndex(rollCalls: readonly RollCall[]): Map<string, RollCall> {
  let m = cache.get(rollCalls);
  if (!m) {
    m = new Map();
    for (const r of rollCalls) if (!m.has(r.symbol.toUpperCase())) m.set(r.symbol.toUpperCase(), r);
    cache.set(rollCalls, m);
  }
  return m;
}
