import { columnIndex, parseCsv } from "../data/parseCsv.ts";
import { readTextFile } from "../data/readTextFile.ts";
import type { VoteLetter } from "../data/voteCodes.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { codeOfName, countriesIn, nameIndex, normalizeName, type NameIndex } from "./councilNames.ts";
import { PERMANENT, type CouncilIngestReport, type CouncilVote, type CouncilYear } from "./types.ts";

const COLUMNS = ["Year", "Date,", "Resolution", "Meeting", "Draft", "Agenda item", "Region", "Submitted by", "Outcome results", "Vote", "Member State", "ID", "Topic"] as const;
const P5 = new Set<string>(PERMANENT);
const LETTER: Readonly<Record<string, VoteLetter>> = { yes: "Y", no: "N", abstain: "A" };

interface Row {
  line: number;
  member: string;
  vote: VoteLetter;
}

interface Draft {
  id: number;
  serial: number;
  meetingText: string;
  resolutionText: string;
  draftText: string;
  agenda: string;
  topic: string;
  region: string;
  sponsorsText: string;
  stated: string;
  rows: Row[];
}

/** Excel serial day (day 0 = 1899-12-30) as an ISO date. */
export function excelSerialDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** The number of a meeting written "3326", "S/PV.9143", "PV.9143" or "S/PV9143"; null for "V131" (written procedure) or none. */
export function meetingNumber(text: string): number | null {
  const m = /^(?:S\/)?(?:PV\.?)?\s*(\d{3,5})$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** "893 (1994)", "Resolution 2623 (2022)", "S/RES/2756 (2024)", "S/RES/2781(2025)" as "S/RES/893 (1994)"; null when not a resolution symbol. */
export function resolutionSymbol(text: string): string | null {
  const t = text.replace(/\u00a0/g, " ").trim();
  const m = /^(?:Resolution\s+|S\/RES\/)?(\d{1,4})\s*[(/]\s*(\d{4})\)?$/.exec(t);
  return m ? `S/RES/${m[1]} (${m[2]})` : null;
}

/** The draft symbol at the head of a cell ("S/1995/395,  orally revised ..." -> "S/1995/395"); "" when none. */
export function draftSymbol(text: string): string {
  const t = text.replace(/\u00a0/g, " ").trim();
  const m = /^[sS]\/(\d{4})[/-](\d{1,4})\b/.exec(t);
  return m ? `S/${m[1]}/${Number(m[2])}` : "";
}

/**
 * Reads the Council's vote file (`sc_votes_1994_2025.csv[.gz]`), repairs its
 * known flaws and returns the votes, the composition by year and a report
 * with a count of each flaw found (see the data README): blank rows; day and
 * month swapped (found by the meeting numbers, which rise with time);
 * members with no row (recorded as not participating); members listed twice
 * (first row kept); misspelt member names (nearest name); resolution and
 * draft symbols in each other's columns; stated outcomes contradicted by the
 * resolution symbol and the member rows. Totals are recomputed from the
 * member rows and checked against the outcome (Art. 27(3): nine yes and no
 * permanent member against); votes whose rows contradict it are kept and
 * flagged `reliable: false`.
 */
export function readCouncilVotes(path: string, index: NameIndex = nameIndex()): { votes: CouncilVote[]; composition: CouncilYear[]; report: Omit<CouncilIngestReport, "vetoHistory"> } {
  const table = parseCsv(readTextFile(path, "Council votes file"), path);
  const c = columnIndex(table, COLUMNS);
  const report: Omit<CouncilIngestReport, "vetoHistory"> = {
    rows: table.rows.length, blankRows: 0, votes: 0, adopted: 0, vetoed: 0, failed: 0, procedural: 0,
    datesOutOfOrder: 0, datesSwapped: 0, datesUnrepaired: 0, votesWithMissingMembers: 0, missingMemberRows: 0,
    votesWithDuplicates: 0, duplicateRows: 0, conflictingDuplicates: 0, misspeltNames: {}, swappedSymbols: 0,
    outcomesRepaired: 0, resolutionMissing: 0, rowsOfNonMembers: 0, rowsInconsistent: 0, unmatchedSponsors: 0,
    composition: { years: 0, tenElected: 0, irregularTerms: [] },
  };
  const drafts = new Map<number, Draft>();
  table.rows.forEach((row, k) => {
    if (row.every((f) => f.trim() === "")) {
      report.blankRows++;
      return;
    }
    const line = table.lines[k];
    const id = Number(row[c.ID]);
    if (!Number.isInteger(id)) throw new PlenaryError(`invalid Council votes file ${path}, line ${line}: ID is not a whole number: ${JSON.stringify(row[c.ID])}`);
    const serial = Number(row[c["Date,"]]);
    if (!Number.isFinite(serial) || serial < 30000 || serial > 60000) throw new PlenaryError(`invalid Council votes file ${path}, line ${line}: date is not an Excel serial day: ${JSON.stringify(row[c["Date,"]])}`);
    const letter = LETTER[row[c.Vote].trim().toLowerCase()];
    if (!letter) throw new PlenaryError(`invalid Council votes file ${path}, line ${line}: vote is not Yes, No or Abstain: ${JSON.stringify(row[c.Vote])}`);
    const name = row[c["Member State"]].trim();
    const hit = codeOfName(index, name);
    if (!hit) throw new PlenaryError(`invalid Council votes file ${path}, line ${line}: unknown member state: ${JSON.stringify(name)}`);
    if (hit.misspelt) {
      const m = (report.misspeltNames[name] ??= { iso3: hit.iso3, rows: 0 });
      m.rows++;
    }
    let d = drafts.get(id);
    if (!d) {
      d = {
        id, serial, meetingText: row[c.Meeting].trim(), resolutionText: row[c.Resolution], draftText: row[c.Draft],
        agenda: row[c["Agenda item"]].trim(), topic: row[c.Topic].trim(), region: row[c.Region].trim(),
        sponsorsText: row[c["Submitted by"]].trim(), stated: row[c["Outcome results"]].trim(), rows: [],
      };
      drafts.set(id, d);
    }
    d.rows.push({ line, member: hit.iso3, vote: letter });
  });

  const list = [...drafts.values()].sort((a, b) => a.id - b.id);
  const dates = repairDates(list, report);
  // composition by year: the members with a row that year
  const byYear = new Map<number, Map<string, number>>();
  list.forEach((d, k) => {
    const y = Number(dates[k].slice(0, 4));
    const sigs = byYear.get(y) ?? new Map<string, number>();
    const elected = [...new Set(d.rows.map((r) => r.member).filter((m) => !P5.has(m)))].sort();
    if (elected.length === 10) sigs.set(elected.join(","), (sigs.get(elected.join(",")) ?? 0) + 1);
    byYear.set(y, sigs);
  });
  const composition = checkComposition(byYear, report);
  const membersOf = new Map(composition.map((y) => [y.year, [...y.permanent, ...y.elected]]));

  const votes: CouncilVote[] = list.map((d, k) => {
    const date = dates[k];
    // symbols: the draft (S/YYYY/N) and the resolution, swapped back when in each other's columns
    let resolution = resolutionSymbol(d.resolutionText);
    let draft = draftSymbol(d.draftText);
    if (resolution === null && draft === "" && resolutionSymbol(d.draftText) && draftSymbol(d.resolutionText)) {
      resolution = resolutionSymbol(d.draftText);
      draft = draftSymbol(d.resolutionText);
      report.swappedSymbols++;
    }
    // member votes: first row of a duplicated member kept; members with no row did not take part
    const votes: Record<string, VoteLetter> = {};
    let dups = 0;
    for (const r of d.rows) {
      if (r.member in votes) {
        dups++;
        if (votes[r.member] !== r.vote) report.conflictingDuplicates++;
        continue;
      }
      votes[r.member] = r.vote;
    }
    if (dups > 0) {
      report.votesWithDuplicates++;
      report.duplicateRows += dups;
    }
    const yearMembers = membersOf.get(Number(date.slice(0, 4))) ?? [];
    const strangers = Object.keys(votes).filter((m) => !yearMembers.includes(m));
    if (strangers.length > 0) report.rowsOfNonMembers++;
    let missing = 0;
    for (const m of membersOf.get(Number(date.slice(0, 4))) ?? []) {
      if (!(m in votes)) {
        votes[m] = "X";
        missing++;
      }
    }
    if (missing > 0) {
      report.votesWithMissingMembers++;
      report.missingMemberRows += missing;
    }
    const yes = Object.values(votes).filter((v) => v === "Y").length;
    const p5No = PERMANENT.filter((m) => votes[m] === "N");
    const statedAdopted = /^adopted/i.test(d.stated);
    const statedVeto = /veto/i.test(d.stated);
    // outcome: a resolution symbol means adopted; otherwise a permanent member's no with nine yes (or a stated veto) is a veto
    let outcome: CouncilVote["outcome"];
    if (resolution !== null) outcome = "adopted";
    else if (statedAdopted && p5No.length === 0 && yes >= 9) {
      outcome = "adopted";
      report.resolutionMissing++;
    } else outcome = p5No.length > 0 && (yes >= 9 || statedVeto) ? "vetoed" : "failed";
    const statedOutcome = statedAdopted ? "adopted" : statedVeto ? "vetoed" : "failed";
    if (statedOutcome !== outcome) report.outcomesRepaired++;
    return {
      id: d.id, date, meeting: d.meetingText === "" ? "" : meetingNumber(d.meetingText) !== null ? `S/PV.${meetingNumber(d.meetingText)}` : d.meetingText,
      draft, resolution: outcome === "adopted" ? resolution : null, agenda: d.agenda, agendaKey: agendaKey(index, d.topic, d.agenda),
      region: d.region === "" || d.region === "Other" ? "Thematic" : d.region, sponsors: sponsorsOf(index, d.sponsorsText, report),
      outcome, vetoedBy: outcome === "vetoed" ? p5No : [], procedural: false, votes, reliable: strangers.length === 0,
      _stated: d.stated,
    } as CouncilVote & { _stated: string };
  });
  // rows that contradict the outcome: flagged unreliable; an adopted resolution with a permanent member's no and
  // consistent rows around it is procedural (Art. 27(2)), as S/RES/2623 (2022)
  const contradicts = (v: CouncilVote & { _stated: string }) => {
    const vals = Object.values(v.votes);
    const yes = vals.filter((x) => x === "Y").length;
    if (v.outcome === "adopted") return yes < 9 || (/unanimous/i.test(v._stated) && vals.some((x) => x === "N" || x === "A"));
    if (v.outcome === "vetoed") return false;
    return yes >= 9 && !PERMANENT.some((m) => v.votes[m] === "N");
  };
  const bad = votes.map((v) => contradicts(v as CouncilVote & { _stated: string }));
  votes.forEach((v, k) => {
    if (v.outcome === "adopted" && PERMANENT.some((m) => v.votes[m] === "N")) {
      const near = bad.slice(Math.max(0, k - 3), k + 4).some(Boolean);
      if (!bad[k] && !near && /majority/i.test((v as CouncilVote & { _stated: string })._stated)) v.procedural = true;
      else bad[k] = true;
    }
    if (bad[k] || !v.reliable) {
      v.reliable = false;
      report.rowsInconsistent++;
    }
    delete (v as Partial<CouncilVote & { _stated: string }>)._stated;
  });
  votes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  report.votes = votes.length;
  report.adopted = votes.filter((v) => v.outcome === "adopted").length;
  report.vetoed = votes.filter((v) => v.outcome === "vetoed").length;
  report.failed = votes.filter((v) => v.outcome === "failed").length;
  report.procedural = votes.filter((v) => v.procedural).length;
  return { votes, composition, report };
}

/**
 * Dates repaired by the meeting numbers: a vote whose stored date lies outside
 * the dates of its neighbours by meeting number (the median of the three
 * before and of the three after) is out of order; when swapping its day and
 * month puts it in order, the swap is the repair. Votes without a meeting
 * number are compared with their neighbours by source id.
 */
function repairDates(list: Draft[], report: Omit<CouncilIngestReport, "vetoHistory">): string[] {
  const dates = list.map((d) => excelSerialDate(d.serial));
  // order: by meeting number; votes without one take the position of their neighbour by id
  const key = list.map((d) => meetingNumber(d.meetingText));
  const order: number[] = [];
  const numbered = list.map((_, k) => k).filter((k) => key[k] !== null).sort((a, b) => (key[a] as number) - (key[b] as number) || list[a].id - list[b].id);
  const pos = new Map<number, number>();
  numbered.forEach((k, i) => pos.set(k, i));
  const slot = list.map((_, k) => {
    if (key[k] !== null) return pos.get(k) as number;
    for (let j = k - 1; j >= 0; j--) if (key[j] !== null) return (pos.get(j) as number) + 0.5;
    return -0.5;
  });
  order.push(...list.map((_, k) => k).sort((a, b) => slot[a] - slot[b] || list[a].id - list[b].id));
  // disorder of a date at position i: neighbours (three each side) on the wrong side of it
  const fixed = [...dates];
  const cost = (i: number, d: string) => {
    let n = 0;
    for (let j = Math.max(0, i - 3); j < i; j++) if (fixed[order[j]] > d) n++;
    for (let j = i + 1; j < Math.min(order.length, i + 4); j++) if (fixed[order[j]] < d) n++;
    return n;
  };
  for (let pass = 0; pass < 2; pass++) {
    order.forEach((k, i) => {
      const [y, m, day] = fixed[k].split("-");
      if (Number(day) > 12 || day === m) return;
      const swapped = `${y}-${day}-${m}`;
      if (cost(i, swapped) < cost(i, fixed[k])) fixed[k] = swapped;
    });
  }
  // out of order: the stored date on the wrong side of a repaired neighbour
  report.datesOutOfOrder = order.filter((k, i) => cost(i, dates[k]) > 0).length;
  report.datesSwapped = fixed.filter((d, k) => d !== dates[k]).length;
  report.datesUnrepaired = order.filter((k, i) => cost(i, fixed[k]) > 0).length;
  return fixed;
}

/**
 * The composition by year: among the sets of ten elected members seen on a
 * vote that year, the one that shares most members with the neighbouring
 * years' (elected terms overlap by five), then the most frequent. Checked:
 * five permanent members, ten elected, each elected for two consecutive years.
 */
function checkComposition(byYear: Map<number, Map<string, number>>, report: Omit<CouncilIngestReport, "vetoHistory">): CouncilYear[] {
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const candidates = years.map((y) => [...(byYear.get(y) as Map<string, number>)].sort((a, b) => b[1] - a[1]));
  const pick = candidates.map((c) => (c[0]?.[0] ?? "").split(",").filter(Boolean));
  const overlap = (a: string[], b: string[] | undefined) => (b ? a.filter((x) => b.includes(x)).length : 0);
  for (let pass = 0; pass < 3; pass++) {
    years.forEach((_, i) => {
      let best = pick[i];
      let bestScore = -1;
      for (const [sig, n] of candidates[i]) {
        const set = sig.split(",");
        const score = (overlap(set, pick[i - 1]) + overlap(set, pick[i + 1])) * 1e6 + n;
        if (score > bestScore) {
          bestScore = score;
          best = set;
        }
      }
      pick[i] = best;
    });
  }
  const out: CouncilYear[] = years.map((year, i) => ({ year, permanent: [...PERMANENT], elected: [...pick[i]].sort() }));
  report.composition.years = out.length;
  report.composition.tenElected = out.filter((y) => y.elected.length === 10).length;
  const first = years[0];
  const last = years[years.length - 1];
  const seats = new Map<string, number[]>();
  for (const y of out) for (const m of y.elected) seats.set(m, [...(seats.get(m) ?? []), y.year]);
  for (const [m, ys] of seats) {
    // runs of consecutive years; each run is two years (one at the record's edges)
    let start = 0;
    for (let i = 1; i <= ys.length; i++) {
      if (i === ys.length || ys[i] !== ys[i - 1] + 1) {
        const run = ys.slice(start, i);
        const edge = run[0] === first || run[run.length - 1] === last;
        if (run.length % 2 !== 0 && !edge) report.composition.irregularTerms.push(`${m} ${run.join("-")}`);
        start = i;
      }
    }
  }
  report.composition.irregularTerms.sort();
  return out;
}

function sponsorsOf(index: NameIndex, text: string, report: Omit<CouncilIngestReport, "vetoHistory">): string[] {
  const t = text.replace(/\u00a0/g, " ").trim();
  if (t === "" || /^(president|-none-|none)$/i.test(t)) return [];
  const out: string[] = [];
  for (const part of t.split(/\s*(?:,|;|\band\b)\s*/)) {
    const p = part.replace(/^the\s+/i, "").trim();
    if (p === "" || /^president$/i.test(p)) continue;
    const hit = codeOfName(index, p);
    if (hit && !hit.misspelt) {
      if (!out.includes(hit.iso3)) out.push(hit.iso3);
    } else report.unmatchedSponsors++;
  }
  return out;
}

/** The key of an agenda item: the first country named in the topic or the item, else the item without dates and numbers. */
export function agendaKey(index: NameIndex, topic: string, agenda: string): string {
  const paren = /\(([^)]+)\)\s*$/.exec(topic)?.[1] ?? "";
  for (const t of [paren, topic, agenda]) {
    const hit = countriesIn(index, t)[0];
    if (hit) return hit;
  }
  const text = normalizeName(agenda.replace(/\d+/g, " ").replace(/\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi, " "));
  return text.split(" ").slice(0, 8).join(" ");
}
