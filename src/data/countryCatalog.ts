import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { MemberState } from "./types.ts";
import { REGIONAL_GROUPS, type RegionalGroup } from "./regionalGroup.ts";

export { REGIONAL_GROUPS, type RegionalGroup };

/** Facts about one country from the `world-countries` package (or the dissolved-states list): a member state without its voting dates. */
export type CountryFacts = Omit<MemberState, "first" | "last">;


/**
 * Dissolved states that voted in the Assembly: ISO 3166-3 codes, plus ZZB for
 * Zanzibar (a member for a few weeks in 1963-64 before the union with
 * Tanganyika; it has no ISO code). The `world-countries` package lists only
 * current countries, so these few facts are written here.
 */
const DISSOLVED: readonly CountryFacts[] = [
  { iso3: "SUN", name: "Soviet Union", group: "Eastern European", m49: null, lat: 55.75, lon: 37.62, dissolved: true },
  { iso3: "YUG", name: "Yugoslavia", group: "Eastern European", m49: null, lat: 44.82, lon: 20.46, dissolved: true },
  { iso3: "CSK", name: "Czechoslovakia", group: "Eastern European", m49: null, lat: 50.08, lon: 14.44, dissolved: true },
  { iso3: "DDR", name: "German Democratic Republic", group: "Eastern European", m49: null, lat: 52.52, lon: 13.4, dissolved: true },
  { iso3: "YMD", name: "South Yemen", group: "Asia-Pacific", m49: null, lat: 12.79, lon: 45.03, dissolved: true },
  { iso3: "SCG", name: "Serbia and Montenegro", group: "Eastern European", m49: null, lat: 44.82, lon: 20.46, dissolved: true },
  { iso3: "ZZB", name: "Zanzibar", group: "African", m49: null, lat: -6.16, lon: 39.2, dissolved: true },
];

/** Codes in source files that are not ISO3, mapped to the code used here. */
export const CODE_ALIASES: Readonly<Record<string, string>> = { ZANZIBAR: "ZZB" };

/** Short UN regional group names, from the package's "... Group" strings. */
const GROUPS: Readonly<Record<string, RegionalGroup>> = {
  "African Group": "African",
  "Asia and the Pacific Group": "Asia-Pacific",
  "Eastern European Group": "Eastern European",
  "Latin American and Caribbean Group": "Latin American and Caribbean",
  "Western European and Others Group": "Western European and Others",
};

/**
 * The short regional group of a `world-countries` "... Group" name, or ""
 * when it names none of the five.
 *
 * @example
 * regionalGroup("Asia and the Pacific Group"); // "Asia-Pacific"
 */
export function regionalGroup(unRegionalGroup: string): RegionalGroup | "" {
  return GROUPS[unRegionalGroup] ?? "";
}

interface WorldCountry {
  name: { common: string };
  cca3: string;
  ccn3: string;
  latlng: number[];
  unRegionalGroup: string;
}

/** Reads the country catalog: every current country from `world-countries`, plus dissolved states. */
export function countryCatalog(): Map<string, CountryFacts> {
  const require = createRequire(import.meta.url);
  const path = require.resolve("world-countries/countries.json");
  const list = JSON.parse(readFileSync(path, "utf8")) as WorldCountry[];
  const out = new Map<string, CountryFacts>();
  for (const c of list) {
    out.set(c.cca3, {
      iso3: c.cca3,
      name: c.name.common,
      group: regionalGroup(c.unRegionalGroup),
      m49: c.ccn3 ? Number(c.ccn3) : null,
      lat: c.latlng?.[0] ?? null,
      lon: c.latlng?.[1] ?? null,
      dissolved: false,
    });
  }
  for (const d of DISSOLVED) out.set(d.iso3, d);
  return out;
}
