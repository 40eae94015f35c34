import { checkAssembly, checkIsoDate, checkString } from "../util/checkArgs.ts";
import { nameAt } from "./stateNames.ts";
import type { Assembly } from "./types.ts";

/**
 * A state's UN short name on a date (ISO): the name its seat had then
 * ("Soviet Union" for SUN, "China (Republic of China)" for CHN before
 * 26 October 1971, "Zaire" for COD in 1980), else its current name.
 *
 * @example
 * stateNameAt(loadAssembly(), "COD", "1980-01-01"); // "Zaire"
 */
export function stateNameAt(assembly: Pick<Assembly, "states" | "names">, iso3: string, date: string): string {
  checkAssembly(assembly, "assembly", ["states"]);
  checkString(iso3, "iso3", 8);
  checkIsoDate(date, "date");
  const current = assembly.states.find((s) => s.iso3 === iso3)?.name ?? iso3;
  return nameAt(assembly.names?.[iso3], date, current);
}
