import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PlenaryError } from "../../src/util/PlenaryError.ts";
import { writeAtomicAll } from "../../src/util/writeAtomicAll.ts";

describe("writeAtomicAll: several files, all or none", () => {
  const root = mkdtempSync(join(tmpdir(), "plenary-all-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes every file, creating folders, leaving no temporary file", () => {
    const dir = join(root, "ok");
    writeAtomicAll([{ path: join(dir, "a.svg"), content: "a" }, { path: join(dir, "sub", "b.svg"), content: new Uint8Array([98]) }]);
    expect(readFileSync(join(dir, "a.svg"), "utf8")).toBe("a");
    expect(readFileSync(join(dir, "sub", "b.svg"), "utf8")).toBe("b");
    expect(readdirSync(dir).sort()).toEqual(["a.svg", "sub"]);
  });

  it("a folder in the way of the third file: none written, earlier files unchanged, the error names the user's path", () => {
    const dir = join(root, "folder");
    mkdirSync(join(dir, "x-map.svg"), { recursive: true });
    writeFileSync(join(dir, "x.svg"), "old");
    const files = [{ path: join(dir, "x.svg"), content: "new" }, { path: join(dir, "x-states.svg"), content: "s" }, { path: join(dir, "x-map.svg"), content: "m" }];
    expect(() => writeAtomicAll(files)).toThrow(`cannot write ${JSON.stringify(join(dir, "x-map.svg"))}: is a folder, not a file (EISDIR)`);
    expect(readFileSync(join(dir, "x.svg"), "utf8")).toBe("old");
    expect(readdirSync(dir).sort()).toEqual(["x-map.svg", "x.svg"]); // no x-states.svg, no .tmp, no .bak
  });

  it("a path under a plain file: in words, naming the path", () => {
    writeFileSync(join(root, "afile"), "x");
    const path = join(root, "afile", "x.svg");
    let error: unknown;
    try {
      writeAtomicAll([{ path: join(root, "fine.svg"), content: "f" }, { path, content: "x" }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlenaryError);
    expect((error as PlenaryError).message).toMatch(new RegExp(`^cannot write ${JSON.stringify(path).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: a part of the path is a file, not a folder \\((EEXIST|ENOTDIR)\\)$`));
    expect((error as PlenaryError).code).toBe("write");
    expect(readdirSync(root)).not.toContain("fine.svg");
  });

  it("refuses the same path twice and bad arguments", () => {
    expect(() => writeAtomicAll([{ path: join(root, "d.svg"), content: "1" }, { path: join(root, "d.svg"), content: "2" }])).toThrow("invalid files; the same path twice");
    expect(() => writeAtomicAll(42 as never)).toThrow(PlenaryError);
    expect(() => writeAtomicAll([{ path: 42, content: "x" }] as never)).toThrow("invalid files[0].path; expected a file path: 42");
  });
});
