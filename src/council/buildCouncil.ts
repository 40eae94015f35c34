import { checkObject, checkString } from "../util/checkArgs.ts";
import { nameIndex } from "./councilNames.ts";
import { readCouncilVotes } from "./readCouncilVotes.ts";
import { readVetoHistory } from "./readVetoHistory.ts";
import type { CouncilRecord } from "./types.ts";

/** Sources of the Council's record. */
export interface CouncilSources {
  /** `sc_votes_1994_2025.csv[.gz]`. */
  votes: string;
  /** `unsc_vetoes_1946_sept2022.csv`; optional. */
  vetoes?: string;
}

/**
 * Builds the Council's record from its sources: the votes repaired and
 * checked (readCouncilVotes), the composition by year, and the veto history,
 * checked against the votes since 1994 (readVetoHistory).
 */
export function buildCouncil(sources: CouncilSources): CouncilRecord {
  checkObject(sources, "sources");
  checkString(sources.votes, "sources.votes", 4096);
  if (sources.vetoes !== undefined) checkString(sources.vetoes, "sources.vetoes", 4096);
  const index = nameIndex();
  const { votes, composition, report } = readCouncilVotes(sources.votes, index);
  const history = sources.vetoes ? readVetoHistory(sources.vetoes, votes) : { entries: [], check: { entries: 0, membersFromNames: 0, since1994: 0, matched: 0, unmatched: [] } };
  return { votes, composition, vetoHistory: history.entries, report: { ...report, vetoHistory: history.check } };
}
