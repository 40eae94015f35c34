import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DATA_FILES } from "../data/embeddedFormat.ts";
import { checkString } from "../util/checkArgs.ts";
import { writeAtomic } from "../util/writeAtomic.ts";
import { buildCouncil, type CouncilSources } from "./buildCouncil.ts";
import { formatCouncilFile } from "./councilFile.ts";
import type { CouncilRecord } from "./types.ts";

/** The Council's raw files in the shared data folder (`../shared/data/unsc`), or null when they are not there. */
export function sharedCouncilSources(root = fileURLToPath(new URL("../../../shared/data/", import.meta.url))): CouncilSources | null {
  checkString(root, "root", 4096);
  const votes = `${root}unsc/sc_votes_1994_2025.csv.gz`;
  const vetoes = `${root}unsc/unsc_vetoes_1946_sept2022.csv`;
  if (!existsSync(votes)) return null;
  return { votes, ...(existsSync(vetoes) ? { vetoes } : {}) };
}

/**
 * Builds the Council's record (`buildCouncil`) and writes it to
 * `out/council.json` (to a temporary file, then renamed). Part of `plenary
 * data build`; the file is outside the Assembly's fingerprint.
 */
export function writeCouncil(out: string, sources: CouncilSources): CouncilRecord {
  checkString(out, "out", 4096);
  const record = buildCouncil(sources);
  const short = (s: string) => s.replace(/^.*\/(shared\/)/, "$1");
  writeAtomic(join(out, DATA_FILES.council), formatCouncilFile(record, [sources.votes, ...(sources.vetoes ? [sources.vetoes] : [])].map(short)));
  return record;
}
