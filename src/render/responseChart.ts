import type { TopLevelSpec } from "vega-lite";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { formatPercent } from "./formatPercent.ts";
import { labelInk, palette } from "./palette.ts";
import { roundTo } from "./roundTo.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

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
  /**
   * @deprecated Ignored: a fixed count of yes votes needed cannot be drawn
   * across strengths, since lobbying changes how many vote yes or no and so
   * the count needed (the chance of adoption accounts for it). Kept so old
   * callers still compile.
   */
  threshold?: number;
  /** The actual number of yes votes, drawn as a labelled line on the expected-yes panel. Default: none; range [0, 1000]. */
  actualYes?: number;
  /** The strength at which the expected yes count matches the actual one (e.g. `ScenarioResult.impliedStrength.strength`), drawn as a labelled vertical line. Default: none; any finite number. */
  impliedStrength?: number;
  /** Title of the strength axis. Default "Lobbying strength (shift on the latent scale)". */
  strengthTitle?: string;
}

const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** The chance of adoption is flat when it stays on one side of the rounding rule (<1% or >99%) at every strength. */
const flatChance = (ps: readonly number[]): string | undefined => {
  const shown = new Set(ps.map(formatPercent));
  return shown.size === 1 && (shown.has(">99%") || shown.has("<1%")) ? [...shown][0] : undefined;
};

/** Smallest span of the yes axis, in votes (about a sixth of the membership). */
export const MIN_YES_SPAN = 30;

/**
 * How the outcome responds to lobbying strength: the expected number of yes
 * votes (with its 80% band when given) by strength, and below it, sharing
 * the strength axis, the chance of adoption. When the chance does not move
 * (above 99% or below 1% at every strength) its panel is left out and the
 * subtitle says so. The actual yes count and the strength that reproduces
 * it are marked when given. Points are sorted by strength; the input is not
 * modified.
 *
 * @example
 * const points = result.curve; // the flagship scenario's response curve (runScenario)
 * await exportChart(responseChart(points, { actualYes: 143, impliedStrength: result.impliedStrength.strength }), "out/response.svg");
 */
export function responseChart(points: readonly ResponsePoint[], options: ResponseChartOptions = {}): TopLevelSpec {
  if (!Array.isArray(points) || points.length === 0) {
    throw new PlenaryError(`invalid points; expected a non-empty array of response points, got ${JSON.stringify(points)}`);
  }
  points.forEach((p, i) => {
    for (const k of ["strength", "expectedYes", "pAdopted"] as const) {
      if (!isNum(p?.[k])) throw new PlenaryError(`invalid points[${i}].${k}; expected a finite number, got ${JSON.stringify(p?.[k])}`);
    }
    if (!(-1e-9 <= p.pAdopted && p.pAdopted <= 1 + 1e-9)) {
      throw new PlenaryError(`invalid points[${i}].pAdopted; expected a probability in [0, 1], got ${p.pAdopted}`);
    }
    for (const k of ["yesLo80", "yesHi80"] as const) {
      if (p[k] !== undefined && !isNum(p[k])) throw new PlenaryError(`invalid points[${i}].${k}; expected a finite number, got ${JSON.stringify(p[k])}`);
    }
  });
  const { actualYes, impliedStrength } = options;
  if (options.threshold !== undefined && !isNum(options.threshold)) {
    throw new PlenaryError(`invalid options.threshold; expected a finite number, got ${JSON.stringify(options.threshold)}`);
  }
  if (actualYes !== undefined && !(isNum(actualYes) && 0 <= actualYes && actualYes <= 1000)) {
    throw new PlenaryError(`invalid options.actualYes; expected a count in [0, 1000], got ${JSON.stringify(actualYes)}`);
  }
  if (impliedStrength !== undefined && !isNum(impliedStrength)) {
    throw new PlenaryError(`invalid options.impliedStrength; expected a finite number, got ${JSON.stringify(impliedStrength)}`);
  }
  const rows = [...points]
    .sort((a, b) => a.strength - b.strength)
    .map((p) => ({
      strength: roundTo(p.strength, 4),
      expectedYes: roundTo(p.expectedYes, 2),
      pAdopted: roundTo(p.pAdopted, 4),
      chance: formatPercent(p.pAdopted),
      ...(isNum(p.yesLo80) && isNum(p.yesHi80) ? { yesLo80: roundTo(p.yesLo80, 2), yesHi80: roundTo(p.yesHi80, 2) } : {}),
    }));
  const hasBand = rows.some((r) => "yesLo80" in r);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  // room of 3% of the range at each end, so the end points are drawn whole (marks are clipped to the domain)
  const xPad = (last.strength - first.strength || 1) * 0.03;
  const x = {
    field: "strength",
    type: "quantitative" as const,
    title: options.strengthTitle ?? "Lobbying strength (shift on the latent scale)",
    scale: { domain: [roundTo(first.strength - xPad, 4), roundTo(last.strength + xPad, 4)], nice: false },
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
    { field: "chance", type: "nominal" as const, title: "Chance of adoption" },
  ];
  const yValues = rows.flatMap((r) => [r.expectedYes, ...("yesLo80" in r ? [r.yesLo80!, r.yesHi80!] : [])]).concat(actualYes ?? []);
  // at least MIN_YES_SPAN votes tall, on multiples of 5, so a rise of a few votes does not look steep
  const yMin = Math.min(...yValues);
  const yMax = Math.max(...yValues);
  const grow = Math.max(0, MIN_YES_SPAN - (yMax - yMin)) / 2;
  const yDomain = [Math.max(0, Math.floor((yMin - grow - 1) / 5) * 5), Math.ceil((yMax + grow + 1) / 5) * 5];
  const strengthSpan = last.strength - first.strength || 1;
  const implied = impliedStrength !== undefined && first.strength <= impliedStrength && impliedStrength <= last.strength ? impliedStrength : undefined;
  // labels go on the side of their line with more room
  const impliedLabelLeft = implied !== undefined && implied - first.strength > 0.6 * strengthSpan;
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
          y: { field: "expectedYes", type: "quantitative" as const, title: "Yes votes", scale: { domain: yDomain, nice: false, zero: false } },
          tooltip,
        },
      },
      ...(actualYes !== undefined
        ? [
            {
              data: { values: [{ actual: actualYes, label: `actual result: ${actualYes} yes` }] },
              layer: [
                { mark: { type: "rule" as const, color: palette.ink, strokeDash: [4, 3] }, encoding: { y: { field: "actual", type: "quantitative" as const } } },
                {
                  mark: { type: "text" as const, align: "left" as const, baseline: "bottom" as const, dx: 4, dy: -3, color: palette.ink, fontSize: 11 },
                  encoding: { x: { datum: first.strength }, y: { field: "actual", type: "quantitative" as const }, text: { field: "label" } },
                },
              ],
            },
          ]
        : []),
      ...(implied !== undefined
        ? [
            {
              data: { values: [{ implied: roundTo(implied, 3), label: `implied strength ${implied.toFixed(2)}` }] },
              layer: [
                { mark: { type: "rule" as const, color: palette.scenario, strokeWidth: 1.5 }, encoding: { x: { field: "implied", type: "quantitative" as const } } },
                {
                  mark: {
                    type: "text" as const,
                    align: (impliedLabelLeft ? "right" : "left") as "left" | "right",
                    baseline: "bottom" as const,
                    dx: impliedLabelLeft ? -4 : 4,
                    color: labelInk(palette.scenario),
                    fontSize: 11,
                  },
                  encoding: { x: { field: "implied", type: "quantitative" as const }, y: { datum: yDomain[0]! }, text: { field: "label" } },
                },
              ],
            },
          ]
        : []),
    ],
  };
  const flat = flatChance(rows.map((r) => r.pAdopted));
  const adoptPanel = {
    title: { text: "Chance of adoption", fontSize: 12, anchor: "start" as const },
    width: 560,
    height: 120,
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
          y: { field: "pAdopted", type: "quantitative" as const, title: "Probability", scale: { domain: [0, 1] }, axis: { format: ".0%", values: [0, 0.5, 1] } },
          tooltip,
        },
      },
    ],
  };
  const yesPart = `From ${Math.round(first.expectedYes)} to ${Math.round(last.expectedYes)} expected yes votes`;
  const chancePart = flat ? `chance of adoption ${flat} at every strength` : `chance of adoption from ${first.chance} to ${last.chance}`;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle({ title: "How the outcome responds to lobbying", subtitle: `${yesPart}; ${chancePart}` }, options),
    config: chartConfig(),
    ...(flat ? { vconcat: [yesPanel] } : { vconcat: [yesPanel, adoptPanel], spacing: 24 }),
  };
}
