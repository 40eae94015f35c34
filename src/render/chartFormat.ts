/** The file formats exportChart writes, keyed by file-name ending. (No Vega here: the CLI checks paths before loading it.) */
export const CHART_FORMATS = Object.freeze([".vl.json", ".svg", ".png", ".html"] as const);

/** A chart file format, by its file-name ending. */
export type ChartFormat = (typeof CHART_FORMATS)[number];

/** The format of an output path from its ending (case-insensitive), or undefined. */
export function chartFormat(path: string): ChartFormat | undefined {
  if (typeof path !== "string") return undefined;
  const lower = path.toLowerCase();
  return CHART_FORMATS.find((f) => lower.endsWith(f));
}
