import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDraws } from "../../src/cli/backtestCommand.ts";
import { errorText } from "../../src/cli/errorText.ts";
import { checkSpec } from "../../src/forecast/checkSpec.ts";
import { PlenaryError } from "../../src/util/PlenaryError.ts";
import { runCli } from "./runCli.ts";

const STACK = /^\s+at /m;

describe("errors in words, one line, exit 1, no stack trace (the real executable)", () => {
  const dir = mkdtempSync(join(tmpdir(), "plenary-errors-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a missing spec file and a folder given as a file", () => {
    const missing = runCli(["forecast", join(dir, "nope.json")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`plenary: invalid forecast spec; cannot read ${JSON.stringify(join(dir, "nope.json"))}: no such file or folder (ENOENT)\n`);
    const folder = runCli(["scenario", dir]);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toBe(`plenary: invalid scenario; cannot read ${JSON.stringify(dir)}: is a folder, not a file (EISDIR)\n`);
  });

  it("a model with non-numeric positions names the file and the JSON path", () => {
    const m = JSON.parse(readFileSync(new URL("../../models/default.json", import.meta.url), "utf8"));
    m.states[0].mean[0][0] = "x";
    writeFileSync(join(dir, "bad.json"), JSON.stringify(m));
    const r = runCli(["positions", "USA", "--model", join(dir, "bad.json")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`plenary: invalid model file ${JSON.stringify(join(dir, "bad.json"))}; states[0].mean[0][0] must be number: "x"\n`);
    expect(r.stderr).not.toMatch(STACK);
  });

  it("a write failure names the user's --out, not the hidden temporary file", () => {
    writeFileSync(join(dir, "file"), "x");
    const out = join(dir, "file", "m.json");
    const r = runCli(["fit", "--from", "2022-01-01", "--until", "2022-10-13", "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`plenary: cannot write ${JSON.stringify(out)}: a part of the path is a file, not a folder (EEXIST)`);
    expect(r.stderr).not.toContain(".tmp");
  });

  it("votes A/RES/77/1 (adopted without a vote): says there is no recorded vote, keeps suggestions", () => {
    const r = runCli(["votes", "A/RES/77/1"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^plenary: no recorded vote on "A\/RES\/77\/1": .* most likely adopted without a vote.*; closest recorded votes: A\/RES\/77\/\d+/);
    expect(r.stderr).not.toContain("unknown resolution symbol");
  });

  it("a bug is reported as an internal error with its kind, still without a stack", () => {
    expect(errorText(new TypeError("x is not a function"))).toBe("plenary: internal error (TypeError): x is not a function\n");
    expect(errorText(new PlenaryError('invalid --top; expected a whole number in [1, 200]: "0"'))).toBe('plenary: invalid --top; expected a whole number in [1, 200]: "0"\n');
  });

  it("cuts a message that echoes a huge value, saying how long it was", () => {
    const text = errorText(new PlenaryError(`invalid --until; not a date (YYYY-MM-DD): "${"9".repeat(100_000)}"`));
    expect(text.length).toBeLessThan(1100);
    expect(text).toMatch(/^plenary: invalid --until; not a date \(YYYY-MM-DD\): "9{10}/);
    expect(text.endsWith("... (message cut; 100,044 characters)\n")).toBe(true);
  });
});

describe("draws limits are the same for forecast specs and backtest --draws", () => {
  it("both accept 100 and 1,000,000 and refuse 99 and 1,000,001", () => {
    const spec = (draws: number) => ({ title: "t", asOf: "2022-10-11", like: ["A/RES/ES-11/1"], draws });
    for (const ok of [100, 1_000_000]) {
      expect(checkSpec(spec(ok)).draws).toBe(ok); // the oracle: the forecast spec's own check
      expect(parseDraws(String(ok))).toBe(ok);
    }
    for (const bad of [99, 1_000_001]) {
      expect(() => checkSpec(spec(bad))).toThrow("invalid draws; expected a whole number in [100, 1000000]");
      expect(() => parseDraws(String(bad))).toThrow(`invalid --draws; expected a whole number in [100, 1000000]: "${bad}"`);
    }
    expect(() => parseDraws("1e3")).toThrow(PlenaryError);
  });
});
