import { PlenaryError } from "./PlenaryError.ts";
import { checkJsonLimits, type JsonLimits } from "./checkJsonLimits.ts";
import { INPUT_LIMITS, readInputFile } from "./readInputFile.ts";

/**
 * Reads and parses a JSON file: the project's one JSON reader (specs,
 * scenarios, models). The file must be a regular file of at most `maxBytes`
 * (default {@link INPUT_LIMITS}.json, 20 MB; FIFOs and devices are refused
 * without blocking), and the value within `limits` (nesting, text length:
 * see {@link checkJsonLimits}). Errors are {@link PlenaryError}s that name
 * what the file was meant to be, the path, and what went wrong in words:
 * `invalid scenario; cannot read "x.json": no such file or folder (ENOENT)`,
 * `invalid model file; not JSON: "m.json" (Unexpected end of JSON input)`.
 *
 * @example
 * const spec = readJsonFile("scenarios/es-11-4.json", "forecast spec");
 */
export function readJsonFile(path: string, what: string, options: { maxBytes?: number; limits?: JsonLimits } = {}): unknown {
  const text = readInputFile(path, what, options.maxBytes ?? INPUT_LIMITS.json).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PlenaryError(`invalid ${what}; not JSON: ${JSON.stringify(path)} (${(e as Error).message.slice(0, 200)})`, { code: "read" });
  }
  try {
    checkJsonLimits(value, what, options.limits);
  } catch (e) {
    throw new PlenaryError(`${(e as Error).message} (in ${JSON.stringify(path)})`, { code: "limit" });
  }
  return value;
}
