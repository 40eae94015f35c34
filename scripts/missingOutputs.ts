/**
 * Lost-output check of scripts/runNotebooks.sh: lists the code cells of an
 * executed notebook that have fewer outputs than they declare (cell
 * metadata `"plenary": {"outputs": N}`; tests/notebooks checks each
 * declaration against the cell's display calls). Deno's kernel can report a
 * cell idle before its last output reaches Jupyter, and nbconvert then drops
 * that output silently; this is how a run notices.
 *
 *   npx tsx scripts/missingOutputs.ts executed.ipynb   # prints one line per short cell, exits 1 if any
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface Cell {
  cell_type: string;
  source: string | string[];
  metadata?: { plenary?: { outputs?: unknown } };
  outputs?: unknown[];
}

/** One line per code cell with fewer outputs than declared, or without a declaration; empty when the run is complete. */
export function missingOutputs(notebook: { cells: Cell[] }): string[] {
  const out: string[] = [];
  notebook.cells.forEach((c, i) => {
    if (c.cell_type !== "code") return;
    const want = c.metadata?.plenary?.outputs;
    const got = c.outputs?.length ?? 0;
    const source = Array.isArray(c.source) ? c.source.join("") : c.source;
    const last = (source.trim().split("\n").at(-1) ?? "").slice(0, 70);
    if (!(typeof want === "number" && Number.isInteger(want) && want >= 0)) {
      out.push(`cell ${i}: declares no expected output count (metadata plenary.outputs): ${last}`);
    } else if (got < want) {
      out.push(`cell ${i}: ${got} of ${want} outputs (${last})`);
    }
  });
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npx tsx scripts/missingOutputs.ts EXECUTED.ipynb");
    process.exit(2);
  }
  const lines = missingOutputs(JSON.parse(readFileSync(file, "utf8")) as { cells: Cell[] });
  for (const l of lines) console.log(l);
  process.exit(lines.length > 0 ? 1 : 0);
}
