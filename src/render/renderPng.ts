import { Resvg } from "@resvg/resvg-js";
import type { TopLevelSpec } from "vega-lite";
import { CHART_FONT_FAMILY, chartFontFiles } from "./chartFonts.ts";
import { renderSvg, type RenderSvgOptions } from "./renderSvg.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { CHART_BUDGET } from "./checkChartBudget.ts";

/** Options of {@link renderPng}. */
export interface RenderPngOptions extends RenderSvgOptions {
  /** Pixel density: 1 gives one pixel per SVG unit, 2 a sharper image twice as wide and tall. Default 2; range [0.1, 8]; the PNG has at most 50 million pixels. */
  scale?: number;
}

/**
 * Renders a Vega-Lite spec to PNG bytes: {@link renderSvg}, then rasterize
 * with resvg (Rust, no browser). Text is drawn with the font shipped with
 * the project (Arimo, {@link chartFontFiles}), the same font whose widths
 * laid the chart out; no system font is loaded, so the PNG is the same on
 * every machine, with or without fonts installed.
 *
 * @example
 * const png = await renderPng(outcomeChart(forecast), { scale: 1 });
 */
export async function renderPng(spec: TopLevelSpec, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (!(typeof scale === "number" && 0.1 <= scale && scale <= 8)) {
    throw new PlenaryError(`invalid options.scale; expected a number in [0.1, 8], got ${JSON.stringify(scale)}`);
  }
  const svg = await renderSvg(spec, { ...options, textAsPaths: false }); // resvg sets the text with the same font
  // the raster's pixels within the budget before resvg allocates them
  const size = /^<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  const pixels = size ? Number(size[1]) * Number(size[2]) * scale * scale : 0;
  if (!(pixels <= CHART_BUDGET.pixels)) {
    throw new PlenaryError(`invalid spec; a PNG of more than ${CHART_BUDGET.pixels.toLocaleString("en-US")} pixels (${size![1]} x ${size![2]} at scale ${scale}: ${Math.round(pixels).toLocaleString("en-US")}); lower the scale or the size`, { code: "limit" });
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: chartFontFiles(),
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
      monospaceFamily: CHART_FONT_FAMILY,
    },
    background: "white",
    logLevel: "off",
  });
  return new Uint8Array(resvg.render().asPng());
}
