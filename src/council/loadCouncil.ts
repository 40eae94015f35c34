import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, defaultDataDir } from "../data/embeddedFormat.ts";
import { checkOptions } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { parseCouncilFile } from "./councilFile.ts";
import type { CouncilRecord } from "./types.ts";

const cache = new Map<string, CouncilRecord>();

/** Options of `loadCouncil`. */
export interface LoadCouncilOptions {
  /** Folder of the embedded dataset. Default: the project's data/. */
  dir?: string;
  /** Return null instead of failing when the dataset has no council.json. */
  optional?: boolean;
}

/**
 * Loads the embedded Security Council record (data/council.json): every
 * recorded vote since 1994 with each member's vote, the composition by year
 * and the vetoes since 1946. Read once per folder and cached.
 *
 * @example
 * const c = loadCouncil();
 * c.votes.find((v) => v.draft === "S/2022/720")?.vetoedBy; // ["RUS"]
 */
export function loadCouncil(options: LoadCouncilOptions & { optional: true }): CouncilRecord | null;
export function loadCouncil(options?: LoadCouncilOptions): CouncilRecord;
export function loadCouncil(options: LoadCouncilOptions = {}): CouncilRecord | null {
  checkOptions(options);
  const dir = options.dir ?? defaultDataDir();
  const path = join(dir, DATA_FILES.council);
  const hit = cache.get(path);
  if (hit) return hit;
  if (!existsSync(path)) {
    if (options.optional) return null;
    throw new PlenaryError(`embedded data missing: ${path}; run \`plenary data build\` (with the Security Council's sources)`);
  }
  const record = parseCouncilFile(readFileSync(path, "utf8"), path);
  cache.set(path, record);
  return record;
}
