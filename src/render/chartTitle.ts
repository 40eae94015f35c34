import type { ChartOptions } from "./ChartOptions.ts";
import { wrapText } from "./wrapText.ts";

/** Subtitle font size of every chart (chartConfig's `title.subtitleFontSize`). */
export const SUBTITLE_FONT_SIZE = 12;

/**
 * The title block of a chart: the caller's title and subtitle when given,
 * else the builder's defaults. With `width` (the px the title may span),
 * each subtitle line longer than that is wrapped at spaces, so a long
 * resolution title makes the chart taller, never wider.
 */
export function chartTitle(
  defaults: { title: string; subtitle: string | string[] },
  options: ChartOptions,
  width?: number,
): { text: string; subtitle: string | string[] } {
  const subtitle = options.subtitle ?? defaults.subtitle;
  const lines = typeof subtitle === "string" ? [subtitle] : [...subtitle];
  const wrapped = width === undefined ? lines : lines.flatMap((l) => wrapText(l, width, SUBTITLE_FONT_SIZE));
  return { text: options.title ?? defaults.title, subtitle: typeof subtitle === "string" && wrapped.length === 1 ? wrapped[0]! : wrapped };
}
