/**
 * Advance widths, in 1/1000 em, of Liberation Sans Regular and Bold (read
 * from the fonts' `hmtx` tables): code points 32-126 then 160-255. Arimo,
 * the font the project ships and PNG export draws with (chartFonts.ts), is
 * metric-compatible with Liberation Sans, Arial and Helvetica: same widths
 * (tests/render/textClipping.test.ts checks resvg's drawn width against these).
 */
const REGULAR =
  "278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584,278,333,556,556,556,556,260,556,333,737,370,556,584,333,737,552,400,549,333,333,333,576,537,278,333,333,365,556,834,834,834,611,667,667,667,667,667,667,1000,722,667,667,667,667,278,278,278,278,722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,556,556,556,556,556,556,889,500,556,556,556,556,278,278,278,278,556,556,556,556,556,556,556,549,611,556,556,556,556,500,556,500";
const BOLD =
  "278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584,278,333,556,556,556,556,280,556,333,737,370,556,584,333,737,552,400,549,333,333,333,576,556,278,333,333,365,556,834,834,834,611,722,722,722,722,722,722,1000,722,667,667,667,667,278,278,278,278,722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,556,556,556,556,556,556,889,556,556,556,556,556,278,278,278,278,611,611,611,611,611,611,611,549,611,611,611,611,611,556,611,556";
/** A few punctuation marks used in chart text: en dash, em dash, quotes, bullet, ellipsis, minus, arrows (same in both weights except quotes). */
const EXTRA: Readonly<Record<number, readonly [number, number]>> = {
  0x2013: [556, 556],
  0x2014: [1000, 1000],
  0x2018: [222, 278],
  0x2019: [222, 278],
  0x201c: [333, 500],
  0x201d: [333, 500],
  0x2022: [350, 350],
  0x2026: [1000, 1000],
  0x2212: [584, 584],
  0x2190: [1000, 1000],
  0x2192: [1000, 1000],
};
const parse = (s: string): readonly number[] => Object.freeze(s.split(",").map(Number));
const WIDTHS: readonly [readonly number[], readonly number[]] = [parse(REGULAR), parse(BOLD)];
/** Width of a character not in the tables (an average lowercase letter). */
const FALLBACK = 556;

/**
 * Width in pixels of `text` set in Arimo (the chart font; metric-compatible
 * with Liberation Sans, Arial and Helvetica) at `fontSize` px, from the fonts' advance widths (no
 * kerning). Exact for Latin-1 text; other characters count as an average
 * letter.
 *
 * @example
 * measureText("Yes", 10); // 17.79 = (667 + 556 + 556) / 1000 * 10
 */
export function measureText(text: string, fontSize: number, bold = false): number {
  const table = WIDTHS[bold ? 1 : 0];
  let units = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const w = c >= 32 && c <= 126 ? table[c - 32] : c >= 160 && c <= 255 ? table[c - 160 + 95] : EXTRA[c]?.[bold ? 1 : 0];
    units += w ?? FALLBACK;
  }
  return (units * fontSize) / 1000;
}
