import * as aq from "arquero";
import type { ColumnTable } from "arquero";

/** Options of {@link tableBundle}. */
export interface TableBundleOptions {
  /** Most rows shown; a note under the table says how many were left out. Default 20; range [1, 10000]. */
  limit?: number;
  /** Most fractional digits of numbers. Default 3; range [0, 10]. */
  maxdigits?: number;
}

/**
 * A table as a Jupyter MIME bundle, for notebooks: an HTML table (what
 * notebook front ends show) and the same rows as a Markdown table for
 * plain-text outputs. Takes an arquero table or an array of plain objects
 * (one row each). Shows the first `limit` rows and says how many more there
 * are (or that there are none). The input is not modified.
 *
 * In a notebook with the Deno kernel:
 *
 * @example
 * await Deno.jupyter.display(tableBundle(assembly.tables.states, { limit: 5 }), { raw: true });
 */
export function tableBundle(rows: ColumnTable | readonly object[], options: TableBundleOptions = {}): Record<string, string> {
  const limit = options.limit ?? 20;
  const maxdigits = options.maxdigits ?? 3;
  if (!(Number.isInteger(limit) && 1 <= limit && limit <= 10000)) throw new Error(`invalid limit; expected an integer in [1, 10000]: ${JSON.stringify(limit)}`);
  if (!(Number.isInteger(maxdigits) && 0 <= maxdigits && maxdigits <= 10)) {
    throw new Error(`invalid maxdigits; expected an integer in [0, 10]: ${JSON.stringify(maxdigits)}`);
  }
  let table: ColumnTable;
  if (Array.isArray(rows)) {
    const bad = rows.findIndex((r) => r === null || typeof r !== "object" || Array.isArray(r));
    if (bad >= 0) throw new Error(`invalid rows[${bad}]; expected a plain object, got ${JSON.stringify(rows[bad])}`);
    table = aq.from(rows as object[]);
  } else if (rows !== null && typeof rows === "object" && typeof (rows as ColumnTable).toHTML === "function") {
    table = rows as ColumnTable;
  } else {
    throw new Error(`invalid rows; expected an arquero table or an array of objects, got ${JSON.stringify(rows)?.slice(0, 80)}`);
  }
  const n = table.numRows();
  const note = n === 0 ? "(no rows)" : n > limit ? `${n - limit} more rows not shown (${n} in all)` : "";
  const html = table.toHTML({ limit, maxdigits });
  const markdown = n === 0 ? "" : table.toMarkdown({ limit, maxdigits });
  return {
    "text/html": note ? `${html}<p><em>${note}</em></p>` : html,
    "text/plain": note ? `${markdown}${markdown ? "\n" : ""}${note}` : markdown,
  };
}
