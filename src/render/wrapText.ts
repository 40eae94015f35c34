import { measureText } from "./measureText.ts";

/**
 * Breaks a line of text at spaces into lines no wider than `maxWidth` px
 * when set at `fontSize` px in the chart font ({@link measureText}). A
 * single word wider than `maxWidth` gets a line of its own (never cut).
 * Used for subtitles, so a long resolution title makes a taller chart, not
 * a wider one.
 *
 * @example
 * wrapText("Territorial integrity of Ukraine: defending the principles of the Charter", 200, 12); // ["Territorial integrity of Ukraine:", "defending the principles of the", "Charter"]
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  if (!(maxWidth > 0)) throw new Error(`invalid maxWidth; expected a positive number, got ${JSON.stringify(maxWidth)}`);
  const lines: string[] = [];
  let line = "";
  for (const word of String(text).split(/\s+/).filter((w) => w.length > 0)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measureText(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
