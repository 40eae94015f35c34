import { existsSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { countryCatalog, type CountryFacts } from "./countryCatalog.ts";
import { formatStateNames, readNameRows, stateNamesFromRows } from "./stateNames.ts";
import { dataFingerprint, DATA_FILES, DATA_FORMAT, DATA_VERSION, type DataManifest, type RollCallColumns } from "./embeddedFormat.ts";
import { joinVoeten, type VoetenFacts } from "./joinVoeten.ts";
import { columnIndex, parseCsv } from "./parseCsv.ts";
import type { RawRollCall } from "./rawRollCall.ts";
import { readOfficialCsv } from "./readOfficialCsv.ts";
import { readTextFile } from "./readTextFile.ts";
import { readUndlScrape } from "./readUndlScrape.ts";
import type { MemberState } from "./types.ts";
import { codeOfLetter, type VoteLetter } from "./voteCodes.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Where `plenary data build` reads from and writes to. */
export interface BuildOptions {
  /** UN Digital Library long-format votes (`ga_votes_*.csv[.gz]`); needs `undlRollCalls`. */
  undlVotes?: string;
  /** UN Digital Library roll-call file (`ga_rollcalls.csv`). */
  undlRollCalls?: string;
  /** Official UN bulk files (`*_ga_voting.csv`) as downloaded; their records replace same-id ones. */
  official?: string[];
  /** Folder with Voeten's files (un_roll_calls.csv.gz, un_roll_call_issues.csv); when absent, issue codes are carried over from the existing dataset. */
  voeten?: string;
  /** Published Bailey-Strezhnev-Voeten ideal points CSV; when absent, the existing copy is kept. */
  reference?: string;
  /** Output folder (the embedded data/). */
  out: string;
  /** Record mismatched totals in the manifest instead of failing. Default false. */
  allowMismatch?: boolean;
  /** Max days between the two sources' dates for a Voeten match. Default 31 (Voeten's dates are often approximate). */
  voetenMaxGapDays?: number;
}

/**
 * Builds the compact embedded dataset from the raw sources: validates every
 * row (country codes, dates, vote codes, field counts), recomputes each roll
 * call's totals from the country rows and checks them against the stated
 * totals, joins Voeten's issue codes, and writes data/ (roll calls, member
 * states, a dense vote matrix and a manifest with the data fingerprint). All
 * files are written to temporaries first and renamed only after everything
 * succeeded, so a failed build leaves the previous dataset intact.
 */
export function buildDataset(options: BuildOptions): DataManifest {
  const catalog = countryCatalog();
  const sources: string[] = [];
  const byId = new Map<number, RawRollCall>();
  if (options.undlVotes || options.undlRollCalls) {
    if (!options.undlVotes || !options.undlRollCalls) throw new PlenaryError("invalid sources; the Digital Library votes and roll-call files go together");
    for (const r of readUndlScrape(options.undlVotes, options.undlRollCalls, catalog)) byId.set(r.undlId, r);
    sources.push(options.undlVotes, options.undlRollCalls);
  }
  for (const file of options.official ?? []) {
    for (const r of readOfficialCsv(file, catalog)) byId.set(r.undlId, r);
    sources.push(file);
  }
  if (byId.size === 0) throw new PlenaryError("no roll calls read; give the Digital Library files or an official *_ga_voting.csv");

  const rollCalls = [...byId.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.undlId - b.undlId));
  const mismatches = checkTotals(rollCalls);
  if (mismatches.length > 0 && !options.allowMismatch) {
    throw new PlenaryError(`totals do not match the country rows for ${mismatches.length} roll call(s): ${mismatches.slice(0, 5).join("; ")}${mismatches.length > 5 ? "; ..." : ""}`);
  }

  const states = memberStates(rollCalls, catalog);
  const col = new Map(states.map((s, k) => [s.iso3, k]));
  const votes = new Uint8Array(rollCalls.length * states.length);
  let nVotes = 0;
  rollCalls.forEach((r, i) => {
    for (const [iso3, v] of r.votes) {
      votes[i * states.length + (col.get(iso3) as number)] = codeOfLetter(v);
      nVotes++;
    }
  });

  const previous = readPreviousIssues(options.out);
  const gap = options.voetenMaxGapDays ?? 31;
  const joined: (VoetenFacts | null)[] = options.voeten ? joinVoeten(options.voeten, rollCalls, gap) : rollCalls.map((r) => previous.get(r.undlId) ?? null);
  if (options.voeten) sources.push(options.voeten);
  const columns = rollCallColumns(rollCalls, joined);
  const rollCallsJson = JSON.stringify(columns);
  const statesJson = JSON.stringify(states, null, 1);
  const fingerprint = dataFingerprint(votes, rollCallsJson, statesJson);

  const eligible = rollCalls.filter((r) => r.date < "2020-01-01").length;
  const joinedCount = joined.filter((j) => j !== null).length;
  const manifest: DataManifest = {
    format: DATA_FORMAT,
    version: DATA_VERSION,
    fingerprint,
    built: new Date().toISOString().slice(0, 10),
    counts: { rollCalls: rollCalls.length, votes: nVotes, states: states.length, first: rollCalls[0].date, last: rollCalls[rollCalls.length - 1].date },
    sources: sources.map((s) => s.replace(/^.*\/(shared\/)/, "$1")),
    voetenJoin: {
      eligible,
      joined: joinedCount,
      sameDate: joined.filter((j) => j !== null && j.dateGap === 0).length,
      withIssues: joined.filter((j) => j !== null && j.issues.length > 0).length,
      rate: eligible > 0 ? Math.round((joinedCount / eligible) * 10000) / 10000 : 0,
    },
    mismatches,
    files: [],
  };

  const files: [string, string | Uint8Array][] = [
    [DATA_FILES.rollCalls, rollCallsJson],
    [DATA_FILES.states, statesJson],
    [DATA_FILES.votes, votes],
  ];
  // names over time (not part of the fingerprint: renaming never changes a fitted model)
  const nameSources = [...(options.undlVotes ? [options.undlVotes] : []), ...(options.official ?? [])];
  files.push([DATA_FILES.names, formatStateNames(stateNamesFromRows(readNameRows(nameSources, catalog)))]);
  // Voeten's descriptions of the votes (for finding resembling roll calls; outside the fingerprint)
  const descriptions = options.voeten ? describedRollCalls(rollCalls, joined) : readPreviousDescriptions(options.out);
  if (descriptions) files.push([DATA_FILES.descriptions, descriptions]);
  if (options.reference) files.push([DATA_FILES.reference, compactReference(options.reference)]);
  // data/council.json (the Security Council, written by writeCouncil) is kept as it is
  const kept = [DATA_FILES.reference, DATA_FILES.council].filter((f) => !files.some(([name]) => name === f) && existsSync(join(options.out, f)));
  manifest.files = [...files.map(([name]) => name), ...kept].sort();
  files.push([DATA_FILES.manifest, JSON.stringify(manifest, null, 2) + "\n"]);
  writeAllOrNothing(options.out, files);
  return manifest;
}

function checkTotals(rollCalls: RawRollCall[]): string[] {
  const out: string[] = [];
  for (const r of rollCalls) {
    if (!r.stated) continue;
    const c = { Y: 0, N: 0, A: 0, X: 0 };
    for (const v of r.votes.values()) c[v]++;
    const s = r.stated;
    if (c.Y !== s.yes || c.N !== s.no || c.A !== s.abstain || c.X !== s.absent) {
      out.push(`${r.symbol} (undl_id ${r.undlId}, ${r.where}): stated ${s.yes}-${s.no}-${s.abstain} with ${s.absent} non-voting, country rows give ${c.Y}-${c.N}-${c.A} with ${c.X} non-voting`);
    }
  }
  return out;
}

function memberStates(rollCalls: RawRollCall[], catalog: Map<string, CountryFacts>): MemberState[] {
  const first = new Map<string, string>();
  const last = new Map<string, string>();
  for (const r of rollCalls) {
    for (const iso3 of r.votes.keys()) {
      if (!first.has(iso3)) first.set(iso3, r.date);
      last.set(iso3, r.date);
    }
  }
  return [...first.keys()].sort().map((iso3) => {
    const f = catalog.get(iso3) as CountryFacts;
    return { iso3, name: f.name, group: f.group, m49: f.m49, lat: f.lat, lon: f.lon, first: first.get(iso3) as string, last: last.get(iso3) as string, dissolved: f.dissolved };
  });
}

function rollCallColumns(rollCalls: RawRollCall[], joined: (VoetenFacts | null)[]): RollCallColumns {
  const count = (r: RawRollCall, v: VoteLetter) => {
    let n = 0;
    for (const x of r.votes.values()) if (x === v) n++;
    return n;
  };
  return {
    undlId: rollCalls.map((r) => r.undlId),
    symbol: rollCalls.map((r) => r.symbol),
    date: rollCalls.map((r) => r.date),
    session: rollCalls.map((r) => r.session),
    title: rollCalls.map((r) => r.title),
    yes: rollCalls.map((r) => r.stated?.yes ?? count(r, "Y")),
    no: rollCalls.map((r) => r.stated?.no ?? count(r, "N")),
    abstain: rollCalls.map((r) => r.stated?.abstain ?? count(r, "A")),
    absent: rollCalls.map((r) => r.stated?.absent ?? count(r, "X")),
    issues: joined.map((j) => (j ? j.issues.join(",") : "")),
    important: joined.map((j) => (j?.important ? 1 : 0)),
    voetenRcid: joined.map((j) => (j ? j.rcid : null)),
  };
}

/** data/descriptions.json: Voeten's description of each joined roll call, by Digital Library id, one per line. */
function describedRollCalls(rollCalls: readonly { undlId: number }[], joined: readonly (VoetenFacts | null)[]): string {
  const lines = rollCalls.flatMap((r, i) => (joined[i]?.description ? [`${JSON.stringify(String(r.undlId))}: ${JSON.stringify(joined[i]!.description)}`] : []));
  return `{"format": "plenary-descriptions", "version": 1, "source": "Voeten, unvotes 0.3: short and descr", "byUndlId": {\n${lines.join(",\n")}\n}}\n`;
}

function readPreviousDescriptions(dir: string): string | null {
  const path = join(dir, DATA_FILES.descriptions);
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

function readPreviousIssues(dir: string): Map<number, VoetenFacts> {
  const out = new Map<number, VoetenFacts>();
  const path = join(dir, DATA_FILES.rollCalls);
  if (!existsSync(path)) return out;
  const c = JSON.parse(readFileSync(path, "utf8")) as RollCallColumns;
  c.undlId.forEach((id, i) => {
    const rcid = c.voetenRcid[i];
    if (rcid !== null) out.set(id, { rcid, issues: c.issues[i] ? c.issues[i].split(",") : [], important: c.important[i] === 1, dateGap: 0 });
  });
  return out;
}

function compactReference(path: string): string {
  const t = parseCsv(readTextFile(path), path);
  const c = columnIndex(t, ["iso3c", "session", "IdealPoint"] as const);
  const lines = ["iso3,session,idealpoint"];
  for (const row of t.rows) {
    const iso3 = row[c.iso3c].trim();
    const x = Number(row[c.IdealPoint]);
    if (!/^[A-Z]{3}$/.test(iso3) || !Number.isFinite(x)) continue;
    lines.push(`${iso3},${Number(row[c.session])},${x.toFixed(4)}`);
  }
  return lines.join("\n") + "\n";
}

function writeAllOrNothing(dir: string, files: [string, string | Uint8Array][]): void {
  const stamp = `${process.pid}.${Date.now()}.tmp`;
  const written: string[] = [];
  try {
    for (const [name, content] of files) {
      const tmp = join(dir, `${name}.${stamp}`);
      mkdirSync(dirname(tmp), { recursive: true });
      writeFileSync(tmp, content);
      written.push(tmp);
    }
  } catch (e) {
    for (const tmp of written) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [name] of files) renameSync(join(dir, `${name}.${stamp}`), join(dir, name));
}
