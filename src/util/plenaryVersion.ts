import { readFileSync } from "node:fs";

let cached: string | undefined;

/**
 * The installed plenary's version, from its package.json (read once; the
 * same relative path from src/util/ and dist/util/).
 *
 * @example
 * plenaryVersion(); // "0.1.0"
 */
export function plenaryVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
  return cached;
}
