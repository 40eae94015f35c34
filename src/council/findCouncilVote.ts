import { checkObject, checkString } from "../util/checkArgs.ts";
import { closestMatches } from "../data/findRollCall.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { CouncilRecord, CouncilVote } from "./types.ts";

/** True for a Security Council symbol (a draft "S/2022/720" or a resolution "S/RES/2623"). */
export function isCouncilSymbol(symbol: string): boolean {
  return /^\s*S\//i.test(symbol);
}

/**
 * Finds a Council vote by its draft symbol ("S/2022/720") or resolution
 * symbol ("S/RES/2623", "S/RES/2623 (2022)"), case-insensitive. A symbol not
 * in the record throws a PlenaryError with the closest symbols.
 *
 * @example
 * findCouncilVote(loadCouncil(), "S/2022/720").outcome; // "vetoed"
 */
export function findCouncilVote(record: Pick<CouncilRecord, "votes">, symbol: string): CouncilVote {
  checkObject(record, "record");
  checkString(symbol, "symbol", 64);
  const s = symbol.trim().toUpperCase().replace(/\s+/g, "");
  const res = /^S\/RES\/(\d{1,4})(?:\((\d{4})\))?$/.exec(s);
  const hit = res
    ? record.votes.find((v) => v.resolution !== null && v.resolution.startsWith(`S/RES/${res[1]} `) && (!res[2] || v.resolution.endsWith(`(${res[2]})`)))
    : record.votes.find((v) => v.draft.toUpperCase() === s);
  if (hit) return hit;
  const all = record.votes.flatMap((v) => [v.draft, v.resolution ?? ""]).filter(Boolean);
  throw new PlenaryError(`unknown Council symbol ${JSON.stringify(symbol)}; not a recorded Council vote (draft S/YYYY/N or resolution S/RES/N); closest: ${closestMatches(symbol, all, 5).join(", ")}`);
}
