import { showValue } from "./checkArgs.ts";
import { randomUUID } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { PlenaryError } from "./PlenaryError.ts";
import { fileErrorText } from "./fileErrorText.ts";

/**
 * Writes a file atomically: the content goes to a uniquely named temporary
 * file beside the target (its folder is created if missing), which is then
 * renamed over it, so a failure never leaves a half-written file (nor the
 * temporary one). A failure is a {@link PlenaryError} that names `path`, the
 * file the caller asked for, never the hidden temporary file:
 * `cannot write "out/x.png": permission denied (EACCES)`.
 *
 * @example
 * writeAtomic("out/forecast.json", JSON.stringify(forecast));
 */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  if (typeof path !== "string" || path.length === 0 || path.includes("\0")) throw new PlenaryError(`invalid path; expected a file path: ${showValue(path)}`);
  if (typeof content !== "string" && !(content instanceof Uint8Array)) throw new PlenaryError(`invalid content; expected a string or bytes: ${showValue(content)}`);
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    // EEXIST from a recursive mkdir: the folder (or a parent) is a file
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EEXIST" || code === "ENOTDIR" ? `a part of the path is a file, not a folder (${code})` : fileErrorText(e);
    throw new PlenaryError(`cannot write ${JSON.stringify(path)}: ${why}`, { cause: e });
  }
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written there
    }
    throw new PlenaryError(`cannot write ${JSON.stringify(path)}: ${fileErrorText(e)}`, { cause: e });
  }
}
