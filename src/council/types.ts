import type { VoteLetter } from "../data/voteCodes.ts";

/** The Council's five permanent members (ISO3; the Soviet Union's seat is Russia's since 1991-12-24). */
export const PERMANENT = ["CHN", "FRA", "GBR", "RUS", "USA"] as const;
export type PermanentMember = (typeof PERMANENT)[number];

/** Outcome of a Council vote on a draft resolution. */
export type CouncilOutcome = "adopted" | "vetoed" | "failed";

/** One recorded Security Council vote on a draft resolution. */
export interface CouncilVote {
  /** Row id of the source (one per vote). */
  id: number;
  /** Date of the vote, ISO, repaired (day and month swapped in the source are put back using the meeting numbers). */
  date: string;
  /** The Council's meeting, "S/PV.9143"; "V131" for a vote by written procedure (2020); "" when unknown. */
  meeting: string;
  /** Draft symbol, "S/2022/720" ("" when the source gives none). */
  draft: string;
  /** Resolution symbol, "S/RES/2623 (2022)"; null for a vetoed or failed draft. */
  resolution: string | null;
  /** Agenda item as in the source. */
  agenda: string;
  /** Key grouping repeated votes on the same item (a country named in the topic or agenda item, else the normalised item). */
  agendaKey: string;
  /** Region of the agenda item ("Africa", "Middle East", "Europe", "Asia", "Americas", "Thematic"). */
  region: string;
  /** Sponsors as ISO3 (empty for a President's text or when the source names none; not reliable, see the data README). */
  sponsors: string[];
  outcome: CouncilOutcome;
  /** Permanent members voting no on a vetoed draft. */
  vetoedBy: string[];
  /** A procedural vote (Art. 27(2): nine votes, no veto), e.g. S/RES/2623 (2022) convening the Assembly. */
  procedural: boolean;
  /** Each member's vote: Y yes, N no, A abstain, X absent or not participating. */
  votes: Record<string, VoteLetter>;
  /** False when the source's member rows contradict the outcome (kept, shown with a warning, left out of the model). */
  reliable: boolean;
}

/** The Council's membership in one calendar year (elected terms run 1 January to 31 December, two years). */
export interface CouncilYear {
  year: number;
  permanent: string[];
  elected: string[];
}

/** A veto before the vote-level record (1946-1993) or listed in the veto history. */
export interface VetoHistoryEntry {
  date: string;
  draft: string;
  meeting: string;
  agenda: string;
  region: string;
  /** Vetoing permanent members, ISO3 (SUN for the Soviet Union). */
  by: string[];
}

/** What the ingest found and did, one count per flaw of the source. */
export interface CouncilIngestReport {
  rows: number;
  blankRows: number;
  votes: number;
  adopted: number;
  vetoed: number;
  failed: number;
  procedural: number;
  /** Votes whose stored date was out of order with the meeting numbers. */
  datesOutOfOrder: number;
  /** Of those, repaired by swapping day and month. */
  datesSwapped: number;
  /** Of those, left as stored (no swap fits). */
  datesUnrepaired: number;
  /** Votes with fewer member rows than the Council had members; the missing members are recorded as not participating (X). */
  votesWithMissingMembers: number;
  missingMemberRows: number;
  /** Votes with a member listed twice; the first row is kept. */
  votesWithDuplicates: number;
  duplicateRows: number;
  /** Of the duplicates, those whose two rows disagree. */
  conflictingDuplicates: number;
  /** Member names not in the catalog matched to the nearest name (edit distance <= 2), e.g. "Ethipia" -> ETH. */
  misspeltNames: Record<string, { iso3: string; rows: number }>;
  /** Votes whose resolution and draft symbols sat in each other's columns. */
  swappedSymbols: number;
  /** Votes whose stated outcome text disagreed with the resolution symbol and the member rows (repaired). */
  outcomesRepaired: number;
  /** Adopted drafts with no resolution symbol in the source. */
  resolutionMissing: number;
  /** Votes with rows for states not on the Council in that year (rows of another vote: kept, flagged unreliable). */
  rowsOfNonMembers: number;
  /** Votes whose member rows contradict the outcome (kept, flagged unreliable). */
  rowsInconsistent: number;
  /** Sponsor names not matched to a state. */
  unmatchedSponsors: number;
  /** Composition: years checked, years with exactly ten elected members, members whose terms are not two consecutive years. */
  composition: { years: number; tenElected: number; irregularTerms: string[] };
  /** Veto history: entries, entries whose 0/1 member columns were all 0 (members read from member_veto1-3), those since 1994, of which found vetoed by the same members in the vote record. */
  vetoHistory: { entries: number; membersFromNames: number; since1994: number; matched: number; unmatched: string[] };
}

/** The embedded Council record (data/council.json). */
export interface CouncilRecord {
  votes: CouncilVote[];
  composition: CouncilYear[];
  vetoHistory: VetoHistoryEntry[];
  report: CouncilIngestReport;
}
