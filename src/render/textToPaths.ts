import { PlenaryError } from "../util/PlenaryError.ts";
import { Resvg } from "@resvg/resvg-js";
import { CHART_FONT_FAMILY, chartFontFiles } from "./chartFonts.ts";
import { measureText } from "./measureText.ts";

/** One `<text>` element of Vega's SVG output, with its attributes and content. */
const TEXT = /<text\b([^>]*)>([\s\S]*?)<\/text>/g;
/** Glyphs are outlined at 1000 px: one unit per 1/1000 em, whole numbers. */
const UNITS = 1000;

const attr = (attrs: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

function decode(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The id of a glyph's outline in the SVG's defs: weight and code point. */
const glyphId = (bold: boolean, cp: number): string => `arimo-${bold ? "b" : "r"}-${cp.toString(16)}`;

/** Glyph outlines already made, by glyph id: the font never changes, so each is made once per process. */
const made = new Map<string, string>();

/** Outlines (path data, 1000 units per em, y down from the baseline) of the given glyphs, drawn by resvg with the chart font. */
function outlines(wanted: readonly { bold: boolean; cp: number }[]): Map<string, string> {
  const glyphs = wanted.filter((g) => !made.has(glyphId(g.bold, g.cp)));
  if (glyphs.length > 0) outline(glyphs);
  return new Map(wanted.map((g) => [glyphId(g.bold, g.cp), made.get(glyphId(g.bold, g.cp)) ?? ""]));
}

function outline(glyphs: readonly { bold: boolean; cp: number }[]): void {
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${glyphs
    .map((g) => `<g id="${glyphId(g.bold, g.cp)}"><text x="0" y="0" font-family="${CHART_FONT_FAMILY}" font-size="${UNITS}" font-weight="${g.bold ? 700 : 400}">&#${g.cp};</text></g>`)
    .join("")}</svg>`;
  const flat = new Resvg(doc, {
    font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
    logLevel: "off",
  }).toString();
  for (const g of glyphs) made.set(glyphId(g.bold, g.cp), ""); // a glyph the font lacks draws nothing
  const marks = [...flat.matchAll(/<g id="(arimo-[rb]-[0-9a-f]+)">/g)];
  marks.forEach((m, k) => {
    const body = flat.slice(m.index!, k + 1 < marks.length ? marks[k + 1]!.index! : flat.length);
    const d = [...body.matchAll(/\sd="([^"]*)"/g)].map((p) => p[1]!).join(" ");
    // whole units are a thousandth of an em: exact enough at any size a chart uses
    made.set(m[1]!, d.replace(/-?\d+(\.\d+)?/g, (n) => String(Math.round(Number(n)))).replace(/ ?([MLQCZ]) ?/g, "$1"));
  });
}

/**
 * An SVG whose `<text>` elements are drawn as glyph outlines of the chart
 * font (Arimo, {@link chartFontFiles}): each glyph used is outlined once
 * (by resvg, the renderer of PNG export) into the SVG's `<defs>` and placed
 * with `<use>` at the font's advance widths, the widths Vega laid the chart
 * out with ({@link measureText}). The SVG then carries its font: a
 * notebook, an HTML export or any browser shows the same text as the PNG,
 * whatever fonts the machine has (with only DejaVu installed, text set in a
 * wider fallback font was cut and overlapped its legend swatches).
 * Everything else is kept as it was (Vega's groups, classes and ARIA
 * attributes); each text becomes a group with the text as its
 * `aria-label`, so it can still be read out and searched. Kerning is not
 * applied (Vega's layout does not apply it either). Cost: one resvg parse
 * of the distinct glyphs (milliseconds); about 30 bytes per character drawn.
 *
 * @example
 * const svg = textToPaths('<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20"><text transform="translate(2,15)" font-size="12px">Yes</text></svg>');
 * svg.includes("<text"); // false
 * svg.includes('aria-label="Yes"'); // true
 */
export function textToPaths(svg: string): string {
  if (typeof svg !== "string" || !svg.trimStart().startsWith("<svg")) throw new PlenaryError(`invalid svg; expected an SVG document, got ${JSON.stringify(String(svg).slice(0, 40))}`);
  const texts = [...svg.matchAll(TEXT)];
  if (texts.length === 0) return svg;
  const needed = new Map<string, { bold: boolean; cp: number }>();
  const parsed = texts.map((m) => {
    const attrs = m[1]!;
    const weight = attr(attrs, "font-weight");
    const bold = weight === "bold" || Number(weight) >= 600;
    // lines: plain content, or tspans (the first at the text's origin, the next with x="0" dy="...")
    const tspans = [...m[2]!.matchAll(/<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g)];
    const lines = tspans.length > 0 ? tspans.map((t) => ({ dy: Number(attr(t[1]!, "dy") ?? 0), text: decode(t[2]!.replace(/<[^>]*>/g, "")) })) : [{ dy: 0, text: decode(m[2]!.replace(/<[^>]*>/g, "")) }];
    for (const l of lines) for (const ch of l.text) if (ch.trim()) needed.set(glyphId(bold, ch.codePointAt(0)!), { bold, cp: ch.codePointAt(0)! });
    return { attrs, bold, lines };
  });
  const shapes = outlines([...needed.values()]);
  let k = 0;
  const body = svg.replace(TEXT, () => {
    const { attrs, bold, lines } = parsed[k++]!;
    const size = Number.parseFloat(attr(attrs, "font-size") ?? "11") || 11;
    const s = size / UNITS;
    const anchor = attr(attrs, "text-anchor") ?? "start";
    const keep = ["transform", "fill", "opacity", "fill-opacity", "stroke", "stroke-opacity", "stroke-linejoin"]
      .map((a) => [a, attr(attrs, a)] as const)
      .filter(([, v]) => v !== undefined)
      .map(([a, v]) => `${a}="${v}"`);
    const strokeWidth = attr(attrs, "stroke-width");
    if (strokeWidth !== undefined) keep.push(`stroke-width="${Math.round((Number.parseFloat(strokeWidth) / s) * 100) / 100}"`);
    const x0 = Number(attr(attrs, "x") ?? 0);
    const y0 = Number(attr(attrs, "y") ?? 0);
    let y = y0;
    const uses: string[] = [];
    for (const line of lines) {
      y += line.dy;
      const width = measureText(line.text, UNITS, bold);
      let x = anchor === "middle" ? -width / 2 : anchor === "end" ? -width : 0;
      const placed: string[] = [];
      for (const ch of line.text) {
        const id = glyphId(bold, ch.codePointAt(0)!);
        if (ch.trim() && shapes.get(id)) placed.push(`<use xlink:href="#${id}" x="${Math.round(x)}"/>`);
        x += measureText(ch, UNITS, bold);
      }
      const at = `translate(${Math.round(x0 * 100) / 100},${Math.round(y * 100) / 100}) scale(${s})`;
      if (placed.length > 0) uses.push(`<g transform="${at}">${placed.join("")}</g>`);
    }
    const label = escapeAttr(lines.map((l) => l.text).join(" "));
    return `<g role="img" aria-label="${label}" ${keep.join(" ")}>${uses.join("")}</g>`;
  });
  const defs = `<defs>${[...shapes].filter(([, d]) => d).map(([id, d]) => `<path id="${id}" d="${d}"/>`).join("")}</defs>`;
  const open = /^\s*<svg\b[^>]*>/.exec(body)![0];
  const root = open.includes("xmlns:xlink") ? open : open.replace(/^(\s*<svg\b)/, '$1 xmlns:xlink="http://www.w3.org/1999/xlink"');
  return root + defs + body.slice(open.length);
}
