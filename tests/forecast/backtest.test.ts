import { beforeAll, describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import type { Assembly } from "../../src/data/types.ts";
import { backtest, type BacktestResult, type BacktestVote } from "../../src/forecast/backtest.ts";
import { modelForAsOf } from "../../src/model/modelForAsOf.ts";

describe("backtest on session 79 (real data, 200 draws)", () => {
  let a: Assembly;
  let result: BacktestResult;
  const votes: BacktestVote[] = [];
  const asked: { asOf: string; cutoff: string }[] = [];
  beforeAll(() => {
    a = loadAssembly();
    result = backtest({
      sessions: [79],
      assembly: a,
      draws: 200,
      modelFor: (asOf) => {
        const m = modelForAsOf(a, asOf);
        asked.push({ asOf, cutoff: m.cutoff });
        return m;
      },
      onVote: (v) => votes.push(v),
    });
  }, 120_000);

  it("fits only on votes before the session's first vote", () => {
    const first = a.rollCalls.filter((r) => r.period === 79).reduce((m, r) => (r.date < m ? r.date : m), "9999");
    expect(asked).toEqual([{ asOf: first, cutoff: asked[0].cutoff }]);
    expect(asked[0].cutoff <= first).toBe(true);
  });

  it("reports per-vote scores that the votes themselves reproduce", () => {
    // oracle: log-loss and accuracy recomputed from the probabilities passed to onVote; tolerance 1e-12
    const plenary = result.overall.find((m) => m.method === "plenary")!;
    expect(votes.length).toBe(plenary.votes);
    let loss = 0;
    let correct = 0;
    for (const v of votes) {
      const [y, ab, n] = v.probs.plenary;
      const q = [y, ab, n].map((p) => p / (y + ab + n));
      loss -= Math.log(Math.max(1e-6, q[v.actual]));
      const arg = q[0] >= q[1] && q[0] >= q[2] ? 0 : q[1] >= q[2] ? 1 : 2;
      correct += arg === v.actual ? 1 : 0;
    }
    expect(Math.abs(loss / votes.length - plenary.logLoss)).toBeLessThan(1e-12);
    expect(Math.abs(correct / votes.length - plenary.accuracy)).toBeLessThan(1e-12);
  });

  it("computes B2 as B1 blended 0.75 with the previous vote", () => {
    // oracle: the definition, by hand: B2 = 0.75 * one-hot(previous) + 0.25 * B1
    let checked = 0;
    for (const v of votes) {
      const b1 = v.probs["B1 recent shares"];
      const b2 = v.probs["B2 shares + last vote"];
      if (v.previous === null) {
        expect(b2).toEqual(b1);
        continue;
      }
      for (let k = 0; k < 4; k++) expect(b2[k]).toBeCloseTo(0.25 * b1[k] + (k === v.previous ? 0.75 : 0), 12);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("scores every method on the same votes, with sane ranges", () => {
    expect(result.overall.map((m) => m.votes)).toEqual([votes.length, votes.length, votes.length]);
    for (const m of result.overall) {
      expect(m.resolutions).toBeGreaterThan(50);
      expect(0 <= m.coverage80 && m.coverage80 <= 1).toBe(true);
      expect(m.macroF1 > 0 && m.macroF1 <= 1).toBe(true);
    }
    expect(result.matched).toBeGreaterThan(0.5);
  });

  it("rejects sessions without votes", () => {
    expect(() => backtest({ sessions: [500], assembly: a })).toThrow("invalid sessions; no recorded vote in session: 500");
    expect(() => backtest({ sessions: [], assembly: a })).toThrow("invalid sessions; empty");
  });
});
