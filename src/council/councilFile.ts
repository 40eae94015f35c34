import type { VoteLetter } from "../data/voteCodes.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { PERMANENT, type CouncilIngestReport, type CouncilRecord, type CouncilVote, type CouncilYear, type VetoHistoryEntry } from "./types.ts";

/** Format name and version of data/council.json. */
export const COUNCIL_FORMAT = "plenary-council";
export const COUNCIL_VERSION = 1;

/** One vote as stored: the member votes as letters in the order of that year's members (permanent, then elected). */
type StoredVote = Omit<CouncilVote, "votes"> & { votes: string; others?: Record<string, VoteLetter> };

interface CouncilFile {
  format: typeof COUNCIL_FORMAT;
  version: typeof COUNCIL_VERSION;
  note: string;
  sources: string[];
  report: CouncilIngestReport;
  composition: CouncilYear[];
  vetoHistory: VetoHistoryEntry[];
  votes: StoredVote[];
}

function membersOf(composition: readonly CouncilYear[], date: string): string[] {
  const y = composition.find((c) => c.year === Number(date.slice(0, 4)));
  return y ? [...y.permanent, ...y.elected] : [...PERMANENT];
}

/** data/council.json's text: one vote per line. */
export function formatCouncilFile(record: CouncilRecord, sources: string[]): string {
  const votes = record.votes.map((v) => {
    const members = membersOf(record.composition, v.date);
    const others = Object.fromEntries(Object.entries(v.votes).filter(([m]) => !members.includes(m)));
    const stored: StoredVote = { ...v, votes: members.map((m) => v.votes[m] ?? "-").join(""), ...(Object.keys(others).length ? { others } : {}) };
    return JSON.stringify(stored);
  });
  const head = {
    format: COUNCIL_FORMAT,
    version: COUNCIL_VERSION,
    note: "Security Council votes on draft resolutions 1994-2025 (member votes as letters in the order of the year's members: permanent, then elected, as in composition; '-' for no row) and the vetoes since 1946; see src/council/readCouncilVotes.ts for the repairs and report for their counts",
    sources,
    report: record.report,
    composition: record.composition,
    vetoHistory: record.vetoHistory,
  };
  const text = JSON.stringify(head, null, 1);
  return `${text.slice(0, -2)},\n "votes": [\n${votes.join(",\n")}\n ]\n}\n`;
}

/** Parses data/council.json's text (see formatCouncilFile); a malformed file is an error naming it. */
export function parseCouncilFile(text: string, path: string): CouncilRecord {
  let f: CouncilFile;
  try {
    f = JSON.parse(text) as CouncilFile;
  } catch (e) {
    throw new PlenaryError(`invalid Council file ${JSON.stringify(path)}; not JSON (${(e as Error).message}); rebuild with \`plenary data build\``);
  }
  if (f?.format !== COUNCIL_FORMAT || f.version !== COUNCIL_VERSION || !Array.isArray(f.votes) || !Array.isArray(f.composition)) {
    throw new PlenaryError(`invalid Council file ${JSON.stringify(path)}; expected ${COUNCIL_FORMAT} v${COUNCIL_VERSION}; rebuild with \`plenary data build\``);
  }
  const votes: CouncilVote[] = f.votes.map((s) => {
    const members = membersOf(f.composition, s.date);
    const votes: Record<string, VoteLetter> = {};
    members.forEach((m, k) => {
      const x = s.votes[k];
      if (x === "Y" || x === "N" || x === "A" || x === "X") votes[m] = x;
    });
    Object.assign(votes, s.others ?? {});
    const { others: _o, ...rest } = s;
    return { ...rest, votes };
  });
  return { votes, composition: f.composition, vetoHistory: f.vetoHistory, report: f.report };
}
