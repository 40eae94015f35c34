import { dayNumber } from "../data/sessionPeriod.ts";
import type { Assembly } from "../data/types.ts";
import { ABSTAIN, NO, YES } from "../data/voteCodes.ts";

/**
 * How far apart two states vote in the Assembly: 1 - agreement, or null when they never voted together in the window.
 * With b = "*": the state's mean disagreement with the whole membership.
 */
export type DisagreementAt = (a: string, b: string, date: string) => number | null;

/** Years of Assembly votes behind a disagreement. */
const WINDOW_YEARS = 3;

/**
 * Two states' disagreement in the Assembly over the three years before a
 * date (and before `cutoff`): one minus the mean agreement on the recorded
 * votes both cast (yes 1, abstain 1/2, no 0; agreement 1 - |difference|,
 * Voeten's index), computed once per pair and month. The Council model's
 * measure of how far a member stands from a draft's sponsors.
 */
export function assemblyDisagreement(assembly: Pick<Assembly, "states" | "matrix">, cutoff: string): DisagreementAt {
  const col = new Map(assembly.states.map((s, k) => [s.iso3, k]));
  const { codes, nStates, day, nRollCalls } = assembly.matrix;
  const value = new Float64Array(5).fill(NaN);
  value[YES] = 1;
  value[ABSTAIN] = 0.5;
  value[NO] = 0;
  const cutDay = dayNumber(cutoff);
  const cache = new Map<string, number | null>();
  // roll calls are in date order: the window's first one by binary search
  const firstFrom = (start: number) => {
    let lo = 0;
    let hi = nRollCalls;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (day[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // each roll call's shares of yes, abstain and no among those voting
  const shares = new Float64Array(nRollCalls * 3);
  for (let r = 0; r < nRollCalls; r++) {
    let y = 0;
    let ab = 0;
    let no = 0;
    for (let s = 0; s < nStates; s++) {
      const v = codes[r * nStates + s];
      if (v === YES) y++;
      else if (v === ABSTAIN) ab++;
      else if (v === NO) no++;
    }
    const t = y + ab + no || 1;
    shares[r * 3] = y / t;
    shares[r * 3 + 1] = ab / t;
    shares[r * 3 + 2] = no / t;
  }
  // 1 - mean agreement over the roll calls of the window before the date's month (agreement NaN: the roll call is skipped)
  const disagreementOver = (date: string, agreement: (r: number) => number): number | null => {
    const end = Math.min(cutDay, dayNumber(`${date.slice(0, 7)}-01`));
    const start = end - Math.round(365.25 * WINDOW_YEARS);
    let n = 0;
    let s = 0;
    for (let r = firstFrom(start); r < nRollCalls && day[r] < end; r++) {
      const g = agreement(r);
      if (Number.isNaN(g)) continue;
      n++;
      s += g;
    }
    return n > 0 ? 1 - s / n : null;
  };
  const toAll = (a: string, date: string): number | null => {
    const ca = col.get(a === "SUN" ? "RUS" : a);
    if (ca === undefined) return null;
    return disagreementOver(date, (r) => {
      const va = value[codes[r * nStates + ca]];
      return shares[r * 3] * (1 - Math.abs(va - 1)) + shares[r * 3 + 1] * (1 - Math.abs(va - 0.5)) + shares[r * 3 + 2] * (1 - va);
    });
  };
  return (a, b, date) => {
    if (a === b) return 0;
    if (b === "*") {
      const key = `${a}|*|${date.slice(0, 7)}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const out = toAll(a, date);
      cache.set(key, out);
      return out;
    }
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x}|${y}|${date.slice(0, 7)}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const ca = col.get(x === "SUN" ? "RUS" : x);
    const cb = col.get(y === "SUN" ? "RUS" : y);
    const out = ca === undefined || cb === undefined
      ? null
      : disagreementOver(date, (r) => 1 - Math.abs(value[codes[r * nStates + ca]] - value[codes[r * nStates + cb]]));
    cache.set(key, out);
    return out;
  };
}
