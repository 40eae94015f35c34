/** Words for the file-system error codes a user meets. */
const WORDS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is a file, not a folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EEXIST: "already exists",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files",
  ELOOP: "too many symbolic links",
};

/**
 * A file-system error in words, with its code for searching:
 * `no such file or folder (ENOENT)`, `is a folder, not a file (EISDIR)`.
 * Never names Node's internal paths (a temporary file): the caller names
 * the user's path.
 *
 * @example
 * fileErrorText(Object.assign(new Error("x"), { code: "EACCES" })); // "permission denied (EACCES)"
 */
export function fileErrorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string") return WORDS[code] ? `${WORDS[code]} (${code})` : code;
  return e instanceof Error ? e.message : String(e);
}
