import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PlenaryError } from "../../src/util/PlenaryError.ts";
import { readJsonFile } from "../../src/util/readJsonFile.ts";
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
