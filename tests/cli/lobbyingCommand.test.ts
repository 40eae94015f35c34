/** `plenary lobbying`: the typical US important-vote campaign, from the committed models/lobbying.json. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateSpec } from "../../src/render/validateSpec.ts";
import { loadLobbying } from "../../src/simulate/lobbying/loadLobbying.ts";
import { runCli } from "./runCli.ts";

const dir = mkdtempSync(join(tmpdir(), "plenary-lobbying-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("plenary lobbying", () => {
  it("prints the estimates in the issue's JSON shape and draws the two distributions", () => {
    const out = join(dir, "implied.vl.json");
    const r = runCli(["lobbying", "--json", "--chart", out]);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    const m = loadLobbying();
    expect(j.until).toBe(m.until);
    expect(j.effect).toEqual({ estimate: m.effect.estimate, interval90: m.effect.interval90, votes: m.effect.votes });
    expect(j.placebo.interval90).toHaveLength(2);
    expect(j.byDecade.length).toBeGreaterThanOrEqual(3);
    expect(j.responsiveness.length).toBeGreaterThanOrEqual(193);
    for (const x of j.responsiveness) expect(x.interval90[0]).toBeLessThanOrEqual(x.interval90[1]);
    expect(j.implied.campaigns.length).toBe(m.effect.votes);
    expect(j.implied.noCampaign.length).toBe(m.placebo.votes);
    expect(j.validation.important.without.logLoss).toBeGreaterThan(0);
    const spec = JSON.parse(readFileSync(out, "utf8"));
    expect(() => validateSpec(spec)).not.toThrow();
  }, 120_000);

  it("prints the estimates in words and refuses a bad date", () => {
    const r = runCli(["lobbying"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/important votes \(campaigns\): +-?\d\.\d{3} \[/);
    expect(r.stdout).toMatch(/non-important votes \(placebo\)/);
    // the figures the README quotes are what the command prints
    const readme = readFileSync("README.md", "utf8").split("### Lobbying measured against the record")[1].split("<!-- end section -->")[0];
    const quoted = readme.split("\n").filter((l) => l.startsWith("    ") && l.trim().length > 0).map((l) => l.trim());
    expect(quoted.length).toBeGreaterThanOrEqual(4);
    for (const l of quoted) expect(r.stdout).toContain(l);
    const bad = runCli(["lobbying", "--until", "2015-13-01"]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--until/);
  }, 120_000);
});
