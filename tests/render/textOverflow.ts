/**
 * A rendered check that no text is clipped: the chart's SVG with every
 * shape removed (only text left) is drawn by resvg, with the project's font
 * and no system font (as PNG export does), on a canvas enlarged by a margin
 * on every side; any inked pixel in the margin is text that runs off the
 * chart's canvas.
 */
import { Resvg } from "@resvg/resvg-js";
import { CHART_FONT_FAMILY, chartFontFiles } from "../../src/render/chartFonts.ts";

/** Margin added on each side, in SVG units. */
const MARGIN = 200;

/** Where text was drawn outside the canvas: the pixel extent of the overflow in SVG units (canvas origin), or null when none was. */
export interface TextOverflow {
  canvas: { width: number; height: number };
  /** Extent of all inked text pixels, canvas coordinates. */
  ink: { x1: number; y1: number; x2: number; y2: number } | null;
  /** True when some ink lies outside [0, width] x [0, height]. */
  clipped: boolean;
}

/** Renders only the text of a Vega SVG on an enlarged canvas and reports ink outside the original canvas. */
export function textOverflow(svg: string): TextOverflow {
  const head = svg.match(/^<svg[^>]*\swidth="(\d+(?:\.\d+)?)"\s+height="(\d+(?:\.\d+)?)"\s+viewBox="0 0 [\d.]+ [\d.]+"/);
  if (!head) throw new Error(`not a Vega SVG (no width, height and viewBox): ${svg.slice(0, 120)}`);
  const width = Number(head[1]);
  const height = Number(head[2]);
  const W = width + 2 * MARGIN;
  const H = height + 2 * MARGIN;
  const textOnly = svg
    .replace(head[0], head[0].replace(/width="[^"]*"\s+height="[^"]*"\s+viewBox="[^"]*"/, `width="${W}" height="${H}" viewBox="${-MARGIN} ${-MARGIN} ${W} ${H}"`))
    .replace(/<(path|line|rect|circle|image)\b[^>]*?\/>/g, "")
    .replace(/<(path|line|rect|circle|image)\b[^>]*?>[\s\S]*?<\/\1>/g, "");
  const resvg = new Resvg(textOnly, {
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
    logLevel: "off",
  });
  const image = resvg.render();
  const px = image.pixels;
  const iw = image.width;
  const ih = image.height;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let y = 0; y < ih; y++) {
    for (let x = 0; x < iw; x++) {
      if (px[(y * iw + x) * 4 + 3]! > 24) {
        if (x < x1) x1 = x;
        if (x > x2) x2 = x;
        if (y < y1) y1 = y;
        if (y > y2) y2 = y;
      }
    }
  }
  if (x1 === Infinity) return { canvas: { width, height }, ink: null, clipped: false };
  const ink = { x1: x1 - MARGIN, y1: y1 - MARGIN, x2: x2 + 1 - MARGIN, y2: y2 + 1 - MARGIN };
  return { canvas: { width, height }, ink, clipped: ink.x1 < 0 || ink.y1 < 0 || ink.x2 > width || ink.y2 > height };
}
