import { describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { agreement, chooseRevealed, revealBacktest } from "../../src/forecast/revealBacktest.ts";
import { membersAsOf } from "../../src/forecast/membersAsOf.ts";

const assembly = loadAssembly();

describe("chooseRevealed", () => {
  const { columns } = membersAsOf(assembly, "2022-03-23");
  it("is seeded per roll call, nested in K, without repeats", () => {
    const a = chooseRevealed(assembly, columns, 25, "random", 1, 5000);
    const b = chooseRevealed(assembly, columns, 50, "random", 1, 5000);
    expect(new Set(a).size).toBe(25);
    expect(b.slice(0, 25)).toEqual(a);
    expect(chooseRevealed(assembly, columns, 25, "random", 1, 5001)).not.toEqual(a);
    expect(chooseRevealed(assembly, columns, 25, "random", 1, 5000)).toEqual(a);
  });
  it("reveals the five permanent members first in p5 mode", () => {
    const p = chooseRevealed(assembly, columns, 10, "p5", 1, 5000).map((c) => assembly.states[c].iso3);
    expect(p.slice(0, 5).sort()).toEqual(["CHN", "FRA", "GBR", "RUS", "USA"]);
    expect(p).toHaveLength(10);
  });
});

describe("agreement", () => {
  it("is the share of roll calls with the same code (oracle: counted by hand over the same roll calls for two states)", () => {
    const a = agreement(assembly, 76, "2022-03-23");
    const S = assembly.matrix.nStates;
    const usa = assembly.states.findIndex((s) => s.iso3 === "USA");
    const gbr = assembly.states.findIndex((s) => s.iso3 === "GBR");
    let same = 0, both = 0;
    assembly.rollCalls.forEach((r, i) => {
      if (r.date >= "2022-03-23" || r.period < 73) return;
      const x = assembly.matrix.codes[i * S + usa], y = assembly.matrix.codes[i * S + gbr];
      if (x === 0 || y === 0) return;
      both++;
      if (x === y) same++;
    });
    expect(a[usa * S + gbr]).toBeCloseTo(same / both, 12);
    expect(a[gbr * S + usa]).toBe(a[usa * S + gbr]);
    expect(a[usa * S + usa]).toBe(1);
  });
});

describe("revealBacktest", () => {
  it("scores only the unrevealed states, for every method and K, and the engine learns from the reveals", () => {
    const r = revealBacktest({ emergency: { from: "2022-03-01", until: "2022-04-30" }, k: [10, 60], draws: 400, assembly });
    expect(r.reveal.map((x) => x.k)).toEqual([10, 60]);
    for (const x of r.reveal) {
      const all = x.rows.filter((row) => row.segment === "all");
      expect(all.map((row) => row.method)).toEqual(["plenary", "B4 neighbours", "B2 shares + last vote"]);
      for (const row of all) {
        expect(row.resolutions).toBe(3); // ES-11/1, ES-11/2, ES-11/3
        expect(Number.isFinite(row.logLoss) && row.logLoss > 0).toBe(true);
        expect(row.surprises === null).toBe(row.method !== "plenary");
      }
    }
    const votes = (k: number) => r.reveal.find((x) => x.k === k)!.rows.find((row) => row.segment === "all" && row.method === "plenary")!.votes;
    // fewer states scored when more are revealed: 50 more revealed on each of 3 roll calls, absences not scored
    expect(votes(10) - votes(60)).toBeGreaterThan(100);
    expect(votes(10) - votes(60)).toBeLessThanOrEqual(150);
    // learning from 60 positions beats ignoring them (B2) on the ES-11/3 surprise
    const at60 = r.reveal[1].rows.filter((row) => row.segment === "all");
    expect(at60[0].maeYes).toBeLessThan(at60[2].maeYes);
  });

  it("refuses bad K and modes, naming the value", () => {
    expect(() => revealBacktest({ sessions: [70], k: [0], assembly })).toThrow(/invalid k.*0/);
    expect(() => revealBacktest({ sessions: [70], k: [3], mode: "p5", assembly })).toThrow(/at least 5/);
    expect(() => revealBacktest({ sessions: [70], k: [10], mode: "x" as never, assembly })).toThrow(/invalid mode/);
    expect(() => revealBacktest({ sessions: [70], k: [10], only: "new" as never, assembly })).toThrow(/invalid only; expected one of all, repeated, novel, emergency, important: "new"/);
  });

  it("reports each roll call and K to onRollCall, with the forecast, and keeps one segment with only", () => {
    const rows: { symbol: string; k: number; segments: string[]; actualYes: number; revealedYes: number; known: number; interval: [number, number]; shifted: [number, number] }[] = [];
    const r = revealBacktest({
      emergency: { from: "2022-03-01", until: "2022-04-30" }, k: [10], draws: 300, assembly, only: "emergency",
      onRollCall: (x) => {
        rows.push({ symbol: x.symbol, k: x.k, segments: x.segments, actualYes: x.actual.yes, revealedYes: x.revealed.yes, known: x.forecast!.conditioning!.known, interval: x.methods.plenary.interval80, shifted: [x.forecast!.interval80.yes[0] - x.revealed.yes, x.forecast!.interval80.yes[1] - x.revealed.yes] });
        // the engine's expected unrevealed counts are its forecast's less the revealed votes (known states count with certainty)
        expect(x.methods.plenary.expectedYes).toBeCloseTo(x.forecast!.expected.yes - x.revealed.yes, 9);
        expect(x.methods.plenary.expectedAbsent).toBeCloseTo(x.forecast!.expected.absent - x.revealed.absent, 9);
        const unrevealed = x.actual.yes + x.actual.no + x.actual.abstain + x.actual.absent;
        for (const m of Object.values(x.methods)) {
          expect(m.expectedAbsent).toBeGreaterThanOrEqual(0);
          expect(m.expectedAbsent).toBeLessThanOrEqual(unrevealed);
        }
      },
    });
    expect(rows.map((x) => x.symbol)).toEqual(["A/RES/ES-11/1", "A/RES/ES-11/2", "A/RES/ES-11/3"]);
    for (const x of rows) {
      expect(x.segments).toContain("emergency");
      expect(x.known).toBe(10);
      expect(x.interval).toEqual(x.shifted); // the unrevealed part of the forecast's own interval
      expect(x.revealedYes).toBeLessThanOrEqual(10);
    }
    expect(r.reveal[0].rows.find((x) => x.segment === "all" && x.method === "plenary")!.resolutions).toBe(3);
  });

  it("counts the unrevealed and the revealed votes of each roll call, adding up to the published tallies", () => {
    // the General Assembly's published results (UN press releases GA/12407, GA/12411, GA/12414): yes-no-abstain of 193 members
    const published: Record<string, [number, number, number]> = { "A/RES/ES-11/1": [141, 5, 35], "A/RES/ES-11/2": [140, 5, 38], "A/RES/ES-11/3": [93, 24, 58] };
    const seen: string[] = [];
    revealBacktest({
      emergency: { from: "2022-03-01", until: "2022-04-30" }, k: [10, 25], draws: 200, assembly, engine: false, only: "emergency",
      onRollCall: (x) => {
        seen.push(x.symbol);
        const sum = (c: { yes: number; no: number; abstain: number; absent: number }) => c.yes + c.no + c.abstain + c.absent;
        expect(sum(x.revealed)).toBe(x.k);
        // the revealed counts are the votes of the states chooseRevealed draws (seed 1, the members voting that day, asOf the vote's date)
        const row = assembly.rollCalls.findIndex((r) => r.symbol === x.symbol);
        const rc = assembly.rollCalls[row];
        const S = assembly.matrix.nStates;
        const eligible = membersAsOf(assembly, rc.date).columns.filter((c) => assembly.matrix.codes[row * S + c] !== 0);
        const codes = chooseRevealed(assembly, eligible, x.k, "random", 1, row).map((c) => assembly.matrix.codes[row * S + c]);
        expect([x.revealed.yes, x.revealed.abstain, x.revealed.no, x.revealed.absent]).toEqual([1, 2, 3, 4].map((v) => codes.filter((c) => c === v).length));
        const [yes, no, abstain] = published[x.symbol];
        expect([x.actual.yes + x.revealed.yes, x.actual.no + x.revealed.no, x.actual.abstain + x.revealed.abstain]).toEqual([yes, no, abstain]);
        expect(sum(x.actual) + x.k).toBe(193);
      },
    });
    expect(seen).toHaveLength(6);
  });
});
