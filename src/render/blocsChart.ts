import { checkOptions, showValue } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { TopLevelSpec } from "vega-lite";
import type { Blocs } from "../model/blocs/estimateBlocs.ts";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { roundTo } from "./roundTo.ts";

/** Options of {@link blocsChart}. */
export interface BlocsChartOptions extends ChartOptions {
  /** Display names by ISO3 (default: the codes). */
  names?: Record<string, string>;
  /** States shown per factor and side (the largest loadings). Default 8; range [2, 20]. */
  perSide?: number;
}

/**
 * The states that move together, one panel per factor: the states with the
 * largest positive and negative loadings, as bars (a state deviating toward
 * yes on a roll call pulls the states on its side with it, and pushes the
 * other side away). Diverging blue-orange, the same scale in every panel,
 * so no colour repeats a vote outcome's meaning.
 *
 * @example
 * const spec = blocsChart(estimateBlocs(assembly, model, "2025-10-30"));
 */
export function blocsChart(blocs: Blocs, options: BlocsChartOptions = {}): TopLevelSpec {
  const b = blocs as Partial<Blocs> | null;
  if (!(b !== null && typeof b === "object" && Array.isArray(b.states) && b.loadings instanceof Float64Array && Number.isInteger(b.factors))) throw new PlenaryError(`invalid blocs; expected the states-move-together structure (estimateBlocs): ${showValue(blocs)}`);
  checkOptions(options);
  const per = options.perSide ?? 8;
  if (!(Number.isInteger(per) && 2 <= per && per <= 20)) throw new PlenaryError(`invalid perSide; expected a whole number in [2, 20]: ${per}`);
  const F = blocs.factors;
  const rows: { factor: string; state: string; loading: number; rank: number }[] = [];
  const total = blocs.eigenvalues.reduce((a, b) => a + b, 0) || 1;
  for (let f = 0; f < F; f++) {
    const label = `Camp ${f + 1} (${Math.round((100 * blocs.eigenvalues[f]) / total)}% of the shared variation)`;
    const sorted = blocs.states.map((iso3, k) => ({ iso3, l: blocs.loadings[k * F + f] })).sort((a, b) => b.l - a.l);
    const chosen = [...sorted.slice(0, per), ...sorted.slice(-per).filter((x) => x.l < 0)];
    chosen.forEach((x, rank) => rows.push({ factor: label, state: options.names?.[x.iso3] ?? x.iso3, loading: roundTo(x.l, 3), rank }));
  }
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(
      {
        title: "States that deviate together",
        subtitle: `Loadings of the residuals (what positions do not explain), roll calls of sessions ${blocs.sessions[0]}-${blocs.sessions[1]} before ${blocs.asOf}`,
      },
      options,
    ),
    config: chartConfig(),
    data: { values: rows },
    facet: { field: "factor", type: "nominal", title: null, header: { labelFontSize: 12, labelAnchor: "start", labelLimit: 300 } },
    columns: 2,
    resolve: { scale: { y: "independent", x: "shared" } },
    spec: {
      width: 240,
      height: { step: 13 },
      mark: { type: "bar" },
      encoding: {
        y: { field: "state", type: "nominal", sort: { field: "rank", order: "ascending" }, title: null, axis: { labelLimit: 230 } },
        x: { field: "loading", type: "quantitative", title: "Loading", scale: { domain: [-1, 1] }, stack: null },
        color: { field: "loading", type: "quantitative", scale: { scheme: "blueorange", domain: [-1, 1] }, legend: null },
        tooltip: [{ field: "state", type: "nominal", title: "State" }, { field: "loading", type: "quantitative", title: "Loading", format: ".2f" }],
      },
    },
  } as TopLevelSpec;
}
