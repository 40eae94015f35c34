/**
 * The number at position `index` (0-based) of `seededRandom(seed)`'s
 * sequence, in O(1): mulberry32 is a counter-based generator (its state
 * after n steps is seed + n x 0x6d2b79f5), so any position can be computed
 * without running the ones before it. Lets a Monte Carlo loop visit its
 * random numbers in any order (or recompute one where it is needed instead
 * of storing it) and still give the numbers of the sequential stream.
 * `seed` as for seededRandom (a finite number, truncated to 32 bits; not
 * checked here, for speed); `index` a whole number below 2^53.
 *
 * @example
 * uniformAt(1, 0); // 0.6270739405881613, seededRandom(1)'s first number
 */
export function uniformAt(seed: number, index: number): number {
  let t = ((Math.trunc(seed) >>> 0) + Math.imul(index + 1, 0x6d2b79f5)) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
