/**
 * Hostile command lines (issue #24), through the real executable: each is
 * refused in one `plenary:` line, fast, with nothing half-written; the
 * multi-file outputs are all or none.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";

const dir = mkdtempSync(join(tmpdir(), "plenary-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SPEC = JSON.parse(readFileSync(new URL("../../scenarios/es-11-4.json", import.meta.url), "utf8"));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};
/** Runs and checks the common contract: exit 1, one line on stderr starting with `plenary: `, no stack, within `ms`. */
function refused(args: string[], ms = 10_000): string {
  const t0 = performance.now();
  const r = runCli(args);
  const took = performance.now() - t0;
  expect(r.status, r.stderr).toBe(1);
  expect(r.stderr).toMatch(/^plenary: [^\n]*\n$/);
  expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
  expect(took, args.join(" ")).toBeLessThan(ms);
  return r.stderr;
}

describe("hostile command lines are refused in one line, before any work", () => {
  it("commander's usage errors: one plenary: line, not the usage text", () => {
    expect(refused(["forecast"])).toBe("plenary: missing required argument 'spec' (see plenary forecast --help)\n");
    expect(refused(["nosuch"])).toBe("plenary: unknown command 'nosuch' (see plenary --help)\n");
    expect(refused(["votes", "--bogus", "x"])).toBe("plenary: unknown option '--bogus' (see plenary votes --help)\n");
    expect(refused(["help", "nosuch"])).toBe("plenary: unknown command 'nosuch' (see plenary --help)\n");
  });

  it("special files: /dev/zero and a FIFO as a spec or a model are refused at once", () => {
    const fifo = join(dir, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    expect(refused(["forecast", "/dev/zero"], 5000)).toBe('plenary: invalid forecast spec; not a regular file (a device): "/dev/zero"\n');
    expect(refused(["forecast", fifo], 5000)).toBe(`plenary: invalid forecast spec; not a regular file (a FIFO): ${JSON.stringify(fifo)}\n`);
    expect(refused(["positions", "USA", "--model", fifo], 5000)).toBe(`plenary: invalid model file; not a regular file (a FIFO): ${JSON.stringify(fifo)}\n`);
  });

  it("sizes: a 5 MB title, a 100,000-character symbol or like, nesting 100,000 deep", () => {
    expect(refused(["forecast", write("title.json", { ...SPEC, title: "x".repeat(5_000_000) })], 5000)).toMatch(/^plenary: invalid forecast spec; a text longer than 100,000 characters at title/);
    expect(refused(["votes", "A/RES/".padEnd(100_000, "7")], 5000)).toMatch(/^plenary: invalid symbol; longer than 64 characters \(100,000\)/);
    expect(refused(["forecast", write("like.json", { ...SPEC, like: ["A/RES/".padEnd(100_000, "7")] })], 5000)).toMatch(/^plenary: invalid like\[0\]; longer than 64 characters/);
    expect(refused(["forecast", write("deep.json", `{"title":"t","asOf":"2022-10-11","known":${"[".repeat(100_000)}${"]".repeat(100_000)}}`)], 5000)).toMatch(/^plenary: invalid forecast spec; nested more than 64 deep at known/);
  });

  it("values: asOf 1900 and 9999-12-31 name asOf; seeds beyond 32 bits; actual counts over the membership", () => {
    expect(refused(["forecast", write("a1900.json", { ...SPEC, asOf: "1900-01-01" })])).toMatch(/^plenary: invalid asOf; the record starts on 1946-\d\d-\d\d, so nothing is known before "1900-01-01"/);
    expect(refused(["forecast", write("a9999.json", { ...SPEC, asOf: "9999-12-31" })])).toMatch(/^plenary: invalid asOf; the record ends on .*"9999-12-31" is more than three years later/);
    for (const seed of [4294967296, 1e300, -1]) expect(refused(["forecast", write("seed.json", { ...SPEC, seed })])).toMatch(/^plenary: invalid seed; expected a whole number in \[0, 4294967295\]/);
    expect(refused(["forecast", write("actual.json", { ...SPEC, draws: 200, actual: { yes: 1000, no: 1000, abstain: 1000, absent: 1000 } })])).toMatch(/^plenary: invalid actual; yes \+ no \+ abstain \+ absent = 4000, but 193 states were members as of 2022-10-11/);
  });

  it("scenarios: the Soviet Union lobbying in 2022, prototype keys, a bad forecast file named", () => {
    const scenario = (over: object) => ({ forecast: { ...SPEC, draws: 200 }, interventions: [{ by: "USA", toward: "Y", targets: ["IND"], strength: 1 }], ...over });
    expect(refused(["scenario", write("sun.json", scenario({ interventions: [{ by: "SUN", toward: "Y", targets: ["IND"], strength: 1 }] }))])).toBe('plenary: invalid interventions[0].by; not a member state as of 2022-10-11: "SUN"\n');
    for (const key of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(refused(["scenario", write("proto.json", scenario({ lists: {}, interventions: [{ by: "USA", toward: "Y", targets: { list: key }, strength: 1 }] }))])).toMatch(/^plenary: invalid interventions\[0\]\.targets\.list; no list of that name in lists/);
    }
    expect(refused(["scenario", write("deeplists.json", `{"forecast":"x.json","lists":${"{\"a\":".repeat(50_000)}1${"}".repeat(50_000)},"interventions":[]}`)])).toMatch(/^plenary: invalid scenario; nested more than 64 deep at lists/);
    const badSpec = write("badspec.json", { ...SPEC, asOf: "2022-13-01" });
    expect(refused(["scenario", write("badref.json", scenario({ forecast: "badspec.json" }))])).toBe(`plenary: invalid asOf; not a date (YYYY-MM-DD): "2022-13-01" (in ${JSON.stringify(badSpec)}, the forecast of ${JSON.stringify(join(dir, "badref.json"))})\n`);
  });

  it("options checked before any work: backtest --chart x.pdf, --sessions with --emergency, --seed; chart --scale, --out, --allow-data-dir", () => {
    expect(refused(["backtest", "--chart", "x.pdf"], 5000)).toBe('plenary: invalid --chart; expected a file name ending in .vl.json, .svg, .png, .html: "x.pdf"\n');
    expect(refused(["backtest", "--sessions", "70-71", "--emergency"], 5000)).toBe('plenary: invalid --sessions; give either --sessions or --emergency, not both: "70-71"\n');
    expect(refused(["backtest", "--seed", "4294967296"], 5000)).toBe('plenary: invalid --seed; expected a whole number in [0, 4294967295]: "4294967296"\n');
    expect(refused(["forecast", write("ok.json", SPEC), "--chart", "x.pdf"], 5000)).toBe('plenary: invalid --chart; expected a file name ending in .vl.json, .svg, .png, .html: "x.pdf"\n');
    const chart = write("c.vl.json", { data: { values: [{ a: 1 }] }, mark: "point" });
    expect(refused(["chart", chart, "--out", join(dir, "c.png"), "--scale", "1e-9"])).toBe('plenary: invalid --scale; expected a number in [0.1, 8]: "1e-9"\n');
    expect(refused(["chart", chart, "--out", join(dir, "c.pdf")])).toBe(`plenary: invalid --out; expected a file name ending in .vl.json, .svg, .png, .html: ${JSON.stringify(join(dir, "c.pdf"))}\n`);
    expect(refused(["chart", chart, "--out", join(dir, "c.svg"), "--allow-data-dir", join(dir, "none")])).toBe(`plenary: invalid --allow-data-dir; not a folder: ${JSON.stringify(join(dir, "none"))}\n`);
    expect(refused(["data", "build", "--official", "/nonexistent.csv", "--out", join(dir, "data")])).toMatch(/no such file or folder \(ENOENT\)/);
  });
});

describe("multi-file outputs are all or none", () => {
  it("forecast --chart with a folder where the map goes: no chart written, the error names the user's path", () => {
    const out = join(dir, "fc");
    mkdirSync(join(out, "x-map.svg"), { recursive: true });
    const stderr = refused(["forecast", write("small.json", { ...SPEC, draws: 200 }), "--chart", join(out, "x.svg")], 60_000);
    expect(stderr).toBe(`plenary: cannot write ${JSON.stringify(join(out, "x-map.svg"))}: is a folder, not a file (EISDIR)\n`);
    expect(readdirSync(out)).toEqual(["x-map.svg"]);
  }, 60_000);

  it("scenario --chart and --curve-chart: the second blocked, the first not written either", () => {
    const out = join(dir, "sc");
    mkdirSync(join(out, "curve.svg"), { recursive: true });
    const scenario = write("curve.json", { forecast: { ...SPEC, draws: 200 }, interventions: [{ by: "USA", toward: "Y", targets: ["IND", "ZAF"], strength: 1 }], curve: { to: 2, points: 3 } });
    const stderr = refused(["scenario", scenario, "--chart", join(out, "s.svg"), "--curve-chart", join(out, "curve.svg")], 60_000);
    expect(stderr).toBe(`plenary: cannot write ${JSON.stringify(join(out, "curve.svg"))}: is a folder, not a file (EISDIR)\n`);
    expect(existsSync(join(out, "s.svg"))).toBe(false);
  }, 60_000);

  it("a chart path under a plain file: in words, naming the path", () => {
    const file = write("afile", "x");
    const chart = write("c2.vl.json", { data: { values: [{ a: 1 }] }, mark: "point" });
    expect(refused(["chart", chart, "--out", join(file, "x.svg")])).toMatch(new RegExp(`^plenary: cannot write ".*afile/x\\.svg": a part of the path is a file, not a folder \\((EEXIST|ENOTDIR)\\)\\n$`));
  });
});
