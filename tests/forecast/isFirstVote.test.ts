import { describe, expect, it } from "vitest";
import { findRollCall } from "../../src/data/findRollCall.ts";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { isFirstVote } from "../../src/forecast/isFirstVote.ts";
import { matchPrevious } from "../../src/forecast/matchPrevious.ts";

const a = loadAssembly();
const row = (symbol: string) => a.rollCalls.indexOf(findRollCall(a, symbol));

describe("isFirstVote", () => {
  it("tells the first vote on a text from a text voted before", () => {
    // by the record: "Territorial integrity of Ukraine" (2014) and ES-11/1 were new texts; the Cuba embargo text is voted every year
    expect(isFirstVote(a, row("A/RES/68/262"))).toBe(true);
    expect(isFirstVote(a, row("A/RES/ES-11/1"))).toBe(true);
    expect(isFirstVote(a, row("A/RES/70/5"))).toBe(false);
  });
  it("agrees with matchPrevious (the backtest's test of a novel text) on the roll calls of session 69", () => {
    const rows = a.rollCalls.map((rc, i) => [rc, i] as const).filter(([rc]) => rc.period === 69);
    expect(rows.length).toBeGreaterThan(50);
    for (const [rc, i] of rows) expect(isFirstVote(a, i)).toBe(matchPrevious(a, rc, { before: rc.date }).length === 0);
  });
});
