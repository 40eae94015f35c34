import { describe, expect, it } from "vitest";
import { revealTable } from "../../src/cli/backtestCommand.ts";
import type { RevealRow } from "../../src/forecast/revealBacktest.ts";

const row = (method: RevealRow["method"], coverage80: number): RevealRow => ({
  segment: "all", method, logLoss: 0.2, accuracy: 0.9, macroF1: 0.8, maeYes: 5, coverage80, coverage95: coverage80 + 0.1, resolutions: 3, votes: 400,
  surprises: method === "plenary" ? 0.5 : null,
});

describe("revealTable", () => {
  it("prints the engine's cover and a dash for the baselines' (their intervals have no common shock)", () => {
    const lines = revealTable({ k: 25, mode: "random", rows: [row("plenary", 0.81), row("B4 neighbours", 0.35), row("B2 shares + last vote", 0.42)] }).split("\n");
    const cells = (method: string) => lines.find((l) => l.includes(`| ${method} |`))!.split("|").map((c) => c.trim());
    expect(cells("plenary").slice(9, 11)).toEqual(["0.81", "0.91"]);
    expect(cells("B4 neighbours").slice(9, 11)).toEqual(["—", "—"]);
    expect(cells("B2 shares + last vote").slice(9, 11)).toEqual(["—", "—"]);
  });
});
