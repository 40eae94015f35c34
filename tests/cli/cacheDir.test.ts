import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";

const MODELS = new URL("../../models/", import.meta.url).pathname;

describe("models fitted on the fly go to the user's cache, never into the package (the real executable)", () => {
  const dir = mkdtempSync(join(tmpdir(), "plenary-cachedir-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // 2022-10-10: no committed model has this cutoff in effect (roll calls fall between 2022-04-06 and 2022-10-10)
  const spec = join(dir, "spec.json");
  writeFileSync(spec, JSON.stringify({ title: "t", asOf: "2022-10-10", like: ["A/RES/ES-11/1"], draws: 200 }));
  const before = readdirSync(MODELS).sort();

  it("XDG_CACHE_HOME: fits once, caches there, then reads the cache", () => {
    const xdg = join(dir, "xdg");
    const first = runCli(["forecast", spec, "--json"], { env: { XDG_CACHE_HOME: xdg } });
    expect(first.status).toBe(0);
    const p1 = JSON.parse(first.stdout).provenance.model;
    expect(p1.file).toBe("fitted in memory");
    expect(p1.cachedAs).toBe(join(xdg, "plenary", readdirSync(join(xdg, "plenary"))[0]));
    const second = runCli(["forecast", spec, "--json"], { env: { XDG_CACHE_HOME: xdg } });
    expect(JSON.parse(second.stdout).provenance.model.file).toBe(p1.cachedAs);
    // the same answer twice: the first run (fitted now) and the second (read from the cache) print the same
    // bytes but for the provenance (where the model came from), and so does a run without a cache
    const answer = (stdout: string) => JSON.stringify({ ...JSON.parse(stdout), provenance: undefined });
    expect(answer(second.stdout)).toBe(answer(first.stdout));
    expect(answer(runCli(["forecast", spec, "--json", "--no-cache"]).stdout)).toBe(answer(first.stdout));
    expect(readdirSync(MODELS).sort()).toEqual(before); // nothing written inside the package
    expect(existsSync(join(MODELS, "cache"))).toBe(before.includes("cache"));
  }, 120_000);

  it("--cache-dir that cannot be written: fits in memory with a warning, and still forecasts", () => {
    writeFileSync(join(dir, "file"), "x");
    const r = runCli(["forecast", spec, "--json", "--cache-dir", join(dir, "file", "cache")]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^plenary: warning: model fitted in memory, not cached: cannot write ".*\/file\/cache\/model-v1-.*\.json": a part of the path is a file, not a folder/m);
    const p = JSON.parse(r.stdout).provenance.model;
    expect(p).toEqual({ file: "fitted in memory", cutoff: "2022-10-10", from: "1992-10-10" });
  }, 120_000);

  it("--no-cache: fitted in memory, nothing written", () => {
    const xdg = join(dir, "xdg-none");
    const r = runCli(["forecast", spec, "--json", "--no-cache"], { env: { XDG_CACHE_HOME: xdg } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).provenance.model.file).toBe("fitted in memory");
    expect(existsSync(xdg)).toBe(false);
  }, 120_000);
});
