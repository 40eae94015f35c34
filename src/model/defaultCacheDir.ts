import { checkObject } from "../util/checkArgs.ts";
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * The user's cache folder for plenary: `$XDG_CACHE_HOME/plenary`, else
 * `~/.cache/plenary`; null when neither can be found (then models fitted on
 * the fly are kept in memory only). Never inside the installed package.
 *
 * @example
 * defaultCacheDir({ XDG_CACHE_HOME: "/tmp/c" }); // "/tmp/c/plenary"
 */
export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string | null {
  checkObject(env, "env");
  if (env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith("/")) return join(env.XDG_CACHE_HOME, "plenary");
  let home = env.HOME;
  if (!home) {
    try {
      home = homedir();
    } catch {
      return null;
    }
  }
  return home ? join(home, ".cache", "plenary") : null;
}
