import { gunzipSync } from "node:zlib";
import { PlenaryError } from "../util/PlenaryError.ts";
import { INPUT_LIMITS, readInputFile } from "../util/readInputFile.ts";

/**
 * Reads a text file as UTF-8, transparently gunzipping `*.gz`. The file must
 * be a regular file of at most {@link INPUT_LIMITS}.csv bytes, and so must its
 * unpacked content.
 */
export function readTextFile(path: string, what = "input file"): string {
  let buf = readInputFile(path, what, INPUT_LIMITS.csv);
  if (path.endsWith(".gz")) {
    try {
      buf = gunzipSync(buf, { maxOutputLength: INPUT_LIMITS.csv });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ERR_BUFFER_TOO_LARGE") throw new PlenaryError(`invalid ${what}; larger than ${INPUT_LIMITS.csv.toLocaleString("en-US")} bytes unpacked: ${JSON.stringify(path)}`, { code: "limit" });
      throw new PlenaryError(`invalid ${what}; not a gzip file: ${JSON.stringify(path)} (${(e as Error).message})`, { code: "read" });
    }
  }
  return buf.toString("utf8");
}
