const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a Roman numeral (I..C range is all the Assembly needed before 1976), or NaN. */
export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]];
    if (v === undefined) return NaN;
    total += next !== undefined && next > v ? -v : v;
  }
  return total;
}

/**
 * A resolution's join key, `session|number|part`: session as "11", "ES-10" or
 * "S-10"; part a single letter or "". Parses UN symbols ("A/RES/1084(XI)",
 * "A/RES/39/151[A]", "A/RES/ES-11/4") and Voeten's unres ("R/12/490A",
 * "A/RES/71/5", "ESS/10/19", "SS/10/2"). Returns null when the text is not one.
 *
 * @example
 * symbolKey("A/RES/1084(XI)") // "11|1084|"
 * symbolKey("R/39/151A")      // "39|151|A"
 */
export function symbolKey(symbol: string): string | null {
  const s = symbol.trim().toUpperCase();
  let m = /^A\/RES\/(\d+)\(([IVXLC]+)\)(?:\[([A-Z])\])?$/.exec(s);
  if (m) return `${romanValue(m[2])}|${Number(m[1])}|${m[3] ?? ""}`;
  m = /^A\/RES\/((?:ES-|S-)?\d+)\/(\d+)\s*(?:\[([A-Z])\]|([A-Z]))?$/.exec(s);
  if (m) return `${m[1].replace(/^(ES-|S-)0*/, "$1")}|${Number(m[2])}|${m[3] ?? m[4] ?? ""}`;
  m = /^(R|ESS|SS)\/(\d+)\/(\d+)([A-Z]?)$/.exec(s);
  if (m) {
    const session = m[1] === "ESS" ? `ES-${Number(m[2])}` : m[1] === "SS" ? `S-${Number(m[2])}` : String(Number(m[2]));
    return `${session}|${Number(m[3])}|${m[4]}`;
  }
  return null;
}
