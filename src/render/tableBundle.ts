import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Options of {@link tableBundle}. */
export interface TableBundleOptions {
  /** Most rows shown; a note under the table says how many were left out. Default 20; range [1, 10000]. */
  limit?: number;
  /** Most fractional digits of numbers; a column shows as many as its values need, up to this. Default 3; range [0, 10]. */
  maxdigits?: number;
  /** Exact fractional digits per column, e.g. `{ expected: 1 }` shows 138.278 as 138.3. Default: none (maxdigits applies); each in [0, 10]. */
  digits?: Record<string, number>;
}

/**
 * A number as plain decimal text with `digits` decimals, never in scientific
 * notation (8.8e-4 with 3 digits -> "0.001", -0.0001 -> "0").
 */
export function formatNumber(x: number, digits: number): string {
  if (!Number.isFinite(x)) return String(x);
  const text = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Decimals a column of numbers needs: the most any value needs once rounded to `maxdigits` (0 for whole numbers). */
function columnDigits(values: readonly unknown[], maxdigits: number): number {
  let d = 0;
  for (const v of values) {
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    const frac = v.toFixed(maxdigits).split(".")[1]?.replace(/0+$/, "") ?? "";
    d = Math.max(d, frac.length);
  }
  return d;
}

/**
 * A table as a Jupyter MIME bundle, for notebooks: an HTML table (what
 * notebook front ends show) and the same rows as a Markdown table for
 * plain-text outputs. Takes an arquero table or an array of plain objects
 * (one row each). Shows the first `limit` rows and says how many more there
 * are (or that there are none). Numbers are plain decimals, never in
 * scientific notation (see {@link formatNumber}), with one number of decimals per column. The input is not modified.
 *
 * In a notebook with the Deno kernel, show it with
 * `await Deno.jupyter.display(bundle, { raw: true })`.
 *
 * @example
 * const bundle = tableBundle(assembly.tables.states, { limit: 5 });
 * Object.keys(bundle); // ["text/html", "text/plain"]
 */
export function tableBundle(rows: ColumnTable | readonly object[], options: TableBundleOptions = {}): Record<string, string> {
  const limit = options.limit ?? 20;
  const maxdigits = options.maxdigits ?? 3;
  if (!(Number.isInteger(limit) && 1 <= limit && limit <= 10000)) throw new PlenaryError(`invalid limit; expected an integer in [1, 10000]: ${JSON.stringify(limit)}`);
  if (!(Number.isInteger(maxdigits) && 0 <= maxdigits && maxdigits <= 10)) {
    throw new PlenaryError(`invalid maxdigits; expected an integer in [0, 10]: ${JSON.stringify(maxdigits)}`);
  }
  const digits = options.digits ?? {};
  for (const [column, d] of Object.entries(digits)) {
    if (!(Number.isInteger(d) && 0 <= d && d <= 10)) throw new PlenaryError(`invalid digits.${column}; expected an integer in [0, 10]: ${JSON.stringify(d)}`);
  }
  let table: ColumnTable;
  if (Array.isArray(rows)) {
    const bad = rows.findIndex((r) => r === null || typeof r !== "object" || Array.isArray(r));
    if (bad >= 0) throw new PlenaryError(`invalid rows[${bad}]; expected a plain object, got ${JSON.stringify(rows[bad])}`);
    table = aq.from(rows as object[]);
  } else if (rows !== null && typeof rows === "object" && typeof (rows as ColumnTable).toHTML === "function") {
    table = rows as ColumnTable;
  } else {
    throw new PlenaryError(`invalid rows; expected an arquero table or an array of objects, got ${JSON.stringify(rows)?.slice(0, 80)}`);
  }
  const n = table.numRows();
  const note = n === 0 ? "(no rows)" : n > limit ? `${n - limit} more rows not shown (${n} in all)` : "";
  // Every column gets a formatter, so numbers never show in scientific notation (arquero's default for small
  // values); a column's numbers share one number of decimals: `digits` for it, else what its values need up to maxdigits.
  const shown = table.slice(0, limit);
  const format = Object.fromEntries(
    table.columnNames().map((c) => {
      const d = digits[c] ?? columnDigits(shown.array(c) as unknown[], maxdigits);
      return [c, (v: unknown) => (typeof v === "number" ? formatNumber(v, d) : v == null ? "" : v)];
    }),
  );
  const html = table.toHTML({ limit, format });
  const markdown = n === 0 ? "" : table.toMarkdown({ limit, format });
  return {
    "text/html": note ? `${html}<p><em>${note}</em></p>` : html,
    "text/plain": note ? `${markdown}${markdown ? "\n" : ""}${note}` : markdown,
  };
}
