import type { CouncilIngestReport } from "./types.ts";

/** The Council ingest's report as lines of text: each flaw found and what was done. */
export function councilReportText(r: CouncilIngestReport): string {
  const misspelt = Object.entries(r.misspeltNames).map(([n, m]) => `${JSON.stringify(n)} -> ${m.iso3} (${m.rows} rows)`).join(", ") || "none";
  return [
    `Security Council: ${r.votes} votes (${r.adopted} adopted, ${r.vetoed} vetoed, ${r.failed} failed; ${r.procedural} procedural) from ${r.rows} rows`,
    `  blank rows skipped: ${r.blankRows}`,
    `  dates out of order with the meeting numbers: ${r.datesOutOfOrder}; day and month swapped back: ${r.datesSwapped}; left as stored: ${r.datesUnrepaired}`,
    `  votes with members missing (recorded as not participating): ${r.votesWithMissingMembers} (${r.missingMemberRows} member votes)`,
    `  votes with a member listed twice (first row kept): ${r.votesWithDuplicates} (${r.duplicateRows} rows, ${r.conflictingDuplicates} disagreeing)`,
    `  misspelt member names: ${misspelt}`,
    `  resolution and draft symbols swapped back: ${r.swappedSymbols}`,
    `  stated outcomes repaired (resolution symbol and member rows disagree with the text): ${r.outcomesRepaired}; adopted with no resolution symbol: ${r.resolutionMissing}`,
    `  votes with rows of states not on the Council that year: ${r.rowsOfNonMembers}; votes whose rows contradict the outcome (kept, flagged unreliable): ${r.rowsInconsistent}`,
    `  sponsor names not matched: ${r.unmatchedSponsors}`,
    `  composition: ${r.composition.years} years, ${r.composition.tenElected} with five permanent and ten elected members; terms not of two years: ${r.composition.irregularTerms.join(", ") || "none"}`,
    `  veto history: ${r.vetoHistory.entries} vetoed drafts since 1946 (${r.vetoHistory.membersFromNames} with members read from the names); ${r.vetoHistory.matched} of ${r.vetoHistory.since1994} since 1994 vetoed by the same members in the vote record`,
  ].join("\n");
}
