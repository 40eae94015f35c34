import type { ChartOptions } from "./ChartOptions.ts";

/** The title block of a chart: the caller's title and subtitle when given, else the builder's defaults. */
export function chartTitle(
  defaults: { title: string; subtitle: string | string[] },
  options: ChartOptions,
): { text: string; subtitle: string | string[] } {
  const subtitle = options.subtitle ?? defaults.subtitle;
  return { text: options.title ?? defaults.title, subtitle: typeof subtitle === "string" ? subtitle : [...subtitle] };
}
