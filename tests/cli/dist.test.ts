import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = join(ROOT, "dist", "cli", "main.js");

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) t = Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs);
  return t;
}

describe("compiled JavaScript in dist/ (built by `npm run build`, run by prepare and before npm test)", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

  it("is built at prepare, gitignored, with source maps, and newer than src/", () => {
    expect(pkg.scripts.prepare).toBe("npm run build");
    expect(pkg.scripts.build).toBe("tsc -p tsconfig.build.json");
    expect(pkg.bin.plenary).toBe("bin/plenary.js");
    expect(pkg.files).toEqual(expect.arrayContaining(["bin/", "dist/", "src/", "data/", "schemas/"])); // a packed release carries dist/ (gitignored)
    expect(readFileSync(join(ROOT, ".gitignore"), "utf8").split("\n")).toContain("dist/");
    expect(existsSync(MAIN), "dist/ missing: run `npm run build` (npm test does)").toBe(true);
    expect(existsSync(`${MAIN}.map`)).toBe(true);
    expect(newest(join(ROOT, "src")) <= statSync(MAIN).mtimeMs, "dist/ is older than src/: run `npm run build` (npm test does)").toBe(true);
    expect(readFileSync(join(ROOT, "bin", "plenary.js"), "utf8")).toContain('join(root, "dist", "cli", "main.js")');
  });

  it("finds data/, models/, schemas/ and package.json from dist/, from any working folder", () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { cwd: tmpdir(), encoding: "utf8" });
    expect(JSON.parse(run("data", "info", "--json").stdout).fingerprint).toBe("51be054a1aaef67a");
    expect(run("--version").stdout.trim()).toBe(pkg.version);
    const f = run("forecast", join(ROOT, "scenarios", "es-11-4.json"), "--json");
    expect(f.status).toBe(0);
    expect(JSON.parse(f.stdout).provenance.model.file).toBe(join(ROOT, "models", "cutoff-2022-10-11.json"));
    const bad = run("forecast", join(ROOT, "package.json")); // schema errors need schemas/
    expect(bad.stderr).toMatch(/^plenary: invalid forecast spec/);
  });

  it("--help lists every command", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "plenary.js"), "--help"], { encoding: "utf8" });
    for (const c of ["data", "votes", "fit", "positions", "forecast", "scenario", "backtest", "chart"]) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\s`, "m"));
  });
});
