import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Assembly } from "../data/types.ts";
import { fitIdealPoints } from "../model/idealPoints/fitIdealPoints.ts";
import { MODEL_FORMAT, MODEL_VERSION, type FittedModel } from "../model/types.ts";
import { saveModel } from "../model/io/saveModel.ts";

/** Options of `modelForAsOf`. */
export interface ModelForAsOfOptions {
  /** Folders searched for saved models. Default: the project's models/ and models/cache/. */
  dirs?: string[];
  /** Where a model fitted on the fly is cached; null to not cache. Default models/cache/. */
  cacheDir?: string | null;
  /** First date of the on-the-fly fit. Default: 30 years before asOf. */
  from?: string;
  /** Progress callback for an on-the-fly fit. */
  onProgress?: (fraction: number, message: string) => void;
}

/** The project's models/ folder. */
export function defaultModelsDir(): string {
  return fileURLToPath(new URL("../../models/", import.meta.url));
}

/**
 * A fitted model that uses all the data strictly before `asOf` and nothing
 * after: a saved one (models/*.json, models/cache/*.json) fitted on this same
 * data whose cutoff is on or before asOf with no roll call in between, or else
 * one fitted now (seconds) and cached. Never returns a model that saw a vote
 * on or after asOf.
 */
export function modelForAsOf(assembly: Assembly, asOf: string, options: ModelForAsOfOptions = {}): FittedModel {
  const root = defaultModelsDir();
  const dirs = options.dirs ?? [root, join(root, "cache")];
  const lastBefore = lastVoteBefore(assembly, asOf);
  let best: FittedModel | null = null;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith(".json")) continue;
      const head = readHead(join(dir, f));
      if (!head || head.fingerprint !== assembly.fingerprint || head.cutoff > asOf || head.cutoff <= lastBefore) continue;
      const m = JSON.parse(readFileSync(join(dir, f), "utf8")) as FittedModel;
      if (m.format !== MODEL_FORMAT || m.version !== MODEL_VERSION) continue;
      if (!best || m.from < best.from) best = m;
    }
  }
  if (best) return best;
  const from = options.from ?? `${Number(asOf.slice(0, 4)) - 30}${asOf.slice(4)}`;
  const model = fitIdealPoints(assembly, { from, until: asOf, onProgress: options.onProgress });
  const cacheDir = options.cacheDir === undefined ? join(root, "cache") : options.cacheDir;
  if (cacheDir) saveModel(model, join(cacheDir, `cutoff-${asOf}-from-${from}.json`));
  return model;
}

function lastVoteBefore(assembly: Assembly, asOf: string): string {
  let last = "";
  for (const r of assembly.rollCalls) if (r.date < asOf && r.date > last) last = r.date;
  return last;
}

/** Reads format, cutoff and fingerprint without parsing the whole file. */
function readHead(path: string): { cutoff: string; fingerprint: string } | null {
  const text = readFileSync(path, "utf8").slice(0, 4096);
  const cutoff = /"cutoff"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  const fingerprint = /"fingerprint"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  return cutoff && fingerprint ? { cutoff, fingerprint } : null;
}
