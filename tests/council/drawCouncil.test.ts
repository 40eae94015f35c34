import { describe, expect, it } from "vitest";
import { drawCouncil } from "../../src/council/forecastCouncil.ts";
import { auc } from "../../src/council/councilBacktest.ts";
import { normalCdf } from "../../src/council/normalCdf.ts";

const members = ["CHN", "FRA", "GBR", "RUS", "USA", "ALB", "ARE", "BRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR"];

/** Exact P(adopted) for independent members: yes-count distribution among those with no veto (oracle). */
function exactAdopted(probs: number[][]): number {
  // P(no permanent no) x P(yes >= 9 | no permanent no): condition each permanent member on not voting no
  let pNoVeto = 1;
  const cond = probs.map((p, i) => {
    if (i >= 5) return p;
    const keep = 1 - p[2];
    pNoVeto *= keep;
    return [p[0] / keep, p[1] / keep, 0, p[3] / keep];
  });
  let dist = [1];
  for (const p of cond) {
    const next = new Array(dist.length + 1).fill(0);
    dist.forEach((q, k) => {
      next[k + 1] += q * p[0];
      next[k] += q * (1 - p[0]);
    });
    dist = next;
  }
  return pNoVeto * dist.slice(9).reduce((a, b) => a + b, 0);
}

describe("drawCouncil", () => {
  const probs = members.map((_, i) => (i === 3 ? [0.3, 0.2, 0.45, 0.05] : [0.7, 0.22, 0.05, 0.03]));
  it("with independent members matches the exact P(adopted) (tolerance 0.015 at 40,000 draws)", () => {
    const r = drawCouncil(members, probs.map((p) => Float64Array.from(p)), 40_000, 7, 0);
    expect(Math.abs(r.pAdopted - exactAdopted(probs))).toBeLessThan(0.015);
    expect(r.expected.yes).toBeCloseTo(0.3 + 14 * 0.7, 1);
    expect(r.yesDistribution.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
  it("keeps each member's marginal under the common shock and widens the yes count", () => {
    const ind = drawCouncil(members, probs.map((p) => Float64Array.from(p)), 40_000, 7, 0);
    const cor = drawCouncil(members, probs.map((p) => Float64Array.from(p)), 40_000, 7, 0.6);
    expect(Math.abs(cor.expected.yes - ind.expected.yes)).toBeLessThan(0.1);
    expect(cor.interval95.yes[1] - cor.interval95.yes[0]).toBeGreaterThan(ind.interval95.yes[1] - ind.interval95.yes[0]);
  });
  it("is reproducible from its seed", () => {
    const a = drawCouncil(members, probs.map((p) => Float64Array.from(p)), 2000, 3, 0.5);
    const b = drawCouncil(members, probs.map((p) => Float64Array.from(p)), 2000, 3, 0.5);
    expect(a).toEqual(b);
  });
});

describe("auc and normalCdf", () => {
  it("agree with hand-computed values", () => {
    expect(auc([{ p: 0.9, no: true }, { p: 0.1, no: false }, { p: 0.5, no: false }])).toBe(1);
    expect(auc([{ p: 0.4, no: true }, { p: 0.5, no: false }, { p: 0.3, no: false }])).toBe(0.5);
    expect(auc([{ p: 0.5, no: true }, { p: 0.5, no: false }])).toBe(0.5);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });
});
