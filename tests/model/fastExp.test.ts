import { describe, expect, it } from "vitest";
import { fastExp } from "../../src/model/fastExp.ts";
import { seededRandom } from "../../src/model/seededRandom.ts";

/** Distance between two doubles in units in the last place of the second. */
function ulps(a: number, b: number): number {
  const x = new Float64Array([b]);
  const bits = new BigInt64Array(x.buffer);
  bits[0] += 1n;
  return Math.abs(a - b) / (x[0] - b);
}

describe("fastExp", () => {
  it("is within 2 ulp of Math.exp over the whole normal range", () => {
    // oracle: Math.exp; 300,000 points over (-708, 709), the sigmoid's working range and tiny arguments
    const random = seededRandom(5);
    let worst = 0;
    for (let k = 0; k < 300_000; k++) {
      const x = k % 3 === 0 ? -708 + 1417 * random() : k % 3 === 1 ? -40 + 80 * random() : (random() - 0.5) * 1e-6;
      worst = Math.max(worst, ulps(fastExp(x), Math.exp(x)));
    }
    expect(worst).toBeLessThanOrEqual(2);
  });

  it("is exact at 0 and Math.exp itself outside (-708, 709)", () => {
    expect(fastExp(0)).toBe(1);
    for (const x of [-708, 709, 709.5, 710, -745, -746, Infinity, -Infinity]) expect(fastExp(x)).toBe(Math.exp(x));
    expect(fastExp(NaN)).toBeNaN();
  });
});
