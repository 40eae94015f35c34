import type { TopLevelSpec } from "vega-lite";
import type { Forecast } from "../forecast/types.ts";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { checkForecast } from "./checkForecast.ts";
import { forecastSubtitle } from "./forecastSubtitle.ts";
import { palette } from "./palette.ts";
import { roundTo } from "./roundTo.ts";

/**
 * Forecast totals at a glance: for each outcome (yes, abstain, no, absent) the
 * expected number of states with its 80% (dark) and 95% (light) intervals, the
 * number of yes votes needed to adopt under the forecast's rule, and the
 * actual result when `forecast.actual` is present. Data are inlined; the
 * forecast is not modified.
 *
 * @example
 * await exportChart(outcomeChart(forecast), "out/outcome.svg");
 */
export function outcomeChart(forecast: Forecast, options: ChartOptions = {}): TopLevelSpec {
  checkForecast(forecast);
  const { actual } = forecast;
  const labels = palette.outcomes.map((o) => palette.outcomeLabel[o]);
  const rows = palette.outcomes.map((o) => {
    const expected = roundTo(forecast.expected[o], 1);
    const [lo80, hi80] = forecast.interval80[o];
    const [lo95, hi95] = forecast.interval95[o];
    const label = `${Math.round(expected)} expected` + (actual ? ` · actual ${actual[o]}` : "");
    return {
      outcome: palette.outcomeLabel[o],
      expected,
      lo80,
      hi80,
      lo95,
      hi95,
      range80: `${lo80}–${hi80}`,
      range95: `${lo95}–${hi95}`,
      ...(actual ? { actual: actual[o] } : {}),
      label,
    };
  });
  const y = {
    field: "outcome",
    type: "nominal" as const,
    sort: labels,
    title: null,
    axis: { labelFontSize: 12, labelFontWeight: "bold" as const, ticks: false, domain: false, labelPadding: 8 },
  };
  const color = {
    field: "outcome",
    type: "nominal" as const,
    scale: { domain: labels, range: palette.outcomes.map((o) => palette.outcome[o]) },
    legend: null,
  };
  const x = {
    type: "quantitative" as const,
    scale: { domain: [0, forecast.members], nice: false },
    axis: { title: `Member states (of ${forecast.members})`, tickCount: 8, grid: true },
  };
  const tooltip = [
    { field: "outcome", type: "nominal" as const, title: "Outcome" },
    { field: "expected", type: "quantitative" as const, title: "Expected", format: ".1f" },
    { field: "range80", type: "nominal" as const, title: "80% interval" },
    { field: "range95", type: "nominal" as const, title: "95% interval" },
    ...(actual ? [{ field: "actual", type: "quantitative" as const, title: "Actual" }] : []),
  ];
  const yesLabel = palette.outcomeLabel.yes;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(
      {
        title: `Expected result: ${Math.round(forecast.expected.yes)} yes, ${Math.round(forecast.expected.no)} no, ${Math.round(forecast.expected.abstain)} abstaining`,
        subtitle: [
          forecast.title,
          forecastSubtitle(forecast),
          "Bars: 80% (dark) and 95% (light) ranges · white tick: expected" + (actual ? " · black diamond: actual result" : ""),
        ],
      },
      options,
    ),
    width: 560,
    height: { step: 46 },
    config: chartConfig(),
    data: { values: rows },
    layer: [
      {
        mark: { type: "bar", size: 24, opacity: 0.3 },
        encoding: { y, x: { ...x, field: "lo95" }, x2: { field: "hi95" }, color, tooltip },
      },
      {
        mark: { type: "bar", size: 24 },
        encoding: { y, x: { field: "lo80", type: "quantitative" }, x2: { field: "hi80" }, color, tooltip },
      },
      {
        mark: { type: "tick", color: "white", thickness: 2, size: 24 },
        encoding: { y, x: { field: "expected", type: "quantitative" }, tooltip },
      },
      ...(actual
        ? [
            {
              mark: { type: "point" as const, shape: "diamond", filled: true, size: 110, color: palette.ink, stroke: "white", strokeWidth: 1, opacity: 1 },
              encoding: { y, x: { field: "actual", type: "quantitative" as const }, tooltip },
            },
          ]
        : []),
      {
        mark: { type: "text", align: "left", dx: 8, fontSize: 11, color: palette.ink },
        encoding: { y, x: { field: "hi95", type: "quantitative" }, text: { field: "label" } },
      },
      {
        data: { values: [{ outcome: yesLabel, threshold: forecast.threshold, label: `${forecast.threshold} needed to adopt` }] },
        layer: [
          { mark: { type: "tick", color: palette.ink, thickness: 2, size: 36, opacity: 1 }, encoding: { y, x: { field: "threshold", type: "quantitative" } } },
          {
            mark: { type: "text", align: "center", dy: -24, fontSize: 10, color: palette.ink },
            encoding: { y, x: { field: "threshold", type: "quantitative" }, text: { field: "label" } },
          },
        ],
      },
    ],
  };
}
