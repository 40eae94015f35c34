import { mean } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { betaPrecisions } from "../../../src/model/idealPoints/betaPrecisions.ts";
import type { PreparedVotes } from "../../../src/model/idealPoints/prepareVotes.ts";
import { RC_BINARY, RC_FIXED, RC_FULL } from "../../../src/model/idealPoints/sweepWork.ts";

describe("betaPrecisions", () => {
  // Session 1: members A, B, C and 2 spatial roll calls; session 2: A, B, C, D and
  // 4 spatial roll calls plus a unanimous one. N_1 = 3, R_1 = 2, N_2 = 4, R_2 = 4; N = 7, R = 6.
  const data = {
    nRc: 7,
    nS: 4,
    pMin: Int32Array.from([1, 1, 1, 2]),
    pMax: Int32Array.from([2, 2, 2, 2]),
    rcPeriod: Int32Array.from([1, 1, 2, 2, 2, 2, 2]),
  } as unknown as PreparedVotes;
  const kind = Uint8Array.from([RC_FULL, RC_BINARY, RC_FULL, RC_FULL, RC_BINARY, RC_FULL, RC_FIXED]);

  it("weights each session's prior by members per roll call (hand-computed)", () => {
    // oracle, by hand: betaSd^-2 * (N_t / R_t) / (N / R) = (1/16) * (3/2) * (6/7) = 9/112 for session 1,
    // (1/16) * (4/4) * (6/7) = 6/112 for session 2; tolerance 1e-15
    const p = betaPrecisions(data, kind, 4, true);
    const expected = [9, 9, 6, 6, 6, 6, 6].map((x) => x / 112);
    p.forEach((x, i) => expect(Math.abs(x - expected[i])).toBeLessThan(1e-15));
    // the average over spatial roll calls stays betaSd^-2
    expect(Math.abs(mean(Array.from(p.subarray(0, 6))) - 1 / 16)).toBeLessThan(1e-15);
  });

  it("is betaSd^-2 everywhere without balancing", () => {
    expect(Array.from(betaPrecisions(data, kind, 4, false))).toEqual(new Array(7).fill(1 / 16));
  });
});
