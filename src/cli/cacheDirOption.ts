import type { Command } from "commander";
import { defaultCacheDir } from "../model/defaultCacheDir.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Adds `--cache-dir <dir>` and `--no-cache` to a command that may fit a model on the fly. */
export function addCacheDirOption(command: Command): Command {
  return command
    .option("--cache-dir <dir>", "where models fitted on the fly are cached (default $XDG_CACHE_HOME/plenary or ~/.cache/plenary)")
    .option("--no-cache", "neither read nor write cached models (fit in memory when no committed model matches)");
}

/** The cache folder chosen by `--cache-dir` / `--no-cache` (null: no cache). */
export function cacheDirFrom(opts: { cacheDir?: string; cache?: boolean }): string | null {
  if (opts.cache === false) return null;
  if (opts.cacheDir !== undefined) {
    if (opts.cacheDir.trim() === "") throw new PlenaryError(`invalid --cache-dir; empty: ${JSON.stringify(opts.cacheDir)}`);
    return opts.cacheDir;
  }
  return defaultCacheDir();
}

/** Prints a warning on stderr as `plenary: warning: ...`. */
export function warn(message: string): void {
  process.stderr.write(`plenary: warning: ${message}\n`);
}
