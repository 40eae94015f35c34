/**
 * Every command that draws charts says which files it wrote, as `forecast`
 * and `positions` do: "wrote FILE" on stdout with the text report, on stderr
 * with --json (stdout stays one JSON document). The real executable.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";

const dir = mkdtempSync(join(tmpdir(), "plenary-chart-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SCENARIO = "tests/simulate/fixtures/es-11-4-outreach.json";

describe("plenary scenario --chart --curve-chart", () => {
  it("says which chart files it wrote, after writing both", () => {
    const chart = join(dir, "s.vl.json");
    const curve = join(dir, "c.vl.json");
    const r = runCli(["scenario", SCENARIO, "--chart", chart, "--curve-chart", curve]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`wrote ${chart}\nwrote ${curve}\n`);
    expect(existsSync(chart) && existsSync(curve)).toBe(true);
    // the legend names the series briefly; the scenario's title is a subtitle line
    const spec = JSON.parse(readFileSync(chart, "utf8"));
    const title = JSON.parse(readFileSync(SCENARIO, "utf8")).title as string;
    expect(JSON.stringify(spec)).toContain("With lobbying · mean ");
    expect(spec.title.subtitle.join(" ")).toContain(`Scenario: ${title}`);
  }, 120_000);

  it("with --json, says it on stderr and keeps stdout one JSON document", () => {
    const chart = join(dir, "s2.vl.json");
    const r = runCli(["scenario", SCENARIO, "--json", "--chart", chart]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`wrote ${chart}\n`);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  }, 120_000);
});

describe("plenary backtest --chart", () => {
  it("says which chart file it wrote", () => {
    const chart = join(dir, "cal.vl.json");
    const r = runCli(["backtest", "--sessions", "74", "--draws", "100", "--chart", chart]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().endsWith(`wrote ${chart}`)).toBe(true);
    expect(JSON.parse(readFileSync(chart, "utf8")).hconcat).toHaveLength(3);
  }, 300_000);
});
