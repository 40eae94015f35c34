import type { Config } from "vega-lite";
import { palette } from "./palette.ts";

/**
 * Font stack: Arimo, shipped with the project and the only font PNG export
 * loads (see chartFonts.ts), then its metric-compatible twins (same advance
 * widths, so the layout holds) for SVG and HTML viewed elsewhere.
 */
export const CHART_FONT = "Arimo, Liberation Sans, Arial, Helvetica, sans-serif";

/**
 * The widest any chart of the project is drawn, in px (SVG units, padding
 * included): a Jupyter output area is about 960 px wide, so every chart fits
 * a notebook without a scroll bar or hidden panels.
 */
export const MAX_CHART_WIDTH = 960;

/**
 * The Vega-Lite config shared by every chart: a clean data-desk look (left
 * aligned bold title with a grey subtitle, light grid, no frame, readable
 * 11-12 px text). Returns a fresh object on each call.
 *
 * @example
 * const spec = { ...outcomeChart(forecast), config: { ...chartConfig(), background: "#fafafa" } };
 */
export function chartConfig(): Config {
  return {
    background: "white",
    padding: 16,
    font: CHART_FONT,
    view: { stroke: null },
    title: {
      anchor: "start",
      frame: "group",
      fontSize: 17,
      fontWeight: "bold",
      color: palette.ink,
      subtitleFontSize: 12,
      subtitleColor: palette.muted,
      subtitlePadding: 6,
      offset: 14,
    },
    axis: {
      labelFontSize: 11,
      labelColor: palette.ink,
      titleFontSize: 11,
      titleFontWeight: "normal",
      titleColor: palette.muted,
      domainColor: "#9A9A9A",
      tickColor: "#9A9A9A",
      gridColor: palette.grid,
    },
    legend: {
      labelFontSize: 11,
      titleFontSize: 11,
      titleFontWeight: "normal",
      titleColor: palette.muted,
      labelColor: palette.ink,
    },
    header: {
      labelFontSize: 12,
      labelFontWeight: "bold",
      labelColor: palette.ink,
      titleFontSize: 12,
    },
    concat: { spacing: 24 },
    text: { font: CHART_FONT, fontSize: 11, color: palette.ink },
  };
}
