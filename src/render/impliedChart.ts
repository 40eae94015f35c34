import type { TopLevelSpec } from "vega-lite";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { palette } from "./palette.ts";
import { roundTo } from "./roundTo.ts";
import { checkObject } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Options of {@link impliedChart}. */
export interface ImpliedChartOptions extends ChartOptions {
  /** An implied strength to mark (in typical campaigns), e.g. a scenario's; drawn as a labelled vertical rule. Default: none. */
  mark?: { campaigns: number; label: string };
}

/**
 * The implied strengths of past roll calls, in typical US important-vote
 * campaigns: important votes (a campaign) and non-important votes (gaps
 * between forecast and result with no campaign), as two histograms sharing
 * the strength axis (about 30 bins over the searched range, default [-5, 10]; values at its ends mean
 * "at most" and "at least"), with an optional
 * mark for one result (e.g. a scenario's implied strength).
 *
 * @example
 * const spec = impliedChart(loadLobbying().implied, { mark: { campaigns: 0.6, label: "ES-11/4" } });
 */
export function impliedChart(implied: { campaigns: readonly number[]; noCampaign: readonly number[]; range?: [number, number] }, options: ImpliedChartOptions = {}): TopLevelSpec {
  checkObject(implied, "implied");
  checkObject(options, "options");
  if (!Array.isArray(implied.campaigns) || !Array.isArray(implied.noCampaign)) throw new PlenaryError(`invalid implied; expected { campaigns: number[], noCampaign: number[] }`);
  if (options.mark !== undefined && !Number.isFinite(options.mark.campaigns)) throw new PlenaryError(`invalid mark.campaigns; expected a finite number: ${JSON.stringify(options.mark.campaigns)}`);
  const lo = Math.floor(implied.range?.[0] ?? -5);
  const hi = Math.ceil(implied.range?.[1] ?? 10);
  const step = Math.max(0.5, Math.round((hi - lo) / 30));
  const clip = (x: number) => roundTo(Math.max(lo, Math.min(hi - 1e-6, x)), 3);
  const values = [
    ...implied.campaigns.map((x) => ({ kind: "Important votes (US campaign)", campaigns: clip(x) })),
    ...implied.noCampaign.map((x) => ({ kind: "Non-important votes (no campaign)", campaigns: clip(x) })),
  ];
  const layers: unknown[] = [
    {
      mark: { type: "bar", opacity: 0.85 },
      encoding: {
        x: { field: "campaigns", type: "quantitative", bin: { step, extent: [lo, hi] }, title: `Implied strength (typical US important-vote campaigns; ends of the searched range [${lo}, ${hi}] mean "at most" and "at least")` },
        y: { aggregate: "count", type: "quantitative", title: "Roll calls", stack: null },
        color: { field: "kind", type: "nominal", title: null, scale: { range: [palette.series[0], palette.series[1]] }, legend: { orient: "top", labelLimit: 400 } },
      },
    },
  ];
  if (options.mark) {
    layers.push({
      data: { values: [{ campaigns: clip(options.mark.campaigns), label: options.mark.label }] },
      layer: [
        { mark: { type: "rule", color: palette.ink, strokeDash: [4, 3] }, encoding: { x: { field: "campaigns", type: "quantitative" } } },
        { mark: { type: "text", align: "left", dx: 4, dy: -4, baseline: "top", color: palette.ink }, encoding: { x: { field: "campaigns", type: "quantitative" }, y: { value: 0 }, text: { field: "label" } } },
      ],
    });
  }
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: chartTitle({ title: "How large is a gap between forecast and result?", subtitle: `Implied strength of ${implied.campaigns.length} important and ${implied.noCampaign.length} non-important votes` }, options, 560),
    width: 560,
    height: 260,
    data: { values },
    layer: layers,
    config: chartConfig(),
  } as TopLevelSpec;
}
