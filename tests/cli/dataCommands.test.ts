import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";

describe("plenary votes and data info (the real executable)", () => {
  it("votes A/RES/ES-11/4 --json: 143 yes, 5 no, 35 abstain, 10 absent", () => {
    const r = runCli(["votes", "A/RES/ES-11/4", "--json"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.resolution).toBe("A/RES/ES-11/4");
    expect(out.date).toBe("2022-10-12");
    expect(out.totals).toEqual({ yes: 143, no: 5, abstain: 35, absent: 10 });
    expect(Object.keys(out.votes).filter((k) => out.votes[k] === "N").sort()).toEqual(["BLR", "NIC", "PRK", "RUS", "SYR"]);
    for (const k of ["CHN", "IND", "ZAF", "PAK"]) expect(out.votes[k]).toBe("A");
  });

  it.each([
    ["A/RES/ES-11/2", [140, 5, 38]],
    ["A/RES/ES-11/1", [141, 5, 35]],
    ["A/RES/68/262", [100, 11, 58]],
  ])("votes %s --json", (symbol, expected) => {
    const out = JSON.parse(runCli(["votes", symbol as string, "--json"]).stdout);
    expect([out.totals.yes, out.totals.no, out.totals.abstain]).toEqual(expected);
  });

  it("votes prints a readable table", () => {
    const r = runCli(["votes", "ES-11/4"]);
    expect(r.stdout).toContain("143 yes, 5 no, 35 abstaining, 10 absent");
    expect(r.stdout).toMatch(/RUS\s+Russian Federation\s+no/); // the UN short name (data/names.json)
  });

  it("an unknown symbol fails with the closest matches", () => {
    const r = runCli(["votes", "A/RES/ES-11/44"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unknown resolution symbol: "A/RES/ES-11/44"; closest matches: A/RES/ES-11/4');
  });

  it("data info --json: at least 5,500 roll calls, last date 2025-10-29", () => {
    const out = JSON.parse(runCli(["data", "info", "--json"]).stdout);
    expect(out.rollCalls).toBeGreaterThanOrEqual(5500);
    expect(out.lastDate).toBe("2025-10-29");
    expect(out.votes).toBe(917380);
  });
});
