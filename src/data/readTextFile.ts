import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Reads a text file as UTF-8, transparently gunzipping `*.gz`. */
export function readTextFile(path: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new PlenaryError(`cannot read file ${JSON.stringify(path)}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (path.endsWith(".gz")) buf = gunzipSync(buf);
  return buf.toString("utf8");
}
