/**
 * The shape of the code, read from its imports (house style 1 and 3):
 * folders are the pipeline, so no file imports a folder further down it
 * (util < text, data < model < council < forecast < simulate < render < cli); no
 * import cycle, type-only imports included; scripts, scenarios and notebooks
 * use the public API (src/index.ts) only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Position of each src/ folder on the pipeline; a file may import its own rank or lower. */
const RANK: Record<string, number> = { util: 0, text: 1, data: 1, model: 2, council: 2.5, forecast: 3, simulate: 4, render: 5, cli: 6 };

const filesUnder = (dir: string, ends: string[]): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => ends.some((e) => f.endsWith(e)))
    .map((f) => join(dir, f));

/** Relative module paths a TypeScript file imports or re-exports (static and dynamic). */
function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/g)) out.push(m[1]!);
  for (const m of text.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) out.push(m[1]!);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g)) out.push(m[1]!);
  return out;
}

/** src/ files and the src/ files each imports, as paths relative to the root. */
function srcGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of filesUnder("src", [".ts"])) {
    const deps = importsOf(readFileSync(join(root, f), "utf8"))
      .filter((p) => p.startsWith("."))
      .map((p) => relative(root, resolve(root, dirname(f), p)));
    graph.set(f, deps);
  }
  return graph;
}

const folder = (f: string): string => f.split("/")[1]!.replace(/\.ts$/, "");

describe("imports", () => {
  const graph = srcGraph();

  it("knows every src/ folder's place on the pipeline", () => {
    const folders = new Set([...graph.keys()].map(folder).filter((d) => d !== "index"));
    expect([...folders].filter((d) => !(d in RANK))).toEqual([]);
  });

  it("never run up the pipeline, and only the API itself imports src/index.ts", () => {
    const up: string[] = [];
    for (const [f, deps] of graph) {
      for (const d of deps) {
        if (folder(f) === "index") continue;
        if (folder(d) === "index") up.push(`${f} -> ${d}`);
        else if (RANK[folder(d)]! > RANK[folder(f)]!) up.push(`${f} -> ${d}`);
      }
    }
    expect(up).toEqual([]);
  });

  it("form no cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const visit = (u: string): void => {
      state.set(u, 1);
      stack.push(u);
      for (const v of graph.get(u) ?? []) {
        if (state.get(v) === 1) cycles.push([...stack.slice(stack.indexOf(v)), v].join(" -> "));
        else if (!state.has(v)) visit(v);
      }
      stack.pop();
      state.set(u, 2);
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it("of src/ from scripts, scenarios and notebooks go through src/index.ts only", () => {
    const bad: string[] = [];
    for (const f of [...filesUnder("scripts", [".ts"]), ...filesUnder("scenarios", [".ts"])]) {
      for (const p of importsOf(readFileSync(join(root, f), "utf8"))) {
        if (/(^|\/)src\//.test(p) && !/(^|\/)src\/index\.ts$/.test(p)) bad.push(`${f}: ${p}`);
      }
    }
    for (const f of filesUnder("notebooks", [".ipynb"])) {
      const nb = JSON.parse(readFileSync(join(root, f), "utf8")) as { cells: { cell_type: string; source: string[] | string }[] };
      for (const cell of nb.cells.filter((c) => c.cell_type === "code")) {
        const src = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
        for (const m of src.matchAll(/["']([^"']*src\/[^"']+)["']/g)) if (!/src\/index\.ts$/.test(m[1]!)) bad.push(`${f}: ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("the checks above find a violation when there is one", () => {
    expect(importsOf('import type { A } from "../render/x.ts";\nexport { b } from "./b.ts";')).toEqual(["../render/x.ts", "./b.ts"]);
  });
});
