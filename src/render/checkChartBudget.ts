import { PlenaryError } from "../util/PlenaryError.ts";
import { checkJsonLimits } from "../util/checkJsonLimits.ts";

/**
 * The budget of one chart: what a spec may ask for before it is compiled
 * (`plenary chart` on a spec 100,000 x 100,000 px, a `sequence` of
 * 100,000,000 rows or a 1 MB text mark is refused in milliseconds instead of
 * filling memory for minutes).
 */
export const CHART_BUDGET = {
  /** Largest width or height, in SVG units (pixels at scale 1). */
  side: 20_000,
  /** Most pixels of a PNG (width x height x scale^2): 50 million (200 MB of RGBA). */
  pixels: 50_000_000,
  /** Most rows a data source may generate (`sequence`) or carry inline (`values`). */
  rows: 100_000,
  /** Most characters of any text in a spec (a title, a label, a data value). */
  text: 10_000,
  /** Most characters of one text mark drawn (a PNG of a 10,000-character line takes seconds to shape). */
  textMark: 2_000,
  /** Most marks drawn (scenegraph items). */
  items: 100_000,
  /** Most steps of a generated series (density, loess, regression, bins). */
  steps: 10_000,
  /** Deepest nesting of a spec (layers, concatenations). */
  depth: 64,
} as const;

const show = (v: unknown) => (JSON.stringify(v) ?? String(v)).slice(0, 80);

/**
 * Checks a Vega-Lite spec against {@link CHART_BUDGET} before it is
 * compiled: nesting, text lengths, explicit width and height, rows of
 * `sequence` generators and inline `values`, graticule steps, and the steps
 * of generated series. Throws a {@link PlenaryError} (code "limit") naming
 * the field: `invalid spec; width larger than 20,000: 100000`.
 *
 * @example
 * checkChartBudget({ mark: "bar", width: 200, data: { values: [] } }); // fine
 */
export function checkChartBudget(spec: unknown): void {
  checkJsonLimits(spec, "spec", { maxDepth: CHART_BUDGET.depth, maxString: CHART_BUDGET.text, maxValues: 20_000_000 });
  const B = CHART_BUDGET;
  const stack: unknown[] = [spec];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === "object") stack.push(x);
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    const o = v as Record<string, unknown>;
    for (const side of ["width", "height"] as const) {
      const x = o[side];
      if (typeof x === "number" && !(x <= B.side)) throw new PlenaryError(`invalid spec; ${side} larger than ${B.side.toLocaleString("en-US")}: ${show(x)}`, { code: "limit" });
      if (x && typeof x === "object" && typeof (x as { step?: unknown }).step === "number" && !((x as { step: number }).step <= B.side)) {
        throw new PlenaryError(`invalid spec; ${side}.step larger than ${B.side.toLocaleString("en-US")}: ${show((x as { step: number }).step)}`, { code: "limit" });
      }
    }
    const seq = o.sequence;
    if (seq && typeof seq === "object" && !Array.isArray(seq)) {
      const { start = 0, stop, step = 1 } = seq as { start?: unknown; stop?: unknown; step?: unknown };
      const rows = typeof start === "number" && typeof stop === "number" && typeof step === "number" && step !== 0 ? Math.ceil((stop - start) / step) : Infinity;
      if (!(rows <= B.rows)) throw new PlenaryError(`invalid spec; a sequence of more than ${B.rows.toLocaleString("en-US")} rows: ${show(seq)}`, { code: "limit" });
    }
    if (Array.isArray(o.values) && o.values.length > B.rows) throw new PlenaryError(`invalid spec; data.values of more than ${B.rows.toLocaleString("en-US")} rows: ${o.values.length.toLocaleString("en-US")}`, { code: "limit" });
    const grat = o.graticule;
    if (grat && typeof grat === "object") {
      for (const key of ["step", "stepMinor", "stepMajor"]) {
        const st = (grat as Record<string, unknown>)[key];
        if (Array.isArray(st) && st.some((x) => !(typeof x === "number" && x >= 0.1))) throw new PlenaryError(`invalid spec; graticule.${key} below 0.1 degree: ${show(st)}`, { code: "limit" });
      }
    }
    for (const key of ["steps", "maxbins", "maxsteps"]) {
      const x = o[key];
      if (typeof x === "number" && !(x <= B.steps)) throw new PlenaryError(`invalid spec; ${key} larger than ${B.steps.toLocaleString("en-US")}: ${show(x)}`, { code: "limit" });
    }
    for (const x of Object.values(o)) if (x !== null && typeof x === "object") stack.push(x);
  }
}
