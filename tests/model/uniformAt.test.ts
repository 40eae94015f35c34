import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/model/seededRandom.ts";
import { uniformAt } from "../../src/model/uniformAt.ts";

describe("uniformAt", () => {
  it("is seededRandom's sequence read by position, for any seed", () => {
    // oracle: the sequential generator itself
    for (const seed of [1, 0, 5, 2 ** 32 - 1, 123456789, 1 ^ 0x5bd1e995]) {
      const random = seededRandom(seed);
      const sequential = Array.from({ length: 20000 }, () => random());
      expect(Array.from({ length: 20000 }, (_, n) => uniformAt(seed, n))).toEqual(sequential);
    }
  });

  it("reaches far positions without running the ones before", () => {
    // oracle: seededRandom(3) run 5,000,000 steps by hand
    const random = seededRandom(3);
    let x = 0;
    for (let n = 0; n <= 5_000_000; n++) x = random();
    expect(uniformAt(3, 5_000_000)).toBe(x);
  });
});
