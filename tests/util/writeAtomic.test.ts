import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PlenaryError } from "../../src/util/PlenaryError.ts";
import { writeAtomic } from "../../src/util/writeAtomic.ts";

describe("writeAtomic", () => {
  const dir = mkdtempSync(join(tmpdir(), "plenary-write-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the file and leaves no temporary file", () => {
    writeAtomic(join(dir, "a", "x.json"), "{}\n");
    expect(readFileSync(join(dir, "a", "x.json"), "utf8")).toBe("{}\n");
    expect(readdirSync(join(dir, "a"))).toEqual(["x.json"]);
  });

  it("names the user's path, never the hidden temporary file, when the target is a folder", () => {
    const target = join(dir, "out.png");
    mkdirSync(target);
    let error: unknown;
    try {
      writeAtomic(target, "png");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlenaryError);
    expect((error as Error).message).toBe(`cannot write ${JSON.stringify(target)}: is a folder, not a file (EISDIR)`);
    expect((error as Error).message).not.toContain(".tmp");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]); // nothing left behind
  });

  it("names the user's path when a parent is a file", () => {
    writeFileSync(join(dir, "file"), "x");
    const target = join(dir, "file", "sub", "x.svg");
    expect(() => writeAtomic(target, "svg")).toThrow(`cannot write ${JSON.stringify(target)}: a part of the path is a file, not a folder (ENOTDIR)`);
  });
});
