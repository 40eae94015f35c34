/**
 * The check of `npm run figures` (scripts/figuresCheck.ts) on hand-made
 * text, and the README and docs against the committed docs/figures.json
 * (cheap: no run; `npm run figures` compares that file with fresh runs).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { agrees, checkText, compareBlock, decimals } from "../../scripts/figuresCheck.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("figures check", () => {
  it("reads a quoted figure's precision from its decimals", () => {
    expect([decimals("0.215"), decimals("16.7"), decimals("8,603"), decimals("82")]).toEqual([3, 1, 0, 0]);
    expect([agrees("0.215", 0.2153), agrees("0.215", 0.2159), agrees("0.215", 0.2125), agrees("8,603", 8603), agrees("8,603", 8604.5)]).toEqual([true, true, false, true, false]);
  });

  it("fails a block with one figure edited by hand, or with other words, and passes the fresh one", () => {
    const fresh = "| plenary | 0.615 | 20.5 |\n| B5 | 0.711 | 18.7 |\n";
    expect(compareBlock("R", "b", fresh, fresh)).toEqual([]);
    expect(compareBlock("R", "b", fresh.replace("20.5", "19.5"), fresh)).toEqual([{ file: "R", where: "block b, line 1", quoted: "19.5", fresh: "20.5" }]);
    expect(compareBlock("R", "b", fresh.replace("B5", "B3"), fresh)[0].where).toBe("block b, line 2 (words differ)");
  });

  it("checks inline figures (a share in percent with %) and rewrites blocks and figures at their precision", () => {
    const text = "log-loss <!--f:a-->0.615<!--/f--> and <!--f:c%-->82<!--/f-->%\n<!-- figures:t -->\nold 1.0\n<!-- /figures:t -->\n";
    const ok = checkText("R", text, { t: "old 1.0\n" }, { a: 0.6154, c: 0.8235 });
    expect(ok.problems).toEqual([]);
    const bad = checkText("R", text, { t: "old 3.0\n" }, { a: 0.7, c: 0.8235 });
    expect(bad.problems.map((p) => `${p.where}: ${p.quoted} -> ${p.fresh}`)).toEqual(["block t, line 1: 1.0 -> 3.0", "figure a: 0.615 -> 0.700"]);
    expect(bad.written).toBe("log-loss <!--f:a-->0.700<!--/f--> and <!--f:c%-->82<!--/f-->%\n<!-- figures:t -->\nold 3.0\n<!-- /figures:t -->\n");
    expect(checkText("R", "<!--f:nosuch-->1<!--/f-->", {}, {}).problems[0].fresh).toBe("(no such figure)");
  });

  it("finds the README's and docs' quoted figures and generated blocks as docs/figures.json has them", () => {
    const doc = JSON.parse(readFileSync(join(ROOT, "docs/figures.json"), "utf8")) as { figures: Record<string, number>; blocks: Record<string, string>; commit: string };
    expect(doc.commit).toMatch(/^[0-9a-f]{40}$/);
    let checked = 0;
    for (const file of ["README.md", ...readdirSync(join(ROOT, "docs")).filter((x) => x.endsWith(".md")).map((x) => `docs/${x}`)]) {
      const r = checkText(file, readFileSync(join(ROOT, file), "utf8"), doc.blocks, doc.figures);
      expect(r.problems).toEqual([]);
      checked += r.checked;
    }
    expect(checked).toBeGreaterThan(300);
  });
});
