import type { TopLevelSpec } from "vega-lite";
import type { Forecast } from "../forecast/types.ts";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { checkForecast } from "./checkForecast.ts";
import { describeRule } from "./describeRule.ts";
import { formatDate } from "./formatDate.ts";
import { formatPercent } from "./formatPercent.ts";
import { palette } from "./palette.ts";
import { roundTo } from "./roundTo.ts";

/** Tail probability left off each side of the plotted range of yes counts. */
const TAIL = 5e-4;

/** Smallest and largest k whose cumulative probability leaves at most TAIL in each tail. */
function support(dist: readonly number[]): [number, number] {
  let lo = 0;
  for (let c = 0; lo < dist.length - 1 && c + dist[lo]! <= TAIL; lo++) c += dist[lo]!;
  let hi = dist.length - 1;
  for (let c = 0; hi > 0 && c + dist[hi]! <= TAIL; hi--) c += dist[hi]!;
  return [lo, Math.max(lo, hi)];
}

const mean = (dist: readonly number[]): number => dist.reduce((s, p, k) => s + p * k, 0) / (dist.reduce((s, p) => s + p, 0) || 1);

/**
 * Baseline against scenario (e.g. after lobbying): the probability of each
 * possible yes count under both (from `yesDistribution`), with each mean and
 * the number of yes votes needed to adopt marked. The plotted range covers
 * the counts with any real probability (tails under 0.05% left off) plus
 * the thresholds. Inputs are not modified.
 *
 * @example
 * await exportChart(scenarioChart(baseline, lobbied), "out/scenario.png");
 */
export function scenarioChart(baseline: Forecast, scenario: Forecast, options: ChartOptions = {}): TopLevelSpec {
  checkForecast(baseline, "baseline");
  checkForecast(scenario, "scenario");
  const series = [
    { name: "Baseline", f: baseline, color: palette.baseline },
    { name: "Scenario", f: scenario, color: palette.scenario },
  ];
  const ranges = series.map((s) => support(s.f.yesDistribution));
  const thresholds = [baseline.threshold, scenario.threshold];
  const lo = Math.max(0, Math.min(...ranges.map((r) => r[0]), ...thresholds) - 3);
  const hi = Math.min(Math.max(baseline.members, scenario.members), Math.max(...ranges.map((r) => r[1]), ...thresholds) + 3);
  const bars = series.flatMap((s) =>
    s.f.yesDistribution.flatMap((p, k) => (k >= lo && k <= hi ? [{ series: s.name, yes: k, p: roundTo(p, 5) }] : [])),
  );
  const peak = Math.max(...bars.map((b) => b.p));
  const means = series.map((s) => ({ series: s.name, mean: roundTo(mean(s.f.yesDistribution), 1) }));
  const scenarioRight = means[1]!.mean >= means[0]!.mean;
  const meanRows = means.map((m, i) => ({
    ...m,
    label: `${m.series} mean ${m.mean.toFixed(1)}`,
    // the label of the larger mean goes right of its line, the other left, so they do not collide
    align: ((i === 1) === scenarioRight ? "left" : "right") as "left" | "right",
  }));
  // One rule when both need the same number of yes votes; else one per series (two-thirds of those
  // present and voting moves with turnout), labels stacked so they do not overprint.
  const thresholdRows =
    baseline.threshold === scenario.threshold
      ? [{ threshold: baseline.threshold, label: `${baseline.threshold} needed to adopt`, color: palette.ink, y: 0 }]
      : series
          .map((s) => ({ threshold: s.f.threshold, label: `${s.f.threshold} needed (${s.name.toLowerCase()})`, color: s.color }))
          .sort((a, b) => a.threshold - b.threshold)
          .map((r, i) => ({ ...r, y: roundTo(i === 0 ? peak * 0.09 : 0, 5) }));
  const color = {
    field: "series",
    type: "nominal" as const,
    title: null,
    scale: { domain: series.map((s) => s.name), range: series.map((s) => s.color) },
    legend: { orient: "top" as const, direction: "horizontal" as const, symbolType: "square", labelFontSize: 12 },
  };
  const x = {
    field: "yes",
    type: "quantitative" as const,
    title: "Number of yes votes",
    scale: { domain: [lo - 0.5, hi + 0.5], nice: false, zero: false },
    axis: { format: "d", tickMinStep: 1 },
  };
  const subtitle = [
    baseline.title === scenario.title ? baseline.title : `${baseline.title} / ${scenario.title}`,
    `Forecast as of ${formatDate(scenario.asOf)} · ${describeRule(scenario.rule)} · chance of adoption: baseline ${formatPercent(baseline.pAdopted)}, scenario ${formatPercent(scenario.pAdopted)}`,
  ];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle({ title: "How the scenario shifts the yes count", subtitle }, options),
    width: 620,
    height: 260,
    config: chartConfig(),
    layer: [
      {
        data: { values: bars },
        mark: { type: "area", interpolate: "step", opacity: 0.35 },
        encoding: {
          x,
          y: { field: "p", type: "quantitative", title: "Probability", axis: { format: ".0%" }, stack: null },
          color,
        },
      },
      {
        data: { values: bars },
        mark: { type: "line", interpolate: "step", strokeWidth: 1.5 },
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
        layer: [
          { mark: { type: "rule", strokeWidth: 1.5, strokeDash: [4, 3] }, encoding: { x: { field: "mean", type: "quantitative" }, color } },
          ...meanRows.map((m) => ({
            transform: [{ filter: { field: "series", equal: m.series } }],
            mark: { type: "text" as const, baseline: "top" as const, dy: 2, fontSize: 11, align: m.align, dx: m.align === "left" ? 5 : -5 },
            encoding: {
              x: { field: "mean", type: "quantitative" as const },
              y: { datum: roundTo(peak * 1.02, 5) },
              text: { field: "label" },
              color,
            },
          })),
        ],
      },
      {
        data: { values: thresholdRows },
        layer: [
          {
            mark: { type: "rule", strokeWidth: 1.5 },
            encoding: { x: { field: "threshold", type: "quantitative" }, color: { field: "color", type: "nominal", scale: null } },
          },
          {
            mark: { type: "text", align: "left", baseline: "bottom", dx: 4, fontSize: 11 },
            encoding: {
              x: { field: "threshold", type: "quantitative" },
              y: { field: "y", type: "quantitative" },
              text: { field: "label" },
              color: { field: "color", type: "nominal", scale: null },
            },
          },
        ],
      },
    ],
  };
}
