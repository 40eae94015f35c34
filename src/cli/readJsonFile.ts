import { readFileSync } from "node:fs";

/** Reads and parses a JSON file; errors name the file and what went wrong. */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`cannot read ${what} ${JSON.stringify(path)}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`invalid ${what} ${JSON.stringify(path)}; not valid JSON: ${(e as Error).message}`);
  }
}
