import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { PlenaryError } from "./PlenaryError.ts";
import { fileErrorText } from "./fileErrorText.ts";

/**
 * The largest input files plenary reads, in bytes. A file over its limit is
 * refused before it is read (`plenary forecast /dev/zero` cannot fill memory).
 */
export const INPUT_LIMITS = {
  /** A forecast spec, a scenario, a chart spec or any other JSON input: 20 MB. */
  json: 20 * 1024 * 1024,
  /** A fitted model file (a 30-year model is about 0.5 MB; a 2-D one of the whole record under 10 MB): 64 MB. */
  model: 64 * 1024 * 1024,
  /** A data file a chart reads from the allowed folder: 64 MB. */
  chartData: 64 * 1024 * 1024,
  /** A CSV source of `plenary data build` (the official bulk file is about 150 MB), compressed or unpacked: 500 MB (near the longest string Node can hold). */
  csv: 500 * 1024 * 1024,
} as const;

/**
 * Reads an input file the user named, safely: it must be a regular file (a
 * folder, a FIFO, a socket or a device such as /dev/zero is refused without
 * blocking: the file is opened non-blocking and checked before any read) and
 * at most `maxBytes` long. Errors are {@link PlenaryError}s naming what the
 * file was meant to be and the path:
 * `invalid forecast spec; not a regular file (a FIFO): "/tmp/pipe"`,
 * `invalid forecast spec; larger than 20,971,520 bytes: "big.json"`.
 *
 * @example
 * const bytes = readInputFile("scenarios/es-11-4.json", "forecast spec", INPUT_LIMITS.json);
 */
export function readInputFile(path: string, what: string, maxBytes: number): Buffer {
  if (typeof path !== "string" || path.length === 0 || path.length > 4096 || path.includes("\0")) {
    throw new PlenaryError(`invalid ${what}; expected a file path: ${JSON.stringify(typeof path === "string" ? path.slice(0, 100) : path) ?? String(path)}`, { code: "invalid" });
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new PlenaryError(`invalid ${what}; cannot read ${JSON.stringify(path)}: ${fileErrorText(e)}`, { code: "read", cause: e });
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new PlenaryError(`invalid ${what}; cannot read ${JSON.stringify(path)}: is a folder, not a file (EISDIR)`, { code: "read" });
    if (!st.isFile()) {
      const kind = st.isFIFO() ? "a FIFO" : st.isCharacterDevice() || st.isBlockDevice() ? "a device" : st.isSocket() ? "a socket" : "not a file";
      throw new PlenaryError(`invalid ${what}; not a regular file (${kind}): ${JSON.stringify(path)}`, { code: "read" });
    }
    if (st.size > maxBytes) throw new PlenaryError(`invalid ${what}; larger than ${maxBytes.toLocaleString("en-US")} bytes (${st.size.toLocaleString("en-US")}): ${JSON.stringify(path)}`, { code: "limit" });
    // read at most maxBytes + 1: a file that grows while read is still caught
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, st.size + 65536));
    let n = 0;
    for (;;) {
      const k = readSync(fd, buf, n, buf.length - n, null);
      if (k === 0) break;
      n += k;
      if (n > maxBytes) throw new PlenaryError(`invalid ${what}; larger than ${maxBytes.toLocaleString("en-US")} bytes: ${JSON.stringify(path)}`, { code: "limit" });
      if (n === buf.length) break;
    }
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof PlenaryError) throw e;
    throw new PlenaryError(`invalid ${what}; cannot read ${JSON.stringify(path)}: ${fileErrorText(e)}`, { code: "read", cause: e });
  } finally {
    closeSync(fd);
  }
}
