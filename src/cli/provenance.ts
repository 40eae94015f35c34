import type { FoundModel } from "../model/modelForAsOf.ts";
import { plenaryVersion } from "../util/plenaryVersion.ts";

/** Where a model came from, for provenance: the file read, or "fitted in memory" (and the cache file it was saved to, if any). */
export interface ModelProvenance {
  /** The committed or cached model file read, or "fitted in memory" when fitted for this run. */
  file: string;
  /** Only votes strictly before this date were used. */
  cutoff: string;
  /** First vote date used. */
  from: string;
  /** When fitted for this run: the cache file it was saved to (absent when kept in memory only). */
  cachedAs?: string;
}

/** What a `--json` result was computed from, so that it can be reproduced. */
export interface Provenance {
  /** plenary version (package.json). */
  plenary: string;
  /** Seed of the Monte Carlo draws. */
  seed: number;
  /** Monte Carlo draws. */
  draws: number;
  /** The model used (a backtest: one per forecast origin, keyed by its asOf date). */
  model: ModelProvenance | Record<string, ModelProvenance>;
  /** Fingerprint of the embedded data (`plenary data info`). */
  dataFingerprint: string;
  /** The input as read: the spec or scenario file's JSON before defaults (the backtest: its options). */
  spec: unknown;
  /** The input file, when there is one. */
  specFile?: string;
}

/** A found model as provenance. */
export function modelProvenance(found: FoundModel): ModelProvenance {
  return {
    file: found.file ?? "fitted in memory",
    cutoff: found.model.cutoff,
    from: found.model.from,
    ...(found.cachedAs ? { cachedAs: found.cachedAs } : {}),
  };
}

/** The provenance record of one run. */
export function provenance(p: Omit<Provenance, "plenary">): Provenance {
  return { plenary: plenaryVersion(), ...p };
}

/** One line for text output: "model: models/cutoff-2022-10-11.json (votes 1992-10-11 to before 2022-10-11)". */
export function modelLine(m: ModelProvenance): string {
  const where = m.file === "fitted in memory" ? `fitted now${m.cachedAs ? `, cached as ${m.cachedAs}` : " (in memory, not cached)"}` : m.file;
  return `model: ${where} (votes ${m.from} to before ${m.cutoff})`;
}
