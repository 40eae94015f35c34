import { readFileSync } from "node:fs";
import { PlenaryError } from "./PlenaryError.ts";
import { fileErrorText } from "./fileErrorText.ts";

/**
 * Reads and parses a JSON file: the project's one JSON reader (specs,
 * scenarios, models). Errors are {@link PlenaryError}s that name what the
 * file was meant to be, the path, and what went wrong in words:
 * `invalid scenario; cannot read "x.json": no such file or folder (ENOENT)`,
 * `invalid model file; not JSON: "m.json" (Unexpected end of JSON input)`.
 *
 * @example
 * const spec = readJsonFile("scenarios/es-11-4.json", "forecast spec");
 */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new PlenaryError(`invalid ${what}; cannot read ${JSON.stringify(path)}: ${fileErrorText(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new PlenaryError(`invalid ${what}; not JSON: ${JSON.stringify(path)} (${(e as Error).message})`);
  }
}
