import type { TopLevelSpec } from "vega-lite";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { palette } from "./palette.ts";
import { roundTo } from "./roundTo.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** One bin of a reliability diagram: forecasts of one outcome whose probability fell in a range. */
export interface CalibrationBin {
  /** The vote outcome the probabilities are for. */
  outcome: "yes" | "abstain" | "no";
  /** Mean forecast probability of the outcome in the bin; range [0, 1]. */
  predicted: number;
  /** Share of the bin's votes that had that outcome; range [0, 1]. */
  observed: number;
  /** Number of state votes in the bin; integer >= 0 (bins with 0 are not drawn). */
  n: number;
  /** Forecasting method, e.g. "ideal points" or "recent shares". Default "model". */
  method?: string;
}

const OUTCOMES = ["yes", "abstain", "no"] as const;
/** Up to three round numbers for the size legend, the largest not above `max`: 3820 -> [750, 1500, 3000]. */
function sizeLegendValues(max: number): number[] {
  const p = 10 ** Math.floor(Math.log10(Math.max(1, max)));
  const top = Math.max(1, Math.floor(max / p) * p);
  return [...new Set([top / 4, top / 2, top].filter((v) => Number.isInteger(v) && v >= 1))];
}

const isProb = (x: unknown): x is number => typeof x === "number" && 0 <= x && x <= 1;

/** Fewest votes a bin needs for the method's line to pass through it (smaller bins are dots only: their shares zigzag by chance, the more so as a bin's votes come from few roll calls). */
export const MIN_LINE_VOTES = 100;
/** Room around [0, 1] on both axes, so dots at 0% and 100% stay inside the frame. */
const EDGE = 0.04;

/**
 * A reliability diagram for the backtest: for each outcome (yes, abstain,
 * no) a panel plotting the observed share against the forecast probability
 * bin by bin, one line per method, point size showing the number of votes.
 * Perfectly calibrated forecasts lie on the dashed diagonal. Bins are
 * sorted, empty bins dropped; the input is not modified.
 *
 * @example
 * // the bins of a backtest: `(await backtest(assembly, { sessions: [74, 74] })).calibration`; here two by hand
 * const bins = [
 *   { outcome: "yes", predicted: 0.82, observed: 0.79, n: 2400, method: "plenary" },
 *   { outcome: "yes", predicted: 0.35, observed: 0.41, n: 310, method: "plenary" },
 * ] as const;
 * await exportChart(calibrationChart(bins), "out/calibration.png");
 */
export function calibrationChart(bins: readonly CalibrationBin[], options: ChartOptions = {}): TopLevelSpec {
  if (!Array.isArray(bins) || bins.length === 0) {
    throw new PlenaryError(`invalid bins; expected a non-empty array of calibration bins, got ${JSON.stringify(bins)}`);
  }
  bins.forEach((b, i) => {
    if (!OUTCOMES.includes(b?.outcome)) throw new PlenaryError(`invalid bins[${i}].outcome; expected "yes", "abstain" or "no", got ${JSON.stringify(b?.outcome)}`);
    if (!isProb(b.predicted)) throw new PlenaryError(`invalid bins[${i}].predicted; expected a probability in [0, 1], got ${JSON.stringify(b.predicted)}`);
    if (!isProb(b.observed)) throw new PlenaryError(`invalid bins[${i}].observed; expected a share in [0, 1], got ${JSON.stringify(b.observed)}`);
    if (!(Number.isInteger(b.n) && b.n >= 0)) throw new PlenaryError(`invalid bins[${i}].n; expected an integer >= 0, got ${JSON.stringify(b.n)}`);
    if (b.method !== undefined && typeof b.method !== "string") throw new PlenaryError(`invalid bins[${i}].method; expected a string, got ${JSON.stringify(b.method)}`);
  });
  const rows = bins
    .filter((b) => b.n > 0)
    .map((b) => ({
      outcome: b.outcome,
      method: b.method ?? "model",
      predicted: roundTo(b.predicted, 4),
      observed: roundTo(b.observed, 4),
      n: b.n,
    }))
    .sort((a, b) => a.predicted - b.predicted);
  // methods in the order given (the backtest's table order), not in the order of their first bin
  const methods = [...new Set(bins.filter((b) => b.n > 0).map((b) => b.method ?? "model"))];
  const maxN = Math.max(...rows.map((r) => r.n));
  const present = OUTCOMES.filter((o) => rows.some((r) => r.outcome === o));
  const unit = { type: "quantitative" as const, scale: { domain: [-EDGE, 1 + EDGE], nice: false }, axis: { format: ".0%", values: [0, 0.25, 0.5, 0.75, 1] } };
  const color = {
    field: "method",
    type: "nominal" as const,
    title: "Method",
    scale: { domain: methods, range: palette.series.slice(0, Math.max(1, methods.length)) },
    legend: { orient: "top" as const, direction: "horizontal" as const },
  };
  const size = {
    field: "n",
    type: "quantitative" as const,
    title: "Votes in bin",
    scale: { domain: [0, maxN], range: [16, 160] },
    legend: { orient: "top" as const, direction: "horizontal" as const, format: ",d", values: sizeLegendValues(maxN) },
  };
  const panel = (outcome: (typeof OUTCOMES)[number]) => ({
    title: { text: `${palette.outcomeLabel[outcome]} votes`, fontSize: 12, anchor: "start" as const },
    width: 210,
    height: 210,
    layer: [
      {
        data: { values: [{ v: 0 }, { v: 1 }] },
        mark: { type: "line" as const, color: "#9A9A9A", strokeDash: [4, 3], strokeWidth: 1 },
        encoding: { x: { ...unit, field: "v", title: "Forecast probability" }, y: { ...unit, field: "v", title: "Observed share" } },
      },
      {
        data: { values: rows.filter((r) => r.outcome === outcome) },
        layer: [
          {
            transform: [{ filter: `datum.n >= ${MIN_LINE_VOTES}` }],
            mark: { type: "line" as const, strokeWidth: 1.5 },
            encoding: { x: { field: "predicted", type: "quantitative" as const }, y: { field: "observed", type: "quantitative" as const }, color },
          },
          {
            mark: { type: "circle" as const, opacity: 0.8, stroke: "white", strokeWidth: 0.5 },
            encoding: {
              x: { field: "predicted", type: "quantitative" as const },
              y: { field: "observed", type: "quantitative" as const },
              color,
              size,
              tooltip: [
                { field: "method", type: "nominal" as const, title: "Method" },
                { field: "predicted", type: "quantitative" as const, title: "Forecast", format: ".1%" },
                { field: "observed", type: "quantitative" as const, title: "Observed", format: ".1%" },
                { field: "n", type: "quantitative" as const, title: "Votes", format: ",d" },
              ],
            },
          },
        ],
      },
    ],
  });
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(
      {
        title: "Do the forecast probabilities come true?",
        subtitle: [
          "Observed share of each vote against its forecast probability; on the dashed line, forecasts are perfectly calibrated",
          `Lines join bins of ${MIN_LINE_VOTES} votes or more; smaller bins are dots only`,
        ],
      },
      options,
    ),
    config: chartConfig(),
    hconcat: present.map(panel),
    spacing: 28,
  };
}
