import { describe, expect, it } from "vitest";
import { fitResponsiveness } from "../../../src/simulate/lobbying/fitResponsiveness.ts";
import { syntheticGrid } from "./syntheticGrid.ts";
import { seededRandom } from "../../../src/model/seededRandom.ts";

describe("fitResponsiveness", () => {
  // 30 states, 400 roll calls (enough that shrinkage moves the estimates little); the first ten respond three times as much as the others (shift 0.9 vs 0.3)
  const S = 30;
  const random = seededRandom(7);
  const truth = (k: number) => (k < 10 ? 0.9 : 0.3);
  const grids = Array.from({ length: 400 }, (_, v) => {
    const offsets = Array.from({ length: S }, (_, k) => Math.cos(v * 3 + k * 1.7) * 1.5);
    const yes = offsets.map((a, k) => random() < 1 / (1 + Math.exp(-(a + truth(k)))));
    return syntheticGrid(offsets, 0, v + 1, yes);
  });
  const members = [...grids[0].states, "NEW"];
  const r = fitResponsiveness(grids, 0.5, members);

  it("gives every member an estimate with an interval, a member without votes the prior", () => {
    expect(r.members).toHaveLength(S + 1);
    for (const m of r.members) expect(m.interval90[0]).toBeLessThanOrEqual(m.estimate + 1e-9);
    const fresh = r.members.find((m) => m.iso3 === "NEW")!;
    expect(fresh.votes).toBe(0);
    // oracle: with no data the posterior is the prior (mean within a grid step)
    expect(Math.abs(fresh.shift - r.prior.mean)).toBeLessThan(0.05);
  });

  it("separates the responsive states from the others (their mean shift within 0.15 of the truth)", () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const hi = mean(r.members.slice(0, 10).map((m) => m.shift));
    const lo = mean(r.members.slice(10, S).map((m) => m.shift));
    expect(hi).toBeGreaterThan(lo);
    expect(Math.abs(hi - 0.9)).toBeLessThan(0.15);
    expect(Math.abs(lo - 0.3)).toBeLessThan(0.15);
    // shrinkage: estimates in susceptibility units are shifts / typical
    expect(r.members[0].estimate).toBeCloseTo(r.members[0].shift / 0.5, 10);
  });

  it("refuses bad input", () => {
    expect(() => fitResponsiveness(grids, 0, members)).toThrow(/invalid typical/);
  });
});
