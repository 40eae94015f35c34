import type { TopLevelSpec } from "vega-lite";
import type { Forecast } from "../forecast/types.ts";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { checkForecast } from "./checkForecast.ts";
import { describeRule } from "./describeRule.ts";
import { formatDate } from "./formatDate.ts";
import { formatPercent } from "./formatPercent.ts";
import { measureText } from "./measureText.ts";
import { palette } from "./palette.ts";
import { roundTo } from "./roundTo.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Tail probability left off each side of the plotted range of yes counts (0.2%: too thin to see at this height). */
const TAIL = 2e-3;

/** Smallest and largest k whose cumulative probability leaves at most TAIL in each tail. */
function support(dist: readonly number[]): [number, number] {
  let lo = 0;
  for (let c = 0; lo < dist.length - 1 && c + dist[lo]! <= TAIL; lo++) c += dist[lo]!;
  let hi = dist.length - 1;
  for (let c = 0; hi > 0 && c + dist[hi]! <= TAIL; hi--) c += dist[hi]!;
  return [lo, Math.max(lo, hi)];
}

/** Plot width, px; the subtitle is wrapped to it. */
const WIDTH = 620;

/** Options of {@link scenarioChart}. */
export interface ScenarioChartOptions extends ChartOptions {
  /** Name of the scenario in the legend, e.g. "With the US outreach". Default "Scenario". */
  scenarioName?: string;
  /** Name of the baseline in the legend. Default "Baseline". */
  baselineName?: string;
  /** The scenario's full title (e.g. a scenario file's `title`), given as a subtitle line "Scenario: ..." (wrapped). Default: none. */
  scenarioTitle?: string;
}

/** Longest legend entry (a series' name with its mean) shown whole, px at the legend's 12 px: the plot's width. */
export const SCENARIO_NAME_LIMIT = 600;

/**
 * Baseline against scenario (e.g. after lobbying): the probability of each
 * possible yes count under both (from `yesDistribution`): the baseline as a
 * grey filled step outline, the scenario as a blue step line over it (no
 * translucent fills, so an overlap makes no third colour); each expected
 * count (`forecast.expected.yes`, the number tables and the CLI show) is
 * marked by a dashed line and given in the legend beside the series' short
 * name (at most {@link SCENARIO_NAME_LIMIT} px; a long title goes in
 * `scenarioTitle`, wrapped in the subtitle). The
 * plotted range covers the counts with any visible probability (tails under
 * 0.2% left off). The adoption rule is stated with both chances of
 * adoption; no "needed" count is drawn (it moves with turnout from draw to
 * draw). Inputs are not modified.
 *
 * @example
 * await exportChart(scenarioChart(baseline, lobbied, { scenarioName: "With the US outreach" }), "out/scenario.png");
 */
export function scenarioChart(baseline: Forecast, scenario: Forecast, options: ScenarioChartOptions = {}): TopLevelSpec {
  checkForecast(baseline, "baseline");
  checkForecast(scenario, "scenario");
  const names = [options.baselineName ?? "Baseline", options.scenarioName ?? "Scenario"];
  names.forEach((n, i) => {
    const key = i === 0 ? "baselineName" : "scenarioName";
    if (typeof n !== "string" || n.trim().length === 0) throw new PlenaryError(`invalid options.${key}; expected a non-empty string, got ${JSON.stringify(n)}`);
    if (measureText(`${n} · mean 000.0 yes`, 12) > SCENARIO_NAME_LIMIT) {
      throw new PlenaryError(`invalid options.${key}; too long for the legend (put a long title in options.scenarioTitle), got ${JSON.stringify(n)}`);
    }
  });
  if (options.scenarioTitle !== undefined && typeof options.scenarioTitle !== "string") {
    throw new PlenaryError(`invalid options.scenarioTitle; expected a string, got ${JSON.stringify(options.scenarioTitle)}`);
  }
  if (names[0] === names[1]) throw new PlenaryError(`invalid options.scenarioName; must differ from the baseline's name, got ${JSON.stringify(names[1])}`);
  const series = [
    { name: names[0]!, f: baseline, color: palette.baseline },
    { name: names[1]!, f: scenario, color: palette.scenario },
  ].map((s) => {
    // the expected count: the same number (and rounding) as the forecast's tables and the CLI
    // (toFixed(1), as the tables of tableBundle and the CLI round it)
    const text = s.f.expected.yes.toFixed(1);
    return { ...s, mean: Number(text), label: `${s.name} · mean ${text} yes` };
  });
  const ranges = series.map((s) => support(s.f.yesDistribution));
  const lo = Math.max(0, Math.min(...ranges.map((r) => r[0])) - 2);
  const hi = Math.min(Math.max(baseline.members, scenario.members), Math.max(...ranges.map((r) => r[1])) + 2);
  const bars = series.flatMap((s) =>
    s.f.yesDistribution.flatMap((p, k) => (k >= lo && k <= hi ? [{ series: s.label, yes: k, p: roundTo(p, 5) }] : [])),
  );
  const meanRows = series.map((s) => ({ series: s.label, mean: s.mean }));
  const color = {
    field: "series",
    type: "nominal" as const,
    title: null,
    scale: { domain: series.map((s) => s.label), range: series.map((s) => s.color) },
    // side by side when both entries fit the plot's width, else one above the other (the chart never grows wider)
    legend: {
      orient: "top" as const,
      direction: (series.reduce((w, s) => w + measureText(s.label, 12) + 40, 0) <= WIDTH ? "horizontal" : "vertical") as "horizontal" | "vertical",
      symbolType: "stroke",
      symbolStrokeWidth: 3,
      labelFontSize: 12,
      labelLimit: SCENARIO_NAME_LIMIT + 10,
    },
  };
  const x = {
    field: "yes",
    type: "quantitative" as const,
    title: "Number of yes votes",
    scale: { domain: [lo - 0.5, hi + 0.5], nice: false, zero: false },
    axis: { format: "d", tickMinStep: 1 },
  };
  const subtitle = [
    ...(options.scenarioTitle ? [`Scenario: ${options.scenarioTitle}`] : []),
    baseline.title === scenario.title ? baseline.title : `${baseline.title} / ${scenario.title}`,
    `Forecast as of ${formatDate(scenario.asOf)} · ${describeRule(scenario.rule)}`,
    `Chance of adoption: ${names[0]} ${formatPercent(baseline.pAdopted)} · ${names[1]} ${formatPercent(scenario.pAdopted)} · dashed lines: means`,
  ];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle({ title: "How the scenario shifts the yes count", subtitle }, options, WIDTH),
    width: WIDTH,
    height: 260,
    config: chartConfig(),
    layer: [
      {
        // the baseline's area, opaque and light: the scenario is a line over it, so no blended colour appears
        data: { values: bars.filter((b) => b.series === series[0]!.label) },
        mark: { type: "area", interpolate: "step", color: palette.baselineFill },
        encoding: {
          x,
          y: { field: "p", type: "quantitative", title: "Probability", axis: { format: ".0%" }, stack: null },
        },
      },
      {
        data: { values: bars },
        mark: { type: "line", interpolate: "step", strokeWidth: 2 },
        encoding: {
          x,
          y: { field: "p", type: "quantitative" },
          color,
          tooltip: [
            { field: "series", type: "nominal", title: "Series" },
            { field: "yes", type: "quantitative", title: "Yes votes" },
            { field: "p", type: "quantitative", title: "Probability", format: ".1%" },
          ],
        },
      },
      {
        data: { values: meanRows },
        mark: { type: "rule", strokeWidth: 1.5, strokeDash: [4, 3] },
        encoding: {
          x: { field: "mean", type: "quantitative" },
          color,
          tooltip: [
            { field: "series", type: "nominal", title: "Series" },
            { field: "mean", type: "quantitative", title: "Mean yes votes", format: ".1f" },
          ],
        },
      },
    ],
  };
}
