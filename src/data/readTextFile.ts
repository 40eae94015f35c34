import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/** Reads a text file as UTF-8, transparently gunzipping `*.gz`. */
export function readTextFile(path: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new Error(`cannot read file ${JSON.stringify(path)}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (path.endsWith(".gz")) buf = gunzipSync(buf);
  return buf.toString("utf8");
}
