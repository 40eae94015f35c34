import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { editDistance } from "../data/findRollCall.ts";

/** A name-to-ISO3 index of state names: `world-countries` common, official and alternative names, plus the UN short names. */
export interface NameIndex {
  exact: Map<string, string>;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca3: string;
  altSpellings: string[];
}

/** Lower case, no accents, no "the", only letters. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/&/g, " and ")
    .replace(/\bthe\b/g, " ")
    .replace(/[^a-z]+/g, " ")
    .trim();
}

/** Names the UN uses that the country catalog spells otherwise. */
const UN_NAMES: Readonly<Record<string, string>> = {
  "russian federation": "RUS",
  "united states": "USA",
  "united states of america": "USA",
  "united kingdom": "GBR",
  "united kingdom of great britain and northern ireland": "GBR",
  "republic of korea": "KOR",
  "democratic peoples republic of korea": "PRK",
  "viet nam": "VNM",
  "syrian arab republic": "SYR",
  "syria": "SYR",
  "iran islamic republic of": "IRN",
  "bolivia plurinational state of": "BOL",
  "venezuela bolivarian republic of": "VEN",
  "united republic of tanzania": "TZA",
  "czech republic": "CZE",
  "turkiye": "TUR",
  "turkey": "TUR",
  "state of palestine": "PSE",
  "palestine": "PSE",
  "lao peoples democratic republic": "LAO",
  "democratic republic of congo": "COD",
  "democratic republic of the congo": "COD",
  "congo": "COG",
  "republic of moldova": "MDA",
  "micronesia federated states of": "FSM",
  "north macedonia": "MKD",
  "former yugoslav republic of macedonia": "MKD",
};

/** The index of every state name known to the catalog (and the UN's spellings). */
export function nameIndex(): NameIndex {
  const require = createRequire(import.meta.url);
  const list = JSON.parse(readFileSync(require.resolve("world-countries/countries.json"), "utf8")) as WorldCountry[];
  const exact = new Map<string, string>();
  for (const c of list) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      const k = normalizeName(n);
      if (k.length > 3 && !exact.has(k)) exact.set(k, c.cca3);
    }
  }
  for (const [k, v] of Object.entries(UN_NAMES)) exact.set(k, v);
  return { exact };
}

/**
 * The ISO3 code of a state name: exact (normalised) match, else the nearest
 * name at edit distance at most 2 (a misspelling; `misspelt` is true), else null.
 */
export function codeOfName(index: NameIndex, name: string): { iso3: string; misspelt: boolean } | null {
  const k = normalizeName(name);
  if (k === "") return null;
  const hit = index.exact.get(k);
  if (hit) return { iso3: hit, misspelt: false };
  if (k.length < 5) return null;
  let best: string | null = null;
  let bestD = 3;
  for (const [n, iso3] of index.exact) {
    if (Math.abs(n.length - k.length) > 2) continue;
    const d = editDistance(k, n);
    if (d < bestD) {
      bestD = d;
      best = iso3;
    }
  }
  return best ? { iso3: best, misspelt: true } : null;
}

/** Country names mentioned in a text (longest names first), as ISO3, in order of appearance. */
export function countriesIn(index: NameIndex, text: string): string[] {
  const t = ` ${normalizeName(text)} `;
  const hits: { at: number; iso3: string }[] = [];
  for (const [n, iso3] of index.exact) {
    if (n.length < 4) continue;
    const at = t.indexOf(` ${n} `);
    if (at >= 0) hits.push({ at, iso3 });
  }
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.iso3))];
}
