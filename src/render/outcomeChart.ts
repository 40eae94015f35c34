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
 * expected number of states with its 80% (dark) and 95% (light) intervals,
 * and the actual result when `forecast.actual` is present (a black triangle
 * under the bar, so it hides neither the expected tick nor the label). The
 * adoption rule is stated as what it is (a share of those voting yes or no,
 * applied in each simulated vote) with the chance of adoption; no fixed
 * "needed" count is drawn, since the count needed moves with turnout from
 * one draw to the next. Data are inlined; the forecast is not modified.
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
    // the label starts right of everything drawn on its row (the 95% bar and the actual-result marker)
    const labelAt = Math.max(hi95, actual ? actual[o] : hi95);
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
      labelAt,
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
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(
      {
        title: `Expected result: ${Math.round(forecast.expected.yes)} yes, ${Math.round(forecast.expected.no)} no, ${Math.round(forecast.expected.abstain)} abstaining`,
        subtitle: [
          forecast.title,
          forecastSubtitle(forecast),
          "Bars: 80% (dark) and 95% (light) ranges · white tick: expected" + (actual ? " · black triangle: actual result" : ""),
        ],
      },
      options,
    ),
    width: 560,
    height: { step: 50 },
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
              mark: { type: "point" as const, shape: "triangle-up", filled: true, size: 70, color: palette.ink, opacity: 1, yOffset: 18 },
              encoding: { y, x: { field: "actual", type: "quantitative" as const }, tooltip },
            },
          ]
        : []),
      {
        mark: { type: "text", align: "left", dx: 8, fontSize: 11, color: palette.ink },
        encoding: { y, x: { field: "labelAt", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  };
}
