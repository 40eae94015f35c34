import type { TopLevelSpec } from "vega-lite";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { formatPercent } from "./formatPercent.ts";
import { palette } from "./palette.ts";
import { roundTo } from "./roundTo.ts";

/** One point of a lobbying response curve (one strength of the intervention). */
export interface ResponsePoint {
  /** Lobbying strength: the shift on the latent scale (0 = no lobbying); any finite number. */
  strength: number;
  /** Expected number of yes votes at this strength; range [0, members]. */
  expectedYes: number;
  /** Probability the resolution is adopted at this strength; range [0, 1]. */
  pAdopted: number;
  /** Lower end of the 80% interval of the yes count (optional; drawn as a band with `yesHi80`). */
  yesLo80?: number;
  /** Upper end of the 80% interval of the yes count (optional). */
  yesHi80?: number;
}

/** Options of {@link responseChart}. */
export interface ResponseChartOptions extends ChartOptions {
  /** Yes votes needed to adopt, drawn as a line on the expected-yes panel. Default: none. */
  threshold?: number;
  /** Title of the strength axis. Default "Lobbying strength (shift on the latent scale)". */
  strengthTitle?: string;
}

const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/**
 * How the outcome responds to lobbying strength: two stacked panels sharing
 * the strength axis, the expected number of yes votes (with its 80% band when
 * given, and the adoption threshold when `options.threshold` is set) above,
 * the chance of adoption below. Points are sorted by strength; the input is
 * not modified.
 *
 * @example
 * const points = strengths.map((s) => ({ strength: s, expectedYes: ..., pAdopted: ... }));
 * await exportChart(responseChart(points, { threshold: 97 }), "out/response.svg");
 */
export function responseChart(points: readonly ResponsePoint[], options: ResponseChartOptions = {}): TopLevelSpec {
  if (!Array.isArray(points) || points.length === 0) {
    throw new Error(`invalid points; expected a non-empty array of response points, got ${JSON.stringify(points)}`);
  }
  points.forEach((p, i) => {
    for (const k of ["strength", "expectedYes", "pAdopted"] as const) {
      if (!isNum(p?.[k])) throw new Error(`invalid points[${i}].${k}; expected a finite number, got ${JSON.stringify(p?.[k])}`);
    }
    if (!(-1e-9 <= p.pAdopted && p.pAdopted <= 1 + 1e-9)) {
      throw new Error(`invalid points[${i}].pAdopted; expected a probability in [0, 1], got ${p.pAdopted}`);
    }
    for (const k of ["yesLo80", "yesHi80"] as const) {
      if (p[k] !== undefined && !isNum(p[k])) throw new Error(`invalid points[${i}].${k}; expected a finite number, got ${JSON.stringify(p[k])}`);
    }
  });
  const { threshold } = options;
  if (threshold !== undefined && !isNum(threshold)) {
    throw new Error(`invalid options.threshold; expected a finite number, got ${JSON.stringify(threshold)}`);
  }
  const rows = [...points]
    .sort((a, b) => a.strength - b.strength)
    .map((p) => ({
      strength: roundTo(p.strength, 4),
      expectedYes: roundTo(p.expectedYes, 2),
      pAdopted: roundTo(p.pAdopted, 4),
      ...(isNum(p.yesLo80) && isNum(p.yesHi80) ? { yesLo80: roundTo(p.yesLo80, 2), yesHi80: roundTo(p.yesHi80, 2) } : {}),
    }));
  const hasBand = rows.some((r) => "yesLo80" in r);
  const x = {
    field: "strength",
    type: "quantitative" as const,
    title: options.strengthTitle ?? "Lobbying strength (shift on the latent scale)",
    scale: { domain: [rows[0]!.strength, rows[rows.length - 1]!.strength], nice: false },
  };
  const tooltip = [
    { field: "strength", type: "quantitative" as const, title: "Strength", format: ".2f" },
    { field: "expectedYes", type: "quantitative" as const, title: "Expected yes", format: ".1f" },
    ...(hasBand
      ? [
          { field: "yesLo80", type: "quantitative" as const, title: "Yes, 80% low", format: ".0f" },
          { field: "yesHi80", type: "quantitative" as const, title: "Yes, 80% high", format: ".0f" },
        ]
      : []),
    { field: "pAdopted", type: "quantitative" as const, title: "Chance of adoption", format: ".0%" },
  ];
  const last = rows[rows.length - 1]!;
  const yesPanel = {
    title: { text: "Expected yes votes" + (hasBand ? " (band: 80% range)" : ""), fontSize: 12, anchor: "start" as const },
    width: 560,
    height: 220,
    data: { values: rows },
    layer: [
      ...(hasBand
        ? [
            {
              mark: { type: "area" as const, color: palette.outcome.yes, opacity: 0.18 },
              encoding: { x, y: { field: "yesLo80", type: "quantitative" as const }, y2: { field: "yesHi80" } },
            },
          ]
        : []),
      {
        mark: { type: "line" as const, color: palette.outcome.yes, strokeWidth: 2, point: { filled: true, size: 28, color: palette.outcome.yes } },
        encoding: {
          x,
          y: { field: "expectedYes", type: "quantitative" as const, title: "Yes votes", scale: { zero: false } },
          tooltip,
        },
      },
      ...(threshold !== undefined
        ? [
            {
              data: { values: [{ threshold, label: `${threshold} needed to adopt` }] },
              layer: [
                { mark: { type: "rule" as const, color: palette.ink, strokeDash: [4, 3] }, encoding: { y: { field: "threshold", type: "quantitative" as const } } },
                {
                  mark: { type: "text" as const, align: "left" as const, baseline: "bottom" as const, dx: 2, dy: -3, color: palette.ink },
                  encoding: { x: { datum: rows[0]!.strength }, y: { field: "threshold", type: "quantitative" as const }, text: { field: "label" } },
                },
              ],
            },
          ]
        : []),
    ],
  };
  const adoptPanel = {
    title: { text: "Chance of adoption", fontSize: 12, anchor: "start" as const },
    width: 560,
    height: 140,
    data: { values: rows },
    layer: [
      {
        data: { values: [{ p: 0.5 }] },
        mark: { type: "rule" as const, color: "#9A9A9A", strokeDash: [2, 3] },
        encoding: { y: { field: "p", type: "quantitative" as const } },
      },
      {
        mark: { type: "line" as const, color: palette.scenario, strokeWidth: 2, point: { filled: true, size: 28, color: palette.scenario } },
        encoding: {
          x,
          y: { field: "pAdopted", type: "quantitative" as const, title: "Probability", scale: { domain: [0, 1] }, axis: { format: ".0%", values: [0, 0.25, 0.5, 0.75, 1] } },
          tooltip,
        },
      },
    ],
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(
      {
        title: "How the outcome responds to lobbying",
        subtitle: `From ${Math.round(rows[0]!.expectedYes)} to ${Math.round(last.expectedYes)} expected yes votes; chance of adoption from ${formatPercent(rows[0]!.pAdopted)} to ${formatPercent(last.pAdopted)}`,
      },
      options,
    ),
    config: chartConfig(),
    vconcat: [yesPanel, adoptPanel],
    spacing: 24,
  };
}
