import { countryCatalog, type CountryFacts } from "../data/countryCatalog.ts";
import { measureText } from "./measureText.ts";

let catalog: Map<string, CountryFacts> | undefined;

/**
 * A state's name short enough for a chart label of `maxWidth` px at
 * `fontSize` px: the UN name when it fits ("Iran (Islamic Republic of)"),
 * else the common English name of the `world-countries` package ("DR
 * Congo", "Venezuela", "Laos"), shortened further when even that is too
 * long ("Saint" to "St", " and the " to " & "). Charts keep the full UN
 * name in their tooltips. The result may still exceed `maxWidth` when no
 * rule shortens it; callers size their labels to the longest name they
 * draw, so nothing is cut with "...".
 *
 * @example
 * shortStateName("COD", "Democratic Republic of the Congo", 112, 10); // "DR Congo"
 * shortStateName("IRN", "Iran (Islamic Republic of)", 112, 10); // "Iran (Islamic Republic of)"
 * shortStateName("VCT", "Saint Vincent and the Grenadines", 112, 10); // "St Vincent & Grenadines"
 */
export function shortStateName(iso3: string, name: string, maxWidth: number, fontSize: number): string {
  const fits = (s: string) => measureText(s, fontSize) <= maxWidth;
  if (fits(name)) return name;
  catalog ??= countryCatalog();
  const common = catalog.get(iso3)?.name ?? name;
  if (fits(common) && measureText(common, fontSize) < measureText(name, fontSize)) return common;
  const shorter = [common, name]
    .map((s) => s.replace(/\s*\([^)]*\)\s*$/, "").replace(/\bSaint\b/g, "St").replace(/ and the /g, " & ").replace(/ and /g, " & "))
    .sort((a, b) => measureText(a, fontSize) - measureText(b, fontSize))[0]!;
  return shorter;
}
