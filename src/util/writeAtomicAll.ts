import { randomUUID } from "node:crypto";
import { linkSync, lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { PlenaryError } from "./PlenaryError.ts";
import { fileErrorText } from "./fileErrorText.ts";

/** One file of {@link writeAtomicAll}: its path and content. */
export interface FileToWrite {
  path: string;
  content: string | Uint8Array;
}

/** `cannot write "x": <why>`, the user's path, never a temporary one. */
function cannotWrite(path: string, e: unknown): PlenaryError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const why = code === "EEXIST" || code === "ENOTDIR" ? `a part of the path is a file, not a folder (${code})` : fileErrorText(e);
  return new PlenaryError(`cannot write ${JSON.stringify(path)}: ${why}`, { code: "write", cause: e });
}

/**
 * Writes several files all or none: each content goes to a temporary file
 * beside its target (folders created), every target is checked (a folder or
 * other non-file in the way is refused), and only then are they renamed
 * into place; when a rename fails, the files already renamed are put back
 * as they were (earlier contents restored, new files removed). A failure is
 * a {@link PlenaryError} naming the user's path (never a temporary file):
 * `cannot write "out/x-map.svg": is a folder, not a file (EISDIR)`.
 *
 * @example
 * writeAtomicAll([{ path: "out/a.txt", content: "a" }, { path: "out/b.txt", content: "b" }]);
 */
export function writeAtomicAll(files: readonly FileToWrite[]): void {
  if (!Array.isArray(files)) throw new PlenaryError(`invalid files; expected an array of { path, content }: ${typeof files}`);
  files.forEach((f, i) => {
    if (typeof f?.path !== "string" || f.path.length === 0 || f.path.includes("\0")) throw new PlenaryError(`invalid files[${i}].path; expected a file path: ${JSON.stringify(f?.path)}`);
    if (typeof f.content !== "string" && !(f.content instanceof Uint8Array)) throw new PlenaryError(`invalid files[${i}].content; expected a string or bytes: ${typeof f.content}`);
  });
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new PlenaryError(`invalid files; the same path twice: ${JSON.stringify(f.path)}`);
    seen.add(f.path);
  }
  const temps: string[] = [];
  const backups: (string | null)[] = [];
  const renamed: number[] = [];
  try {
    for (const f of files) {
      try {
        mkdirSync(dirname(f.path), { recursive: true });
      } catch (e) {
        throw cannotWrite(f.path, e);
      }
      let st;
      try {
        st = lstatSync(f.path);
      } catch {
        st = null; // a new file
      }
      if (st && st.isDirectory()) throw cannotWrite(f.path, Object.assign(new Error("is a folder"), { code: "EISDIR" }));
      if (st && !st.isFile() && !st.isSymbolicLink()) throw new PlenaryError(`cannot write ${JSON.stringify(f.path)}: not a regular file`, { code: "write" });
      const tmp = join(dirname(f.path), `.${basename(f.path)}.${randomUUID()}.tmp`);
      try {
        writeFileSync(tmp, f.content, { flag: "wx" });
      } catch (e) {
        throw cannotWrite(f.path, e);
      }
      temps.push(tmp);
      // keep the earlier file (a hard link) until every rename has succeeded
      let backup: string | null = null;
      if (st && st.isFile()) {
        backup = join(dirname(f.path), `.${basename(f.path)}.${randomUUID()}.bak`);
        try {
          linkSync(f.path, backup);
        } catch {
          backup = null; // cannot keep it: a failure later leaves the new content there
        }
      }
      backups.push(backup);
    }
    files.forEach((f, i) => {
      try {
        renameSync(temps[i]!, f.path);
      } catch (e) {
        throw cannotWrite(f.path, e);
      }
      renamed.push(i);
    });
  } catch (e) {
    // undo: restore earlier contents of the files already renamed, remove the new ones
    for (const i of renamed) {
      try {
        if (backups[i]) renameSync(backups[i]!, files[i]!.path);
        else rmSync(files[i]!.path, { force: true });
      } catch {
        // best effort
      }
    }
    throw e;
  } finally {
    for (const t of temps) rmSync(t, { force: true });
    for (const b of backups) if (b) rmSync(b, { force: true });
  }
}
