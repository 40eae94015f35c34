import { checkFunction } from "../util/checkArgs.ts";
import { checkSeed } from "./checkSeed.ts";
/**
 * A seeded pseudo-random generator (mulberry32, Tommy Ettinger's 32-bit
 * generator): returns a function giving uniform numbers in [0, 1). The seed
 * is a whole number in [0, 2^32 - 1] (see checkSeed; never truncated). Two
 * generators made with the same seed give the same sequence. Not for
 * cryptography.
 *
 * @example
 * const random = seededRandom(1);
 * random(); // 0.6270739405881613
 */
export function seededRandom(seed: number): () => number {
  let a = checkSeed(seed) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw from a uniform generator (Box-Muller, one of the pair). */
export function randomNormal(random: () => number): number {
  checkFunction(random, "random");
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
