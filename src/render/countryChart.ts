import type { TopLevelSpec } from "vega-lite";
import type { CountryForecast, Forecast } from "../forecast/types.ts";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { checkForecast } from "./checkForecast.ts";
import { forecastSubtitle } from "./forecastSubtitle.ts";
import { percentExpression } from "./formatPercent.ts";
import { palette } from "./palette.ts";
import { compareGroups, NO_GROUP_LABEL } from "./regionalGroups.ts";
import { measureText } from "./measureText.ts";
import { roundTo } from "./roundTo.ts";
import { shortStateName } from "./shortStateName.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Options of {@link countryChart}. */
export interface CountryChartOptions extends ChartOptions {
  /** Number of columns the regional-group panels are packed into. Default 4; range [1, 10]. */
  columns?: number;
}

const KEYS = ["pYes", "pAbstain", "pNo", "pAbsent"] as const;

/** Font size of the state names. */
const NAME_FONT = 10;
/** Width a state's name may take before its short form is used, px. */
const NAME_WIDTH = 112;
/** Width of each panel's bars, px. */
const BAR_WIDTH = 96;
/** Space between the columns of panels, px. */
const COLUMN_GAP = 20;

/**
 * Every state's four probabilities (yes, abstain, no, absent) as stacked
 * horizontal bars, one panel per UN regional group, states sorted by their
 * chance of voting yes; panels are packed into a few columns so the ~193
 * states fit on one screen (four columns fit a 960 px notebook output
 * area). Long UN names are shortened for the label ({@link shortStateName};
 * the tooltip keeps the full name) and labels are sized to the longest
 * name, so none is cut. Data are inlined; the forecast is not modified.
 *
 * @example
 * await exportChart(countryChart(forecast), "out/countries.png");
 */
export function countryChart(forecast: Forecast, options: CountryChartOptions = {}): TopLevelSpec {
  checkForecast(forecast);
  const columns = options.columns ?? 4;
  if (!(Number.isInteger(columns) && 1 <= columns && columns <= 10)) {
    throw new PlenaryError(`invalid options.columns; expected an integer in [1, 10], got ${JSON.stringify(columns)}`);
  }
  if (forecast.countries.length === 0) throw new PlenaryError("invalid forecast.countries; expected at least one state, got []");
  const sorted = [...forecast.countries].sort(
    (a, b) => b.pYes - a.pYes || b.pAbstain - a.pAbstain || a.name.localeCompare(b.name, "en"),
  );
  const byGroup = new Map<string, CountryForecast[]>();
  for (const c of sorted) {
    const g = c.group || NO_GROUP_LABEL;
    byGroup.set(g, [...(byGroup.get(g) ?? []), c]);
  }
  const groups = [...byGroup.keys()].sort(compareGroups);
  const labels = palette.outcomes.map((o) => palette.outcomeLabel[o]);
  const panel = (group: string) => {
    const rows = byGroup.get(group)!.map((c, rank) => ({
      name: c.name,
      label: shortStateName(c.iso3, c.name, NAME_WIDTH, NAME_FONT),
      iso3: c.iso3,
      rank,
      pYes: roundTo(c.pYes, 3),
      pAbstain: roundTo(c.pAbstain, 3),
      pNo: roundTo(c.pNo, 3),
      pAbsent: roundTo(c.pAbsent, 3),
    }));
    const labelWidth = Math.ceil(Math.max(...rows.map((r) => measureText(r.label, NAME_FONT)))) + 2;
    return {
      // the header spans the names and the bars ("bounds"), so a long group name stays inside its panel
      title: { text: `${group} (${rows.length})`, fontSize: 12, anchor: "start" as const, frame: "bounds" as const, offset: 6 },
      width: BAR_WIDTH,
      height: { step: 12 },
      data: { values: rows },
      transform: [
        { fold: [...KEYS], as: ["key", "p"] as [string, string] },
        { calculate: `indexof(${JSON.stringify(KEYS)}, datum.key)`, as: "order" },
        { calculate: `${JSON.stringify(labels)}[datum.order]`, as: "outcome" },
        // tooltip percentages by the project's one rounding rule (formatPercent)
        ...(["pYes", "pAbstain", "pNo", "pAbsent"] as const).map((f) => ({ calculate: percentExpression(f), as: `${f}Text` })),
      ],
      mark: { type: "bar" as const, height: { band: 0.8 } },
      encoding: {
        y: {
          field: "label",
          type: "nominal" as const,
          sort: { field: "rank", op: "min" as const, order: "ascending" as const },
          title: null,
          axis: { labelFontSize: NAME_FONT, labelLimit: labelWidth, ticks: false, domain: false, labelPadding: 4 },
        },
        x: {
          field: "p",
          type: "quantitative" as const,
          stack: "zero" as const,
          scale: { domain: [0, 1], nice: false },
          title: null,
          axis: { values: [0, 0.5, 1], format: ".0%", labelFontSize: 10, grid: false, labelFlush: true },
        },
        color: {
          field: "outcome",
          type: "nominal" as const,
          title: null,
          scale: { domain: labels, range: palette.outcomes.map((o) => palette.outcome[o]) },
          legend: { orient: "top" as const, direction: "horizontal" as const, symbolType: "square", labelFontSize: 12 },
        },
        order: { field: "order", type: "quantitative" as const },
        tooltip: [
          { field: "name", type: "nominal" as const, title: "State" },
          { field: "pYesText", type: "nominal" as const, title: "Yes" },
          { field: "pAbstainText", type: "nominal" as const, title: "Abstain" },
          { field: "pNoText", type: "nominal" as const, title: "No" },
          { field: "pAbsentText", type: "nominal" as const, title: "Absent" },
        ],
      },
    };
  };
  const packed = packColumns(groups.map((g) => [g, byGroup.get(g)!.length] as const), columns);
  const width = packed.length * (NAME_WIDTH + 4 + BAR_WIDTH) + (packed.length - 1) * COLUMN_GAP;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      // from the chart's left edge (the names of the first panel), not from its first bars
      frame: "bounds",
      ...chartTitle(
      {
        title: "How each member state is expected to vote",
        subtitle: [forecast.title, forecastSubtitle(forecast), "Chance of each vote, by UN regional group; states sorted by their chance of voting yes"],
      },
      options,
      width,
    ),
    },
    config: chartConfig(),
    hconcat: packed.map((col) => (col.length === 1 ? panel(col[0]!) : { vconcat: col.map(panel), spacing: 18 })),
    spacing: COLUMN_GAP,
  };
}

/** Packs groups, in order, into at most `columns` columns of similar height (a column may exceed the even share by 10%). */
function packColumns(groups: readonly (readonly [string, number])[], columns: number): string[][] {
  const total = groups.reduce((s, [, n]) => s + n, 0);
  const biggest = Math.max(0, ...groups.map(([, n]) => n));
  for (let cap = Math.max(biggest, Math.ceil(total / columns)); ; cap++) {
    const out: string[][] = [];
    let height = Infinity;
    for (const [g, n] of groups) {
      if (height + n > cap * 1.1) {
        out.push([g]);
        height = n;
      } else {
        out[out.length - 1]!.push(g);
        height += n;
      }
    }
    if (out.length <= columns) return out;
  }
}
