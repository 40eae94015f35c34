import { beforeAll, describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import type { Assembly } from "../../src/data/types.ts";
import { B2_BLEND, B3_BLEND, backtest, type BacktestResult, type BacktestVote } from "../../src/forecast/backtest.ts";
import { BASELINE_WEIGHTS, B5_CHOICE } from "../../src/forecast/baselineWeights.ts";
import { modelForAsOf } from "../../src/model/modelForAsOf.ts";

/** `modelForAsOf`, recording every forecast date asked for and the cutoff of the model given. */
function recordingModelFor(a: Assembly, asked: { asOf: string; cutoff: string }[]) {
  return (asOf: string) => {
    const m = modelForAsOf(a, asOf);
    asked.push({ asOf, cutoff: m.cutoff });
    return m;
  };
}

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
      modelFor: recordingModelFor(a, asked),
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
      const [y, ab, n] = v.probs.plenary!;
      const q = [y, ab, n].map((p) => p / (y + ab + n));
      loss -= Math.log(Math.max(1e-6, q[v.actual]));
      const arg = q[0] >= q[1] && q[0] >= q[2] ? 0 : q[1] >= q[2] ? 1 : 2;
      correct += arg === v.actual ? 1 : 0;
    }
    expect(Math.abs(loss / votes.length - plenary.logLoss)).toBeLessThan(1e-12);
    expect(Math.abs(correct / votes.length - plenary.accuracy)).toBeLessThan(1e-12);
  });

  it("computes B2 and B3 as B1 blended with the previous vote and with the vote on the nearest title at their kind's tuned weight, and B5 as the chosen one", () => {
    // oracle: the definition, by hand: B = w * one-hot(vote) + (1 - w) * B1, w the weight for the roll call's kind
    expect([B2_BLEND, B3_BLEND]).toEqual([BASELINE_WEIGHTS.B2.repeated, BASELINE_WEIGHTS.B3.repeated]);
    expect(result.weights).toEqual({ B2: BASELINE_WEIGHTS.B2, B3: BASELINE_WEIGHTS.B3, B5: B5_CHOICE });
    for (const [method, key, weights] of [["B2 shares + last vote", "previous", BASELINE_WEIGHTS.B2], ["B3 nearest title", "nearest", BASELINE_WEIGHTS.B3]] as const) {
      let checked = 0;
      for (const v of votes) {
        const b1 = v.probs["B1 recent shares"]!;
        const b = v.probs[method]!;
        const x = v[key];
        expect(v.probs["B5 best baseline"]).toEqual(v.probs[B5_CHOICE[v.kind]]);
        if (x === null) {
          expect(b).toEqual(b1);
          continue;
        }
        const w = weights[v.kind];
        for (let k = 0; k < 4; k++) expect(b[k]).toBeCloseTo((1 - w) * b1[k] + (k === x ? w : 0), 12);
        checked++;
      }
      expect(checked).toBeGreaterThan(1000);
    }
  });

  it("without the engine, gives the baselines exactly the same votes (the engine's retrieval and members, found alone)", () => {
    const alone: BacktestVote[] = [];
    const r = backtest({ sessions: [79], assembly: a, engine: false, onVote: (v) => alone.push(v) });
    expect(r.methods).toEqual(["B1 recent shares", "B2 shares + last vote", "B3 nearest title", "B5 best baseline"]);
    expect(alone.length).toBe(votes.length);
    alone.forEach((v, k) => {
      const w = votes[k];
      expect([v.symbol, v.iso3, v.kind, v.previous, v.nearest]).toEqual([w.symbol, w.iso3, w.kind, w.previous, w.nearest]);
      expect(v.probs).toEqual({ ...w.probs, plenary: undefined });
    });
  }, 120_000);

  it("labels every roll call of session 79 held out, and gives coverage for the engine alone", () => {
    expect(result.sets.tuning).toBe(0);
    expect(result.overall.every((m) => m.set === "held-out")).toBe(true);
    expect(result.segments.every((s) => s.set === "held-out")).toBe(true);
    for (const m of result.overall) expect(m.coverage80 === null).toBe(m.method !== "plenary");
  });

  it("reports every segment, and the repeated and novel segments split all roll calls", () => {
    const seg = (s: string, m = "plenary") => result.segments.find((x) => x.segment === s && x.method === m);
    expect(seg("all")!.resolutions).toBe(seg("repeated")!.resolutions + seg("novel")!.resolutions);
    expect(seg("all")!.votes).toBe(seg("repeated")!.votes + seg("novel")!.votes);
    for (const s of result.segments) {
      if (s.method === "plenary") expect(0 <= s.coverage80! && s.coverage80! <= s.coverage95! && s.coverage95! <= 1).toBe(true);
      expect(s.resolutions).toBeGreaterThan(0);
    }
    // session 79 is after Voeten's data: no important-vote flags, no emergency vote in it
    expect(seg("important")).toBeUndefined();
    const counted = votes.filter((v) => v.segments.includes("novel")).length;
    expect(counted).toBe(seg("novel")!.votes);
  });

  it("scores every method on the same votes, with sane ranges", () => {
    expect(result.overall.map((m) => m.votes)).toEqual([votes.length, votes.length, votes.length, votes.length, votes.length]);
    for (const m of result.overall) {
      expect(m.resolutions).toBeGreaterThan(50);
      if (m.method === "plenary") expect(0 <= m.coverage80! && m.coverage80! <= 1).toBe(true);
      expect(m.macroF1 > 0 && m.macroF1 <= 1).toBe(true);
    }
    expect(result.matched).toBeGreaterThan(0.5);
  });

  it("rejects sessions without votes", () => {
    expect(() => backtest({ sessions: [500], assembly: a })).toThrow("invalid sessions; no recorded vote in session: 500");
    expect(() => backtest({ sessions: [], assembly: a })).toThrow("invalid sessions; empty");
    expect(() => backtest({ sessions: [70], emergency: true, assembly: a })).toThrow("invalid sessions; give either sessions or emergency, not both");
    expect(() => backtest({ emergency: { from: "2030-01-01" }, assembly: a })).toThrow(/invalid emergency; no emergency special session vote in the range/);
  });
});

describe("emergency backtest (ES-11 votes of 2022, 200 draws)", () => {
  it("forecasts each emergency vote as of its own date, with a model that saw nothing from that day on", () => {
    const a = loadAssembly();
    const asked: { asOf: string; cutoff: string }[] = [];
    const r = backtest({
      emergency: { from: "2022-03-01", until: "2022-12-31" },
      assembly: a,
      draws: 200,
      modelFor: recordingModelFor(a, asked),
    });
    const es = a.rollCalls.filter((x) => x.kind === "emergency" && x.date >= "2022-03-01" && x.date < "2022-12-31");
    expect(r.sessions).toEqual(["ES-11"]);
    expect(new Set(asked.map((x) => x.asOf))).toEqual(new Set(es.map((x) => x.date)));
    for (const x of asked) expect(x.cutoff <= x.asOf).toBe(true);
    const all = r.segments.find((s) => s.segment === "emergency" && s.method === "plenary")!;
    expect(all.resolutions).toBe(es.length);
  }, 240_000);
});

describe("tuning and held-out votes (emergency votes of 2009-2017, baselines alone)", () => {
  it("reports the emergency votes before 2015 (tuning) and from 2015 on (held out) as separate rows, and the pooled row as in-sample", () => {
    const a = loadAssembly();
    const r = backtest({ emergency: { from: "2009-01-01", until: "2018-01-01" }, assembly: a, engine: false });
    const es = a.rollCalls.filter((x) => x.kind === "emergency" && x.date >= "2009-01-01" && x.date < "2018-01-01");
    const before = es.filter((x) => x.date < "2015-01-01").length;
    expect(before).toBeGreaterThan(0);
    expect(r.sets).toEqual({ tuning: before, heldOut: es.length - before });
    const rows = r.segments.filter((s) => s.segment === "emergency" && s.method === "B1 recent shares");
    expect(rows.map((s) => [s.set, s.resolutions])).toEqual([["tuning", before], ["held-out", es.length - before]]);
    expect(r.overall.every((m) => m.set === "in-sample")).toBe(true);
    expect(r.methods).not.toContain("plenary");
  }, 240_000);
});

describe("backtest options", () => {
  it("names a bad emergency date range", () => {
    const a = loadAssembly();
    expect(() => backtest({ emergency: { from: "2022-13-01" }, assembly: a })).toThrow('invalid emergency.from; not a date (YYYY-MM-DD): "2022-13-01"');
  });
});
