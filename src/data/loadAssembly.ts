import { checkOptions } from "../util/checkArgs.ts";
import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { existsSync, readFileSync } from "node:fs";
import { PlenaryError } from "../util/PlenaryError.ts";
import { readJsonFile } from "../util/readJsonFile.ts";
import { NAMES_FORMAT, NAMES_VERSION, type NameSpan, type StateNames } from "./stateNames.ts";
import { join } from "node:path";
import { dataFingerprint, DATA_FILES, DATA_FORMAT, DATA_VERSION, defaultDataDir, type DataManifest, type RollCallColumns } from "./embeddedFormat.ts";
import { dayNumber, sessionKind, sessionPeriod } from "./sessionPeriod.ts";
import type { Assembly, MemberState, RollCall, VoteMatrix } from "./types.ts";
import { NOT_MEMBER, VOTE_LETTERS } from "./voteCodes.ts";

/** Options of `loadAssembly`. */
export interface LoadOptions {
  /** Folder of the embedded dataset. Default: the project's data/. */
  dir?: string;
}

/**
 * Loads the embedded General Assembly record: roll calls, member states and
 * the dense roll call x state vote matrix, checked against the manifest's
 * fingerprint. The arquero tables are built on first access. Cost: about
 * 0.1 s for the full 1946-2025 record (see `npm run bench`).
 *
 * @example
 * const a = loadAssembly();
 * a.rollCalls.find((r) => r.symbol === "A/RES/ES-11/4")?.stated // { yes: 143, no: 5, abstain: 35, absent: 10 }
 */
export function loadAssembly(options: LoadOptions = {}): Assembly {
  checkOptions(options);
  const dir = options.dir ?? defaultDataDir();
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name));
    } catch {
      throw new PlenaryError(`embedded data missing: ${join(dir, name)}; run \`plenary data build\``);
    }
  };
  const manifest = JSON.parse(read(DATA_FILES.manifest).toString("utf8")) as DataManifest;
  if (manifest.format !== DATA_FORMAT || manifest.version !== DATA_VERSION) {
    throw new PlenaryError(`unsupported data format in ${dir}: ${JSON.stringify(`${manifest.format} v${manifest.version}`)}; expected ${DATA_FORMAT} v${DATA_VERSION}`);
  }
  const rollCallsText = read(DATA_FILES.rollCalls).toString("utf8");
  const statesText = read(DATA_FILES.states).toString("utf8");
  const votesBuf = read(DATA_FILES.votes);
  const codes = new Uint8Array(votesBuf.buffer, votesBuf.byteOffset, votesBuf.byteLength);
  const fingerprint = dataFingerprint(codes, rollCallsText, statesText);
  if (fingerprint !== manifest.fingerprint) {
    throw new PlenaryError(`embedded data in ${dir} is inconsistent: fingerprint ${fingerprint} does not match the manifest's ${manifest.fingerprint}; rebuild with \`plenary data build\``);
  }
  const c = JSON.parse(rollCallsText) as RollCallColumns;
  const states = JSON.parse(statesText) as MemberState[];
  // UN short names (data/names.json, outside the fingerprint): each state's current name, and its names over time
  const names = readNames(dir);
  if (names) {
    for (const s of states) {
      const spans = names[s.iso3];
      if (spans && spans.length > 0) s.name = spans[spans.length - 1].name;
    }
  }
  const n = c.undlId.length;
  if (codes.length !== n * states.length) {
    throw new PlenaryError(`embedded data in ${dir} is inconsistent: votes.bin has ${codes.length} cells, expected ${n} x ${states.length}`);
  }
  const period = new Int16Array(n);
  const day = new Int32Array(n);
  const rollCalls: RollCall[] = new Array(n);
  for (let i = 0; i < n; i++) {
    period[i] = sessionPeriod(c.session[i], c.date[i]);
    day[i] = dayNumber(c.date[i]);
    rollCalls[i] = {
      undlId: c.undlId[i],
      symbol: c.symbol[i],
      date: c.date[i],
      session: c.session[i],
      period: period[i],
      kind: sessionKind(c.session[i]),
      title: c.title[i],
      stated: { yes: c.yes[i], no: c.no[i], abstain: c.abstain[i], absent: c.absent[i] },
      issues: c.issues[i] ? c.issues[i].split(",") : [],
      important: c.important[i] === 1,
      voetenRcid: c.voetenRcid[i],
    };
  }
  // Voeten's descriptions (data/descriptions.json, outside the fingerprint), for finding resembling roll calls
  const descriptions = readDescriptions(dir);
  if (descriptions) for (const r of rollCalls) {
    const d = descriptions[String(r.undlId)];
    if (d) r.description = d;
  }
  const matrix: VoteMatrix = { nRollCalls: n, nStates: states.length, codes, period, day };
  let tables: Assembly["tables"] | null = null;
  return {
    rollCalls,
    states,
    matrix,
    fingerprint,
    ...(names ? { names } : {}),
    get tables() {
      tables ??= buildTables(rollCalls, states, matrix);
      return tables;
    },
  };
}

/** data/names.json's names by ISO3, or null for a dataset built without it; a malformed file is an error naming it. */
function readNames(dir: string): Record<string, NameSpan[]> | null {
  const path = join(dir, DATA_FILES.names);
  if (!existsSync(path)) return null;
  const n = readJsonFile(path, "names file") as Partial<StateNames>;
  const ok = n.format === NAMES_FORMAT && n.version === NAMES_VERSION && n.states && typeof n.states === "object" &&
    Object.values(n.states).every((spans) => Array.isArray(spans) && spans.every((x) => typeof x?.name === "string" && typeof x?.from === "string"));
  if (!ok) throw new PlenaryError(`invalid names file ${JSON.stringify(path)}; expected ${NAMES_FORMAT} v${NAMES_VERSION} with { name, from } spans per state; rebuild with \`plenary data build\``);
  return n.states as Record<string, NameSpan[]>;
}

/** data/descriptions.json's descriptions by Digital Library id, or null for a dataset built without it; a malformed file is an error naming it. */
function readDescriptions(dir: string): Record<string, string> | null {
  const path = join(dir, DATA_FILES.descriptions);
  if (!existsSync(path)) return null;
  const d = readJsonFile(path, "descriptions file") as { format?: unknown; version?: unknown; byUndlId?: unknown };
  const ok = d.format === "plenary-descriptions" && d.version === 1 && d.byUndlId !== null && typeof d.byUndlId === "object" &&
    Object.values(d.byUndlId as object).every((x) => typeof x === "string");
  if (!ok) throw new PlenaryError(`invalid descriptions file ${JSON.stringify(path)}; expected plenary-descriptions v1 with a description string per Digital Library id; rebuild with \`plenary data build\``);
  return d.byUndlId as Record<string, string>;
}

function buildTables(rollCalls: RollCall[], states: MemberState[], m: VoteMatrix): Assembly["tables"] {
  const rollCallTable: ColumnTable = aq.table({
    undlId: rollCalls.map((r) => r.undlId),
    symbol: rollCalls.map((r) => r.symbol),
    date: rollCalls.map((r) => r.date),
    session: rollCalls.map((r) => r.session),
    period: Array.from(m.period),
    kind: rollCalls.map((r) => r.kind),
    title: rollCalls.map((r) => r.title),
    yes: rollCalls.map((r) => r.stated.yes),
    no: rollCalls.map((r) => r.stated.no),
    abstain: rollCalls.map((r) => r.stated.abstain),
    absent: rollCalls.map((r) => r.stated.absent),
    issues: rollCalls.map((r) => r.issues.join(",")),
    important: rollCalls.map((r) => r.important),
  });
  let count = 0;
  for (let k = 0; k < m.codes.length; k++) if (m.codes[k] !== NOT_MEMBER) count++;
  const symbol: string[] = new Array(count);
  const date: string[] = new Array(count);
  const iso3: string[] = new Array(count);
  const vote: string[] = new Array(count);
  let j = 0;
  for (let r = 0; r < m.nRollCalls; r++) {
    for (let s = 0; s < m.nStates; s++) {
      const v = m.codes[r * m.nStates + s];
      if (v === NOT_MEMBER) continue;
      symbol[j] = rollCalls[r].symbol;
      date[j] = rollCalls[r].date;
      iso3[j] = states[s].iso3;
      vote[j] = VOTE_LETTERS[v];
      j++;
    }
  }
  const votes: ColumnTable = aq.table({ symbol, date, iso3, vote });
  const stateTable: ColumnTable = aq.from(states);
  return { rollCalls: rollCallTable, votes, states: stateTable };
}
