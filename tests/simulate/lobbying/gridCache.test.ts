import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGridCache, writeGridCache } from "../../../src/simulate/lobbying/gridCache.ts";
import { syntheticGrid } from "./syntheticGrid.ts";

describe("grid cache", () => {
  it("reads back exactly what it wrote, null for no grid, undefined for no file", () => {
    const dir = mkdtempSync(join(tmpdir(), "plenary-grid-"));
    try {
      const g = syntheticGrid([0.1, -0.3, 1.2], 0.4, 9);
      writeGridCache(join(dir, "a.bin"), g);
      expect(readGridCache(join(dir, "a.bin"))).toEqual(g);
      writeGridCache(join(dir, "b.bin"), null);
      expect(readGridCache(join(dir, "b.bin"))).toBeNull();
      expect(readGridCache(join(dir, "c.bin"))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
