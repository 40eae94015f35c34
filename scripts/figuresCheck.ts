/**
 * The checking half of `npm run figures` (scripts/figures.ts), apart so that
 * it can be tested without the runs: generated blocks in Markdown files, and
 * inline figures, compared with fresh values at their stated precision.
 *
 * - A block: `<!-- figures:ID -->` ... `<!-- /figures:ID -->` holds text the
 *   script generates (tables, report lines). Its numbers are compared one by
 *   one with the fresh text's, each within one unit of its last stated
 *   decimal (0.215 within 0.001; 16.7 within 0.1; 8,603 exactly); the words
 *   between them must be the same.
 * - An inline figure: `<!--f:KEY-->0.615<!--/f-->`, the figure KEY of
 *   docs/figures.json, within one unit of its last stated decimal; a key
 *   ending in `%` is a share quoted in percent (`<!--f:KEY%-->82<!--/f-->`).
 */

/** One figure that differs, or a block whose words changed. */
export interface FigureProblem {
  file: string;
  where: string;
  quoted: string;
  fresh: string;
}

const NUMBER = /(?<![\w.])-?\d[\d,]*(?:\.\d+)?/g; // not inside a name (B5, ES-11 keeps 11)

/** Decimals stated in a quoted number ("0.215" -> 3, "8,603" -> 0). */
export function decimals(quoted: string): number {
  const dot = quoted.indexOf(".");
  return dot < 0 ? 0 : quoted.length - dot - 1;
}

/** Whether a fresh value agrees with a quoted figure within its stated precision (one unit of its last decimal). */
export function agrees(quoted: string, fresh: number): boolean {
  const q = Number(quoted.replace(/,/g, ""));
  return Number.isFinite(q) && Number.isFinite(fresh) && Math.abs(q - fresh) <= 10 ** -decimals(quoted) + 1e-9;
}

/** Compares a quoted block with the fresh one: the same words, each number within its stated precision. */
export function compareBlock(file: string, id: string, quoted: string, fresh: string): FigureProblem[] {
  const words = (s: string) => s.replace(NUMBER, "#").replace(/\s+/g, " ").trim();
  if (words(quoted) !== words(fresh)) {
    const a = quoted.split("\n");
    const b = fresh.split("\n");
    const k = a.findIndex((line, i) => words(line) !== words(b[i] ?? ""));
    return [{ file, where: `block ${id}, line ${k + 1} (words differ)`, quoted: a[k] ?? "(none)", fresh: b[k] ?? "(none)" }];
  }
  const q = [...quoted.matchAll(NUMBER)];
  const f = [...fresh.matchAll(NUMBER)].map((m) => m[0]);
  const out: FigureProblem[] = [];
  q.forEach((m, i) => {
    if (!agrees(m[0], Number(f[i].replace(/,/g, "")))) {
      const line = quoted.slice(0, m.index).split("\n").length;
      out.push({ file, where: `block ${id}, line ${line}`, quoted: m[0], fresh: f[i] });
    }
  });
  return out;
}

/** The generated blocks of a Markdown text: id, inner text and its offsets. */
export function blocksOf(text: string): { id: string; inner: string; start: number; end: number }[] {
  return [...text.matchAll(/<!-- figures:([\w.-]+) -->\n([\s\S]*?)<!-- \/figures:\1 -->/g)].map((m) => {
    const start = (m.index ?? 0) + m[0].indexOf("\n") + 1;
    return { id: m[1], inner: m[2], start, end: start + m[2].length };
  });
}

/** The inline figures of a Markdown text. */
export function inlineFiguresOf(text: string): { key: string; percent: boolean; quoted: string; index: number }[] {
  return [...text.matchAll(/<!--f:([\w.%:+ -]+?)(%?)-->([^<]*)<!--\/f-->/g)].map((m) => ({ key: m[1], percent: m[2] === "%", quoted: m[3], index: m.index ?? 0 }));
}

/** A fresh value formatted as the quoted one is (same decimals, thousands separators kept). */
export function formatLike(quoted: string, fresh: number): string {
  const d = decimals(quoted);
  const s = fresh.toFixed(d);
  return quoted.includes(",") ? Number(s).toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }) : s;
}

/**
 * Checks a Markdown text against fresh blocks and figures; with `write`,
 * returns the text with every block and inline figure replaced by the fresh
 * one (same precision). Unknown block ids and figure keys are problems.
 */
export function checkText(
  file: string,
  text: string,
  blocks: Record<string, string>,
  figures: Record<string, number>,
): { problems: FigureProblem[]; written: string; checked: number } {
  const problems: FigureProblem[] = [];
  let checked = 0;
  let written = text;
  for (const b of blocksOf(text).reverse()) {
    const fresh = blocks[b.id];
    if (fresh === undefined) {
      problems.push({ file, where: `block ${b.id}`, quoted: "(block)", fresh: "(no such generated block)" });
      continue;
    }
    problems.push(...compareBlock(file, b.id, b.inner, fresh));
    checked += [...b.inner.matchAll(NUMBER)].length;
    written = written.slice(0, b.start) + fresh + written.slice(b.end);
  }
  for (const f of inlineFiguresOf(written).reverse()) {
    const value = figures[f.key];
    if (value === undefined) {
      problems.push({ file, where: `figure ${f.key}`, quoted: f.quoted, fresh: "(no such figure)" });
      continue;
    }
    const v = f.percent ? value * 100 : value;
    checked++;
    if (!agrees(f.quoted, v)) problems.push({ file, where: `figure ${f.key}${f.percent ? "%" : ""}`, quoted: f.quoted, fresh: formatLike(f.quoted, v) });
    const open = `<!--f:${f.key}${f.percent ? "%" : ""}-->`;
    const at = f.index + open.length;
    written = written.slice(0, at) + formatLike(f.quoted, v) + written.slice(at + f.quoted.length);
  }
  return { problems, written, checked };
}
