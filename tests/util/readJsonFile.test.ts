import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PlenaryError } from "../../src/util/PlenaryError.ts";
import { readJsonFile } from "../../src/util/readJsonFile.ts";
import { INPUT_LIMITS, readInputFile } from "../../src/util/readInputFile.ts";
import { checkJsonLimits } from "../../src/util/checkJsonLimits.ts";
import { loadScenario } from "../../src/simulate/loadScenario.ts";

describe("readJsonFile (the one JSON reader: specs, scenarios, models)", () => {
  const dir = mkdtempSync(join(tmpdir(), "plenary-read-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads JSON", () => {
    writeFileSync(join(dir, "ok.json"), '{"a":1}');
    expect(readJsonFile(join(dir, "ok.json"), "forecast spec")).toEqual({ a: 1 });
  });

  it("says in words that a file is missing or is a folder, naming the path", () => {
    const missing = join(dir, "missing.json");
    expect(() => readJsonFile(missing, "forecast spec")).toThrow(`invalid forecast spec; cannot read ${JSON.stringify(missing)}: no such file or folder (ENOENT)`);
    expect(() => readJsonFile(dir, "forecast spec")).toThrow(`invalid forecast spec; cannot read ${JSON.stringify(dir)}: is a folder, not a file (EISDIR)`);
    expect(() => readJsonFile(dir, "forecast spec")).toThrow(PlenaryError);
  });

  it("names the file that is not JSON", () => {
    writeFileSync(join(dir, "bad.json"), '{"a":');
    expect(() => readJsonFile(join(dir, "bad.json"), "scenario")).toThrow(`invalid scenario; not JSON: ${JSON.stringify(join(dir, "bad.json"))}`);
  });

  it("is the reader of loadScenario too (same words for a folder)", () => {
    expect(() => loadScenario(dir)).toThrow(`invalid scenario; cannot read ${JSON.stringify(dir)}: is a folder, not a file (EISDIR)`);
  });
});

describe("readJsonFile and readInputFile: only regular files, only up to a stated size", () => {
  const dir = mkdtempSync(join(tmpdir(), "plenary-read-limits-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses /dev/zero and a FIFO at once, without reading or blocking", () => {
    const t0 = performance.now();
    expect(() => readJsonFile("/dev/zero", "forecast spec")).toThrow('invalid forecast spec; not a regular file (a device): "/dev/zero"');
    const fifo = join(dir, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    expect(() => readJsonFile(fifo, "forecast spec")).toThrow(`invalid forecast spec; not a regular file (a FIFO): ${JSON.stringify(fifo)}`);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it("refuses a file over the limit before reading it (code limit)", () => {
    const big = join(dir, "big.json");
    writeFileSync(big, `{"title":"${"x".repeat(2000)}"}`);
    expect(() => readInputFile(big, "forecast spec", 1000)).toThrow(/^invalid forecast spec; larger than 1,000 bytes \(2,\d{3}\): /);
    try {
      readInputFile(big, "forecast spec", 1000);
    } catch (e) {
      expect((e as PlenaryError).code).toBe("limit");
    }
    expect(INPUT_LIMITS.json).toBe(20 * 1024 * 1024);
  });

  it("refuses nesting 100,000 deep, a text too long and a __proto__ key, naming the file", () => {
    const deep = join(dir, "deep.json");
    writeFileSync(deep, `{"known":${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    expect(() => readJsonFile(deep, "forecast spec")).toThrow(/^invalid forecast spec; nested more than 64 deep at known\[0\]/);
    const long = join(dir, "long.json");
    writeFileSync(long, JSON.stringify({ title: "x".repeat(200_000) }));
    expect(() => readJsonFile(long, "forecast spec")).toThrow(/^invalid forecast spec; a text longer than 100,000 characters at title \(200,000\) \(in ".*long\.json"\)$/);
    const proto = join(dir, "proto.json");
    writeFileSync(proto, '{"lists":{"__proto__":{"members":["USA"]}}}');
    expect(() => readJsonFile(proto, "scenario")).toThrow('invalid scenario; field name not allowed at lists: "__proto__"');
  });

  it("checkJsonLimits walks without recursion (a million levels is a refusal, not a stack overflow)", () => {
    let v: unknown = 1;
    for (let i = 0; i < 1_000_000; i++) v = [v];
    expect(() => checkJsonLimits(v, "value")).toThrow("invalid value; nested more than 64 deep");
  });
});
