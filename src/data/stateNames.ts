import { checkString } from "../util/checkArgs.ts";
import type { CountryFacts } from "./countryCatalog.ts";
import { CODE_ALIASES } from "./countryCatalog.ts";
import { parseCsv } from "./parseCsv.ts";
import { readTextFile } from "./readTextFile.ts";
import { sessionPeriod } from "./sessionPeriod.ts";

/** Format name and version of data/names.json. */
export const NAMES_FORMAT = "plenary-names";
export const NAMES_VERSION = 1;

/** One name of a member state's seat and the first date it was used. */
export interface NameSpan {
  /** The UN short name, proper-cased: "Côte d'Ivoire", "Democratic People's Republic of Korea". */
  name: string;
  /** First vote date (ISO) under this name. */
  from: string;
}

/** data/names.json: each seat's names over time, from the UN record's `ms_name`. */
export interface StateNames {
  format: typeof NAMES_FORMAT;
  version: typeof NAMES_VERSION;
  /** How the names were made. */
  note: string;
  /** By ISO3: the names in the order they were used (the last is the current one). */
  states: Record<string, NameSpan[]>;
}

/**
 * Fixed names where the casing rule or the source would mislead: the source
 * writes the Soviet Union as "USSR" and once misspells Pakistan; the UN wrote
 * "the former Yugoslav Republic of Macedonia" with a lowercase "former".
 */
const OVERRIDES: Readonly<Record<string, string>> = {
  USSR: "Soviet Union",
  "AN PAKISTAN": "Pakistan",
  "THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA": "The former Yugoslav Republic of Macedonia",
};

/**
 * The Republic of China held China's seat until resolution 2758 (XXVI) of
 * 25 October 1971; the source records both under "CHINA" (CHN).
 */
const SEAT_CHANGES: readonly { iso3: string; before: string; name: string }[] = [
  { iso3: "CHN", before: "1971-10-26", name: "China (Republic of China)" },
];

/**
 * Renames the source dates years early (its ms_name for sessions 38-45 uses
 * the later name on most votes): the names took effect on these dates.
 */
const RENAMED: readonly { iso3: string; name: string; since: string }[] = [
  { iso3: "BLR", name: "Belarus", since: "1991-09-19" },
  { iso3: "UKR", name: "Ukraine", since: "1991-08-24" },
  { iso3: "MMR", name: "Myanmar", since: "1989-06-18" },
];

const SMALL_WORDS = new Set(["of", "the", "and", "da", "de", "du", "des", "la", "le", "et", "e"]);
const KEEP_UPPER = new Set(["SSR"]);

/**
 * A UN short name from the record's upper-case `ms_name`, proper-cased by a
 * small rule: each word capitalized, except "of", "the", "and" (and similar)
 * inside a name, "d'" before a capital ("Côte d'Ivoire"), hyphenated parts
 * capitalized ("Guinea-Bissau"), "SSR" kept; Turkish dotted İ read as I.
 * A few names are fixed by hand (see OVERRIDES).
 *
 * @example
 * unShortName("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"); // "Democratic People's Republic of Korea"
 * unShortName("CÔTE D'IVOIRE"); // "Côte d'Ivoire"
 * unShortName("TÜRKİYE"); // "Türkiye"
 */
export function unShortName(raw: string): string {
  checkString(raw, "raw", 1_000);
  const upper = raw.trim().replace(/\s+/g, " ").toUpperCase();
  if (OVERRIDES[upper]) return OVERRIDES[upper];
  return upper
    .split(" ")
    .map((w, i) => {
      const [, open, core, close] = /^([(]?)(.*?)([),]*)$/.exec(w) as RegExpExecArray;
      if (KEEP_UPPER.has(core)) return w;
      const lower = core.replace(/İ/g, "I").toLowerCase();
      let out: string;
      if (i > 0 && SMALL_WORDS.has(lower)) out = lower;
      else if (/^d'./.test(lower)) out = `d'${capital(lower.slice(2))}`;
      else out = lower.split("-").map(capital).join("-");
      return `${open}${out}${close}`;
    })
    .join(" ");
}

function capital(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Spelling key: variants differing only in accents or a mistyped letter (TÜRKİYE, TURKIYE, TÜRKÝYE) are one name. */
function spellingKey(upper: string): string {
  return upper.replace(/[İÝ]/g, "I").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/\s+/g, " ").trim();
}

/** One row of a source: a state's name on a vote date. */
export interface NameRow {
  iso3: string;
  date: string;
  session: string;
  msName: string;
}

/**
 * Each seat's names over time from the rows of the record: per session, the
 * name used on most of its votes (so that a stray spelling on one day does
 * not count), accents kept when any spelling has them, proper-cased by
 * {@link unShortName}; consecutive sessions with one name make one span.
 */
export function stateNamesFromRows(rows: Iterable<NameRow>): StateNames {
  // iso3 -> session period -> spelling key -> { count, first date, spellings }
  const tally = new Map<string, Map<number, Map<string, { n: number; first: string }>>>();
  const spellings = new Map<string, Map<string, number>>(); // key -> raw spelling -> count
  for (const r of rows) {
    const upper = r.msName.trim().toUpperCase();
    if (upper === "") continue;
    const key = spellingKey(upper);
    const period = sessionPeriod(r.session, r.date);
    let byPeriod = tally.get(r.iso3);
    if (!byPeriod) tally.set(r.iso3, (byPeriod = new Map()));
    let byKey = byPeriod.get(period);
    if (!byKey) byPeriod.set(period, (byKey = new Map()));
    const t = byKey.get(key);
    if (t) {
      t.n++;
      if (r.date < t.first) t.first = r.date;
    } else byKey.set(key, { n: 1, first: r.date });
    let sp = spellings.get(key);
    if (!sp) spellings.set(key, (sp = new Map()));
    sp.set(r.msName.trim(), (sp.get(r.msName.trim()) ?? 0) + 1);
  }
  const display = (key: string) => {
    const sp = [...(spellings.get(key) ?? new Map<string, number>()).entries()];
    const accented = sp.filter(([s]) => /[^\x00-\x7f]/.test(s) && !/Ý/.test(s));
    const pool = accented.length ? accented : sp;
    pool.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return unShortName(pool[0][0]);
  };
  const states: Record<string, NameSpan[]> = {};
  for (const iso3 of [...tally.keys()].sort()) {
    const spans: NameSpan[] = [];
    const byPeriod = tally.get(iso3)!;
    for (const period of [...byPeriod.keys()].sort((a, b) => a - b)) {
      const byKey = [...byPeriod.get(period)!.entries()].sort((a, b) => b[1].n - a[1].n || (a[1].first < b[1].first ? -1 : 1));
      const name = display(byKey[0][0]);
      // the first span starts at the seat's first vote; a new name at its first use in the session
      const firstInPeriod = byKey.reduce((m, [, t]) => (t.first < m ? t.first : m), byKey[0][1].first);
      if (spans.length === 0) spans.push({ name, from: firstInPeriod });
      else if (spans[spans.length - 1].name !== name) spans.push({ name, from: byKey[0][1].first });
    }
    for (const change of SEAT_CHANGES.filter((c) => c.iso3 === iso3)) {
      const before = spans.filter((s) => s.from < change.before);
      if (before.length === 0) continue;
      const after = spans.filter((s) => s.from >= change.before);
      const current = before[before.length - 1].name;
      states[iso3] = [...before.map((s) => ({ ...s, name: s.name === current ? change.name : s.name })), ...(after.length && after[0].from === change.before ? [] : [{ name: current, from: change.before }]), ...after];
    }
    states[iso3] ??= spans;
    for (const fix of RENAMED.filter((f) => f.iso3 === iso3)) states[iso3] = renamedSince(states[iso3], fix.name, fix.since);
  }
  return {
    format: NAMES_FORMAT,
    version: NAMES_VERSION,
    note: "UN short names from the record's ms_name, per session the name on most votes, proper-cased (src/data/stateNames.ts); China's seat before 25 October 1971 was held by the Republic of China",
    states,
  };
}

/** Spans with `name` starting before `since` take the previous name; `name` starts on `since`. */
function renamedSince(spans: readonly NameSpan[], name: string, since: string): NameSpan[] {
  const out: NameSpan[] = [];
  let previous = spans[0].name;
  let started = false;
  for (const s of spans) {
    if (!started && s.from >= since) {
      out.push({ name, from: since });
      started = true;
    }
    if (s.name === name && s.from < since) out.push({ name: previous, from: s.from });
    else out.push(s);
    if (s.name !== name) previous = s.name;
  }
  if (!started) out.push({ name, from: since });
  return out.filter((s, i) => i === 0 || s.name !== out[i - 1].name);
}

/** data/names.json's text: the header fields, then one line per state (readable diffs when names change). */
export function formatStateNames(n: StateNames): string {
  const states = Object.entries(n.states).map(([iso3, spans]) => `  ${JSON.stringify(iso3)}: ${JSON.stringify(spans)}`);
  return `{\n "format": ${JSON.stringify(n.format)},\n "version": ${n.version},\n "note": ${JSON.stringify(n.note)},\n "states": {\n${states.join(",\n")}\n }\n}\n`;
}

/**
 * Reads the names rows of the raw sources: the Digital Library long file
 * (`country_iso3`, `ms_name`) or official UN bulk files (`ms_code`, `ms_name`).
 * Codes are mapped like the votes (CODE_ALIASES); rows of unknown codes are
 * left to the vote reader to refuse.
 */
export function readNameRows(paths: readonly string[], catalog: Map<string, CountryFacts>): NameRow[] {
  const out: NameRow[] = [];
  for (const path of paths) {
    const t = parseCsv(readTextFile(path), path);
    const col = (name: string) => t.header.indexOf(name);
    const code = col("country_iso3") >= 0 ? col("country_iso3") : col("ms_code");
    const name = col("ms_name");
    const date = col("date");
    const session = col("session");
    if (code < 0 || name < 0 || date < 0 || session < 0) continue;
    for (const row of t.rows) {
      const raw = row[code].trim().toUpperCase();
      const iso3 = CODE_ALIASES[raw] ?? raw;
      if (!catalog.has(iso3)) continue;
      out.push({ iso3, date: row[date].trim().slice(0, 10), session: row[session].trim(), msName: row[name] });
    }
  }
  return out;
}

/**
 * The name a seat had on `date` (ISO): the last span that started on or
 * before it (the first span for earlier dates); `fallback` without spans.
 *
 * @example
 * nameAt(loadAssembly().names?.SUN, "1960-01-01", "SUN"); // "Soviet Union"
 */
export function nameAt(spans: readonly NameSpan[] | undefined, date: string, fallback: string): string {
  if (!spans || spans.length === 0) return fallback;
  let name = spans[0].name;
  for (const s of spans) if (s.from <= date) name = s.name;
  return name;
}
