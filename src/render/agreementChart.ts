import type { TopLevelSpec } from "vega-lite";
import type { AgreementPoint } from "../data/agreementOverTime.ts";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { palette } from "./palette.ts";
import { sessionAxis, sessionYear } from "./sessionAxis.ts";
import { roundTo } from "./roundTo.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** One line of {@link agreementChart}: a pair of states and its agreement by session. */
export interface AgreementSeries {
  /** Legend label, e.g. "United States - India". Must be unique within a chart. */
  label: string;
  /** Agreement by session, as returned by `agreementOverTime`. May be empty (the pair never voted together). */
  points: readonly AgreementPoint[];
}

/** Most lines one chart shows (also the number of distinct colors). */
const MAX_SERIES = 10;

const show = (x: unknown): string => JSON.stringify(x) ?? String(x);

/**
 * How often pairs of states voted alike, session by session: one line per
 * pair, the share of common votes on which they agreed (0-100%), with the
 * number of roll calls behind each point in the tooltip. Feed it the output
 * of `agreementOverTime`. Data are inlined; the input is not modified.
 *
 * @example
 * const a = loadAssembly();
 * const spec = agreementChart([
 *   { label: "USA - India", points: agreementOverTime(a, "USA", "IND", { from: "1991-01-01" }) },
 *   { label: "China - Russia", points: agreementOverTime(a, "CHN", "RUS", { from: "1991-01-01" }) },
 * ]);
 */
export function agreementChart(series: readonly AgreementSeries[], options: ChartOptions = {}): TopLevelSpec {
  if (!Array.isArray(series) || series.length === 0) {
    throw new PlenaryError(`invalid series; expected a non-empty array of { label, points }, got ${show(series)?.slice(0, 80)}`);
  }
  if (series.length > MAX_SERIES) throw new PlenaryError(`invalid series; at most ${MAX_SERIES} lines fit on one chart, got ${series.length}`);
  const labels: string[] = [];
  const rows: { pair: string; session: number; year: number; agreement: number; n: number }[] = [];
  series.forEach((s, i) => {
    if (s === null || typeof s !== "object" || typeof s.label !== "string" || s.label === "") {
      throw new PlenaryError(`invalid series[${i}].label; expected a non-empty string, got ${show(s?.label)}`);
    }
    if (labels.includes(s.label)) throw new PlenaryError(`invalid series[${i}].label; duplicate label ${show(s.label)}`);
    labels.push(s.label);
    const points: readonly AgreementPoint[] = s.points;
    if (!Array.isArray(points)) throw new PlenaryError(`invalid series[${i}].points; expected an array, got ${show(points)?.slice(0, 80)}`);
    points.forEach((p: AgreementPoint, j: number) => {
      if (!(Number.isFinite(p?.period) && 0 <= p.agreement && p.agreement <= 1 && Number.isInteger(p.n) && p.n > 0)) {
        throw new PlenaryError(`invalid series[${i}].points[${j}]; expected { period, agreement in [0, 1], n > 0 }, got ${show(p)}`);
      }
      rows.push({ pair: s.label, session: p.period, year: sessionYear(p.period), agreement: roundTo(p.agreement, 4), n: p.n });
    });
  });
  if (rows.length === 0) throw new PlenaryError(`invalid series; no points in any series (${labels.map(show).join(", ")})`);
  const x = sessionAxis("session");
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(
      {
        title: "How often they voted alike",
        subtitle: "Share of the recorded votes both cast (yes, abstain or no) on which they voted the same way, by General Assembly session",
      },
      options,
    ),
    width: 600,
    height: 300,
    config: chartConfig(),
    data: { values: rows },
    mark: { type: "line", strokeWidth: 2, point: { filled: true, size: 16 } },
    encoding: {
      x,
      y: { field: "agreement", type: "quantitative", title: "Agreement", scale: { domain: [0, 1] }, axis: { format: ".0%" } },
      color: {
        field: "pair",
        type: "nominal",
        title: null,
        scale: { domain: labels, range: palette.categorical.slice(0, labels.length) },
        legend: { orient: "bottom", direction: "horizontal" },
      },
      tooltip: [
        { field: "pair", type: "nominal", title: "Pair" },
        { field: "session", type: "quantitative", title: "Session" },
        { field: "year", type: "quantitative", title: "Opened in", format: "d" },
        { field: "agreement", type: "quantitative", title: "Agreement", format: ".0%" },
        { field: "n", type: "quantitative", title: "Votes compared" },
      ],
    },
  };
}
