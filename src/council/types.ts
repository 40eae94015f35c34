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

/** A Security Council draft to forecast (a forecast spec with `"body": "SC"`). */
export interface CouncilSpec {
  /** "SC": the Security Council. */
  body: "SC";
  /** Title of the draft (free text, shown on charts). At most 1,000 characters. */
  title: string;
  /** ISO date "YYYY-MM-DD"; only data strictly before it is used. */
  asOf: string;
  /** Agenda item, as the Council words it ("Maintenance of peace and security of Ukraine"); sets the item whose past votes the forecast leans on. Default: the title. */
  agenda?: string;
  /** Region of the item: "Africa", "Middle East", "Europe", "Asia", "Americas" or "Thematic". Default: that of the item's last vote, else "Thematic". */
  region?: string;
  /** Sponsors (penholders), ISO3. Default: none named (France, the United Kingdom and the United States stand in). */
  sponsors?: string[];
  /** Positions already known, by ISO3 (members only). */
  known?: Record<string, VoteLetter>;
  /** Past Council votes (draft or resolution symbols) of the same kind: the last one's item and region are used, and each member's votes on them stand for its habits on the item. */
  like?: string[];
  /** Other drafts on the same item to be put to the vote at the same meeting (competing texts, as the programme of work announces). Default 0; at most 10. */
  rivalDrafts?: number;
  /** The fifteen members, ISO3. Default: the Council on asOf (from the record). */
  members?: string[];
  /** Monte Carlo draws. Default 10000; range [100, 1000000]. */
  draws?: number;
  /** Seed for the draws: a whole number in [0, 4294967295]. Default 1. */
  seed?: number;
  /** Actual result when known: yes, no, abstain, absent (not participating). */
  actual?: { yes: number; no: number; abstain: number; absent: number };
}

/** One member's forecast in the Council. */
export interface CouncilMemberForecast {
  iso3: string;
  name: string;
  permanent: boolean;
  pYes: number;
  pAbstain: number;
  pNo: number;
  /** Probability of not participating. */
  pAbsent: number;
  /** The position given in `known`, if any. */
  known?: VoteLetter;
}

/** The forecast of a Council draft. */
export interface CouncilForecast {
  body: "SC";
  title: string;
  asOf: string;
  members: number;
  /** Agenda item key the forecast leaned on (a country's ISO3 or the item's words) and its region. */
  agendaKey: string;
  region: string;
  sponsors: string[];
  countries: CouncilMemberForecast[];
  expected: { yes: number; no: number; abstain: number; absent: number };
  interval80: { yes: [number, number]; no: [number, number]; abstain: [number, number]; absent: [number, number] };
  interval95: { yes: [number, number]; no: [number, number]; abstain: [number, number]; absent: [number, number] };
  /** P(yes = k), k = 0..members. */
  yesDistribution: number[];
  /** Affirmative votes needed: nine. */
  threshold: number;
  /** Each permanent member's probability of voting no (a veto), by ISO3. */
  vetoes: Record<PermanentMember, number>;
  /** Probability of adoption under Art. 27(3): nine yes and no permanent member against. */
  pAdopted: number;
  /** Probability of at least nine yes votes (adoption were there no veto). */
  pNineYes: number;
  /** The item's previous votes in the record (latest first, at most ten). */
  resembling: { symbol: string; date: string; outcome: CouncilOutcome; yes: number; no: number; abstain: number; vetoedBy: string[] }[];
  actual?: { yes: number; no: number; abstain: number; absent: number };
  warnings: string[];
}
