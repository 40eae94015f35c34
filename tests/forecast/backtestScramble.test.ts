/**
 * Leakage test: the backtest's forecasts of a few roll calls (a repeated
 * text, a novel one, an important vote and an emergency vote of session 72)
 * must be unchanged when everything on or after the forecasts' asOf is
 * scrambled: every later vote, title, description, issue code and
 * important-vote flag (the targets keep only their titles, the forecast's
 * input). The forecasts go through the automatic retrieval path (no `like`),
 * as in the reported backtests.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import type { Assembly, RollCall } from "../../src/data/types.ts";
import { ABSENT, ABSTAIN, NO, NOT_MEMBER, YES } from "../../src/data/voteCodes.ts";
import { backtest, type BacktestVote } from "../../src/forecast/backtest.ts";
import { matchPrevious } from "../../src/forecast/matchPrevious.ts";
import { seededRandom } from "../../src/model/seededRandom.ts";
import { modelForAsOf } from "../../src/model/modelForAsOf.ts";
import type { FittedModel } from "../../src/model/types.ts";

const SESSION = 72;

/** A copy of the data with everything on or after `cut` scrambled; the targets keep their titles. A new fingerprint keeps memos apart. */
function scrambled(a: Assembly, cut: string, targets: Set<string>): Assembly {
  const random = seededRandom(7);
  const later = a.rollCalls.map((r, i) => [r, i] as const).filter(([r]) => r.date >= cut).map(([, i]) => i);
  const pick = () => a.rollCalls[later[Math.floor(random() * later.length)]];
  const issues = ["me", "nu", "di", "hr", "co", "ec"];
  const rollCalls: RollCall[] = a.rollCalls.map((r) => {
    if (r.date < cut) return r;
    const other = pick();
    return {
      ...r,
      title: targets.has(r.symbol) ? r.title : `${pick().title} ${other.title.split(" ").reverse().join(" ")}`,
      description: `${other.description ?? ""} ${pick().description ?? "scrambled"}`,
      issues: issues.filter(() => random() < 0.4),
      important: random() < 0.5,
      voetenRcid: r.voetenRcid === null ? null : r.voetenRcid + 1,
      stated: { yes: Math.floor(random() * 190), no: Math.floor(random() * 20), abstain: Math.floor(random() * 50), absent: Math.floor(random() * 30) },
    };
  });
  const codes = Uint8Array.from(a.matrix.codes);
  const { nStates } = a.matrix;
  for (const row of later) {
    for (let s = 0; s < nStates; s++) {
      const k = row * nStates + s;
      if (codes[k] === NOT_MEMBER) continue;
      // the targets' own votes without absences, so that every state scored on the real data is scored on the scrambled too
      const choices = targets.has(a.rollCalls[row].symbol) ? [YES, NO, ABSTAIN] : [YES, NO, ABSTAIN, ABSENT];
      codes[k] = choices[Math.floor(random() * choices.length)];
    }
  }
  return { ...a, rollCalls, matrix: { ...a.matrix, codes }, fingerprint: `${a.fingerprint}-scrambled` };
}

describe(`backtest forecasts of session ${SESSION} with everything from asOf on scrambled`, () => {
  let a: Assembly;
  let symbols: string[];
  let cut: string;
  const real: BacktestVote[] = [];
  const fake: BacktestVote[] = [];
  beforeAll(() => {
    a = loadAssembly();
    const rows = a.rollCalls.filter((r) => r.period === SESSION);
    cut = rows.reduce((m, r) => (r.date < m ? r.date : m), "9999");
    const repeated = rows.find((r) => r.kind === "regular" && matchPrevious(a, r, { before: cut }).length > 0 && !r.important)!;
    const novel = rows.find((r) => r.kind === "regular" && matchPrevious(a, r, { before: cut }).length === 0)!;
    const important = rows.find((r) => r.important && r !== repeated && r !== novel)!;
    const emergency = rows.find((r) => r.kind === "emergency")!;
    symbols = [repeated, novel, important, emergency].map((r) => r.symbol);
    const models = new Map<string, FittedModel>();
    const modelOf = (asOf: string) => models.get(asOf) ?? (models.set(asOf, modelForAsOf(a, asOf)), models.get(asOf)!);
    backtest({ sessions: [SESSION], symbols, assembly: a, draws: 200, modelFor: modelOf, onVote: (v) => real.push(v) });
    const s = scrambled(a, cut, new Set(symbols));
    // the model saw only votes before asOf (its own test); here the same model, relabelled for the scrambled data
    backtest({ sessions: [SESSION], symbols, assembly: s, draws: 200, modelFor: (asOf) => ({ ...modelOf(asOf), fingerprint: s.fingerprint }), onVote: (v) => fake.push(v) });
  }, 240_000);

  it("forecasts a repeated text, a novel text, an important vote and an emergency vote", () => {
    expect(symbols.every(Boolean)).toBe(true);
    const kinds = new Set(real.map((v) => `${v.symbol} ${v.kind}`));
    expect(kinds.size).toBe(4);
    expect(new Set([...kinds].map((k) => k.split(" ")[1]))).toEqual(new Set(["emergency", "novel", "repeated"]));
  });

  it("gives every method the same probabilities for every state", () => {
    const byKey = new Map(fake.map((v) => [`${v.symbol} ${v.iso3}`, v]));
    expect(real.length).toBeGreaterThan(500);
    let differ = 0;
    for (const v of real) {
      const w = byKey.get(`${v.symbol} ${v.iso3}`);
      expect(w, `${v.symbol} ${v.iso3}`).toBeDefined();
      for (const m of Object.keys(v.probs) as (keyof BacktestVote["probs"])[]) {
        if (JSON.stringify(v.probs[m]) !== JSON.stringify(w!.probs[m])) differ++;
      }
      expect([w!.kind, w!.previous, w!.nearest, w!.segments.filter((x) => x !== "important")]).toEqual([v.kind, v.previous, v.nearest, v.segments.filter((x) => x !== "important")]);
    }
    expect(differ).toBe(0);
  });
});
