/** `plenary positions ... --chart FILE` draws the trajectories of the committed default model. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";

const dir = mkdtempSync(join(tmpdir(), "plenary-positions-chart-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("plenary positions --chart", () => {
  it("writes the chart, says so on stderr and keeps --json output clean", () => {
    const out = join(dir, "p5.vl.json");
    const r = runCli(["positions", "USA", "CHN", "RUS", "--json", "--chart", out]);
    expect(r.stderr).toBe(`wrote ${out}\n`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).states.map((s: { iso3: string }) => s.iso3)).toEqual(["USA", "CHN", "RUS"]);
    const spec = JSON.parse(readFileSync(out, "utf8"));
    const labels = spec.layer.at(-1).data.values.map((v: { state: string }) => v.state);
    expect(labels).toEqual(["United States", "China", "Russian Federation"]); // the UN's own short names
  }, 60_000);

  it("says which file it wrote on stdout, before the table, without --json", () => {
    const out = join(dir, "usa.svg");
    const r = runCli(["positions", "USA", "--chart", out]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(`wrote ${out}\n`)).toBe(true);
    expect(r.stdout).toContain("ideal points");
    expect(readFileSync(out, "utf8")).toContain("United States");
  }, 60_000);

  it("names a bad file ending before doing any work", () => {
    const r = runCli(["positions", "USA", "--chart", join(dir, "p.gif")]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`invalid --chart; expected a file name ending in .vl.json, .svg, .png, .html: ${JSON.stringify(join(dir, "p.gif"))}`);
    expect(existsSync(join(dir, "p.gif"))).toBe(false);
  }, 60_000);
});
