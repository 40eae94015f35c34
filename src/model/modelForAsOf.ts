import { checkIsoDate } from "../util/checkArgs.ts";
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Assembly } from "../data/types.ts";
import { dayNumber, isIsoDate } from "../data/sessionPeriod.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { checkAssembly, checkOptions } from "../util/checkArgs.ts";
import { defaultCacheDir } from "./defaultCacheDir.ts";
import { fitIdealPoints } from "./idealPoints/fitIdealPoints.ts";
import { loadModel } from "./loadModel.ts";
import { modelJson } from "./io/saveModel.ts";
import { writeAtomic } from "../util/writeAtomic.ts";
import { INPUT_LIMITS, readInputFile } from "../util/readInputFile.ts";
import { MODEL_VERSION, type FittedModel } from "./types.ts";

/** Options of `modelForAsOf` and `findModelForAsOf`. */
export interface ModelForAsOfOptions {
  /** Folders of committed models; only files named `cutoff-YYYY-MM-DD.json` are considered. Default: the package's models/. */
  dirs?: string[];
  /** Folder where models fitted on the fly are cached (and looked up); null to neither read nor write a cache. Default: `defaultCacheDir()` ($XDG_CACHE_HOME/plenary or ~/.cache/plenary). */
  cacheDir?: string | null;
  /** First date of the fit. Default: 30 years before the cutoff (the recipe of the committed models). */
  from?: string;
  /** Latent dimensions, 1 (default) or 2. A 2-D model is never a committed one: it is fitted (about 20 s) and cached. */
  dims?: 1 | 2;
  /** Progress callback for an on-the-fly fit. */
  onProgress?: (fraction: number, message: string) => void;
  /** Called with a warning (a cache that cannot be written or read); default: none. */
  onWarning?: (message: string) => void;
}

/** A model found by {@link findModelForAsOf}, with where it came from (for provenance). */
export interface FoundModel {
  model: FittedModel;
  /** The file it was read from (committed or cached), or null when it was fitted now. */
  file: string | null;
  /** When fitted now: the cache file it was saved to, or null when kept in memory only. */
  cachedAs: string | null;
}

/**
 * The fit settings of every model `modelForAsOf` uses or fits (the defaults
 * of `fitIdealPoints`, one dimension); a saved model with other settings is
 * never used for a forecast. A test checks that they equal what
 * `fitIdealPoints` records by default.
 */
export const RECIPE_OPTIONS: FittedModel["options"] = { dims: 1, walkSd: 0.25, seed: 1, maxIterations: 1000, tolerance: 1e-7, betaSd: 4, shrink: 4, balanceSessions: true };

/** The package's models/ folder (same depth from src/model/ and dist/model/). */
export function defaultModelsDir(): string {
  return fileURLToPath(new URL("../../models/", import.meta.url));
}

/** The default first date of a fit with cutoff `cutoff`: 30 years before (29 February becomes 28 February). */
export function windowStart(cutoff: string): string {
  checkIsoDate(cutoff, "cutoff");
  const s = `${Number(cutoff.slice(0, 4)) - 30}${cutoff.slice(4)}`;
  return isIsoDate(s) ? s : `${s.slice(0, 8)}28`;
}

/**
 * A fitted model that uses all the data strictly before `asOf` and nothing
 * after. See {@link findModelForAsOf}; this returns the model only.
 *
 * @example
 * const model = modelForAsOf(loadAssembly(), "2022-10-11"); // models/cutoff-2022-10-11.json
 */
export function modelForAsOf(assembly: Assembly, asOf: string, options: ModelForAsOfOptions = {}): FittedModel {
  return findModelForAsOf(assembly, asOf, options).model;
}

/**
 * Finds the model for a forecast as of `asOf`, and says where it came from.
 * A saved model is used only when it matches exactly what would be fitted
 * now: fitted on this data (same fingerprint), with {@link RECIPE_OPTIONS},
 * from `options.from` (default: 30 years before its cutoff), and with a
 * cutoff that sees the same roll calls as `asOf` (on or before asOf, no roll
 * call in between). Looked up, in order:
 *
 * 1. committed models: `cutoff-YYYY-MM-DD.json` in `options.dirs` (default
 *    the package's models/); any other file there (`default.json`, a
 *    `plenary fit` output) is never used;
 * 2. the cache: `model-v1-<fingerprint>-cutoff-<asOf>-from-<from>-<sha>.json`
 *    in `options.cacheDir`, where `<sha>` is the first 16 hex digits of the
 *    SHA-256 of the file's content, checked on load (an edited or damaged
 *    cache entry is refused, naming the file);
 * 3. otherwise fitted now (seconds) and saved to the cache; when the cache
 *    cannot be written the model is kept in memory (a warning says why).
 *    The model returned is exactly the one saved (numbers rounded as
 *    saveModel rounds them, read back), with or without a cache, so the
 *    first and second runs of a forecast give the same numbers.
 *
 * Every file read is fully validated (`loadModel`); a broken committed or
 * cached model is an error naming the file. Never returns a model that saw a
 * vote on or after asOf.
 */
export function findModelForAsOf(assembly: Assembly, asOf: string, options: ModelForAsOfOptions = {}): FoundModel {
  checkAssembly(assembly, "assembly", ["rollCalls"]);
  checkOptions(options);
  if (typeof asOf !== "string" || !isIsoDate(asOf)) throw new PlenaryError(`invalid asOf; not a date (YYYY-MM-DD): ${JSON.stringify(asOf)}`);
  checkAsOfInRecord(assembly, asOf);
  if (options.from !== undefined && !isIsoDate(options.from)) throw new PlenaryError(`invalid from; not a date (YYYY-MM-DD): ${JSON.stringify(options.from)}`);
  const dims = options.dims ?? 1;
  if (dims !== 1 && dims !== 2) throw new PlenaryError(`invalid dims; expected 1 or 2: ${JSON.stringify(options.dims)}`);
  const recipe: FittedModel["options"] = { ...RECIPE_OPTIONS, dims };
  const lastBefore = lastVoteBefore(assembly, asOf);
  const sameCutoff = (cutoff: string) => cutoff <= asOf && cutoff > lastBefore;
  const fromFor = (cutoff: string) => options.from ?? windowStart(cutoff);
  const matches = (m: FittedModel) =>
    m.fingerprint === assembly.fingerprint && sameCutoff(m.cutoff) && m.from === fromFor(m.cutoff) && sameOptions(m.options, recipe);

  const candidates: { path: string; cutoff: string; cached: boolean; sha?: string }[] = [];
  for (const dir of options.dirs ?? [defaultModelsDir()]) {
    for (const f of listDir(dir)) {
      const cutoff = /^cutoff-(\d{4}-\d{2}-\d{2})\.json$/.exec(f)?.[1];
      if (cutoff && sameCutoff(cutoff)) candidates.push({ path: join(dir, f), cutoff, cached: false });
    }
  }
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const prefix = `model-v${MODEL_VERSION}-${assembly.fingerprint}-${dims === 2 ? "dims2-" : ""}cutoff-`;
  if (cacheDir) {
    const cached = new RegExp(`^${prefix}(\\d{4}-\\d{2}-\\d{2})-from-(\\d{4}-\\d{2}-\\d{2})-([0-9a-f]{16})\\.json$`);
    for (const f of listDir(cacheDir)) {
      const hit = cached.exec(f);
      if (hit && sameCutoff(hit[1]) && hit[2] === fromFor(hit[1])) candidates.push({ path: join(cacheDir, f), cutoff: hit[1], cached: true, sha: hit[3] });
    }
  }
  // latest cutoff first; committed before cached
  candidates.sort((x, y) => (x.cutoff === y.cutoff ? Number(x.cached) - Number(y.cached) : x.cutoff < y.cutoff ? 1 : -1));
  for (const c of candidates) {
    if (c.sha !== undefined) {
      const sha = contentSha(readInputFile(c.path, "model file", INPUT_LIMITS.model));
      if (sha !== c.sha) throw new PlenaryError(`invalid model file ${JSON.stringify(c.path)}; its content does not match the checksum in its name (${c.sha}, content ${sha}): the cache entry was changed or damaged; delete it to refit`, { code: "model" });
    }
    const m = loadModel(c.path);
    if (m.cutoff !== c.cutoff) throw new PlenaryError(`invalid model file ${JSON.stringify(c.path)}; its name says cutoff ${c.cutoff} but it holds cutoff: ${JSON.stringify(m.cutoff)}`);
    if (matches(m)) return { model: m, file: c.path, cachedAs: null };
  }

  const from = fromFor(asOf);
  const fitted = fitIdealPoints(assembly, { from, until: asOf, dims, onProgress: options.onProgress });
  // the model used is the model saved: rounded as saveModel rounds it and read back, so that a later run
  // that finds it in the cache gives the same numbers as this one (with or without a cache)
  const text = modelJson(fitted);
  const model = JSON.parse(text) as FittedModel;
  let cachedAs: string | null = null;
  if (cacheDir) {
    const path = join(cacheDir, `${prefix}${asOf}-from-${from}-${contentSha(Buffer.from(text, "utf8"))}.json`);
    try {
      writeAtomic(path, text);
      cachedAs = path;
    } catch (e) {
      options.onWarning?.(`model fitted in memory, not cached: ${(e as Error).message}`);
    }
  }
  return { model, file: null, cachedAs };
}

/** First 16 hex digits of the SHA-256 of a cache file's bytes (its name carries them). */
function contentSha(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

/** Days after the last recorded vote for which a forecast can be made (as in prepareForecast). */
const HORIZON_DAYS = 3 * 365;

/** Refuses an asOf outside what the record can inform, naming asOf (before any fit). */
function checkAsOfInRecord(assembly: Assembly, asOf: string): void {
  const first = assembly.rollCalls[0]?.date ?? "";
  if (!(asOf > first)) throw new PlenaryError(`invalid asOf; the record starts on ${first}, so nothing is known before ${JSON.stringify(asOf)}`);
  const last = assembly.rollCalls[assembly.rollCalls.length - 1]?.date ?? first;
  if (dayNumber(asOf) - dayNumber(last) > HORIZON_DAYS) {
    throw new PlenaryError(`invalid asOf; the record ends on ${last}, and ${JSON.stringify(asOf)} is more than three years later (refresh the data with \`plenary data build --official FILE\`)`);
  }
}

function sameOptions(a: FittedModel["options"], b: FittedModel["options"]): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof FittedModel["options"]>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

function listDir(dir: string): string[] {
  if (!existsSync(dir)) return [];
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function lastVoteBefore(assembly: Assembly, asOf: string): string {
  let last = "";
  for (const r of assembly.rollCalls) if (r.date < asOf && r.date > last) last = r.date;
  return last;
}
