import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** Code blocks of a language in the README, in order. */
function blocks(lang: string): string[] {
  return [...README.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]);
}

/** The `npx plenary ...` lines of the README's shell blocks (comments stripped). */
const plenaryLines = blocks("sh")
  .flatMap((b) => b.split("\n"))
  .map((l) => l.replace(/\s+#.*$/, "").trim())
  .filter((l) => l.startsWith("npx plenary ") && !l.includes("path/to/"));

/**
 * The tour runs in a temporary folder, never in the repository: its
 * `--out out/...` and `--chart out/...` files must not overwrite the user's.
 * The folder holds a link to scenarios/; `npx plenary` becomes the same
 * executable npx would run (bin/plenary.js), as npx cannot see the package
 * from outside it.
 */
const WORK = mkdtempSync(join(tmpdir(), "plenary-tour-"));
symlinkSync(join(ROOT, "scenarios"), join(WORK, "scenarios"));
const BIN = join(ROOT, "bin", "plenary.js");

function run(command: string, cwd = WORK): { status: number; stdout: string; stderr: string } {
  const r = spawnSync("bash", ["-c", command.replace(/^npx plenary /, `node ${JSON.stringify(BIN)} `)], { cwd, encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Names and modification times of the files in the repository's out/ (the user's), to check the tour leaves them alone. */
function userOut(): string[] {
  const dir = join(ROOT, "out");
  return existsSync(dir) ? readdirSync(dir).map((f) => `${f} ${statSync(join(dir, f)).mtimeMs}`).sort() : [];
}
const before = userOut();
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe("the README's commands run as written", () => {
  it("has the two-command quick start", () => {
    const quick = README.split("## Quick start")[1].split("##")[0];
    expect(quick).toContain("npm install && npx plenary forecast scenarios/es-11-4.json");
    expect(quick).toContain("npm test");
  });

  it("lists the tour's plenary commands", () => {
    expect(plenaryLines.length).toBeGreaterThanOrEqual(6);
  });

  for (const line of plenaryLines) {
    it(line, () => {
      const r = run(line);
      expect(r.stderr.replace(/npm warn[^\n]*\n?/g, "")).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    });
  }

  it("wrote the tour's files in the temporary folder and left the repository's out/ alone", () => {
    const outs = plenaryLines.flatMap((l) => [...l.matchAll(/--(?:out|chart) (out\/\S+)/g)].map((m) => m[1]));
    expect(outs.length).toBeGreaterThanOrEqual(2);
    for (const f of outs) expect(existsSync(join(WORK, f)), f).toBe(true);
    expect(userOut()).toEqual(before);
  });

  it("the forecast figures quoted in the tour are what the command prints", () => {
    const out = JSON.parse(run("npx plenary forecast scenarios/es-11-4.json --json").stdout);
    const tour = README.split("## A five-minute tour")[1];
    const quoted = /forecast for A\/RES\/ES-11\/4 as of 11 October 2022 is (\d+) yes \(80%\s+interval (\d+)-(\d+)\), (\d+) no, (\d+) abstaining and (\d+) absent/.exec(tour.replace(/\n/g, " "));
    expect(quoted).not.toBeNull();
    const [, yes, lo, hi, no, abstain, absent] = (quoted as RegExpExecArray).map(Number);
    expect([Math.round(out.expected.yes), out.interval80.yes[0], out.interval80.yes[1]]).toEqual([yes, lo, hi]);
    expect([Math.round(out.expected.no), Math.round(out.expected.abstain), Math.round(out.expected.absent)]).toEqual([no, abstain, absent]);
  });

  it("the TypeScript example runs", () => {
    const [code] = blocks("ts");
    const dir = mkdtempSync(join(tmpdir(), "plenary-readme-"));
    const file = join(dir, "example.mts");
    writeFileSync(file, code.replaceAll('"./src/index.ts"', JSON.stringify(join(ROOT, "src/index.ts"))).replaceAll('"out/forecast.svg"', JSON.stringify(join(dir, "forecast.svg"))));
    const r = run(`npx tsx ${file}`, ROOT); // the project's tsx; the example writes only to its temporary folder
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/yes: 1\d\d/);
    expect(readFileSync(join(dir, "forecast.svg"), "utf8")).toContain("<svg");
  });
});
