import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";

/** Format name and version of the embedded dataset in data/. */
export const DATA_FORMAT = "plenary-data";
export const DATA_VERSION = 1;

/** Files of the embedded dataset. */
export const DATA_FILES = {
  rollCalls: "rollcalls.json",
  states: "states.json",
  votes: "votes.bin",
  manifest: "manifest.json",
  names: "names.json",
  descriptions: "descriptions.json",
  reference: "reference/bsv_idealpoints.csv",
  /** The Security Council's record, written by src/council/writeCouncil.ts (outside the fingerprint: the Assembly's models do not depend on it). */
  council: "council.json",
} as const;

/** The project's embedded data folder (`data/` at the repository root). */
export function defaultDataDir(): string {
  return fileURLToPath(new URL("../../data/", import.meta.url));
}

/** Column-oriented roll-call file contents. */
export interface RollCallColumns {
  undlId: number[];
  symbol: string[];
  date: string[];
  session: string[];
  title: string[];
  yes: number[];
  no: number[];
  abstain: number[];
  absent: number[];
  /** Comma-separated Voeten issue codes, "" when none. */
  issues: string[];
  important: number[];
  voetenRcid: (number | null)[];
}

/** The manifest written beside the data. */
export interface DataManifest {
  format: typeof DATA_FORMAT;
  version: typeof DATA_VERSION;
  fingerprint: string;
  built: string;
  counts: { rollCalls: number; votes: number; states: number; first: string; last: string };
  sources: string[];
  voetenJoin: { eligible: number; joined: number; sameDate: number; withIssues: number; rate: number } | null;
  mismatches: string[];
  /** The files of the dataset, beside the manifest (absent in datasets built before names.json). */
  files?: string[];
}

/** The data fingerprint: a hash of the vote matrix, roll calls and states (16 hex digits). */
export function dataFingerprint(votes: Uint8Array, rollCallsJson: string, statesJson: string): string {
  return createHash("sha256").update(votes).update(rollCallsJson).update(statesJson).digest("hex").slice(0, 16);
}
