import { PlenaryError } from "../util/PlenaryError.ts";

/** The largest seed: seeds are whole numbers in [0, SEED_MAX] (the 32-bit state of the generator), never cut silently. */
export const SEED_MAX = 4294967295;

/**
 * Checks a seed: a whole number in [0, 4294967295] (2^32 - 1, the state of
 * the project's generator). Anything else is refused, never truncated:
 * 4294967296 and 1e300 would otherwise give the same numbers as 0.
 * Returns the seed; `name` is the parameter named in the error.
 *
 * @example
 * checkSeed(42); // 42
 */
export function checkSeed(seed: unknown, name = "seed"): number {
  if (!(typeof seed === "number" && Number.isInteger(seed) && 0 <= seed && seed <= SEED_MAX)) {
    throw new PlenaryError(`invalid ${name}; expected a whole number in [0, ${SEED_MAX}]: ${typeof seed === "number" ? String(seed) : JSON.stringify(seed) ?? String(seed)}`);
  }
  return seed;
}
