import { measureText } from "./measureText.ts";

/** The fields of a Vega scenegraph text item that matter for its width. */
interface TextItem {
  fontSize?: number | string | null;
  fontWeight?: number | string | null;
  font?: string | null;
  limit?: number | string | null;
}

const isBold = (w: TextItem["fontWeight"]): boolean =>
  w != null && (w === "bold" || w === "bolder" || (Number.isFinite(Number(w)) && Number(w) >= 600));

/**
 * A replacement for Vega's text width estimate when no canvas is available
 * (Node without `canvas`): Vega's default guesses 0.8 em per character,
 * which makes titles, axes and legends too wide; this one sums the real
 * advance widths of the chart font ({@link measureText}): Arimo, which PNG
 * export loads into resvg, metric-compatible with Arial and Helvetica. Same contract as Vega's
 * `textMetrics.width(item, text)`: the width is capped at `item.limit`, so
 * Vega's own truncation still works and truncated text is bounded by the
 * limit. Monospace fonts count 0.6 em per character.
 */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const s = text == null ? "" : String(text).trim();
  if (size <= 0 || s.length === 0) return 0;
  const mono = typeof item.font === "string" && /mono|courier/i.test(item.font);
  const raw = mono ? 0.6 * size * [...s].length : measureText(s, size, isBold(item.fontWeight));
  const limit = Number(item.limit);
  return limit > 0 ? Math.min(raw, limit) : raw;
}
