/** What kind of problem a {@link PlenaryError} reports, for programs that react to it. */
export type PlenaryErrorCode =
  /** A value is wrong: a bad argument, field, option or spec (the default). */
  | "invalid"
  /** A file cannot be read or is not what it should be (missing, a folder, a FIFO, not JSON). */
  | "read"
  /** A file cannot be written (permission, a path under a plain file, a full disk). */
  | "write"
  /** An input is over a stated limit (file size, text length, nesting, chart pixels or rows). */
  | "limit"
  /** Something named is not in the data (a symbol, an ISO3 code, a state not a member on the date). */
  | "not-found"
  /** A saved model cannot be used (other data, other version, a checksum that does not match). */
  | "model";

/** The code of a message when none is given: read from its opening words. */
function codeOf(message: string): PlenaryErrorCode {
  if (/^cannot write\b/.test(message)) return "write";
  if (/^cannot read\b|; cannot read\b|; not a regular file\b|; not JSON\b/.test(message)) return "read";
  if (/\b(too large|too long|too deep|longer than|larger than|more than \S+ (characters|bytes|pixels|rows))\b/.test(message)) return "limit";
  if (/^(unknown|no recorded vote|no positions)\b/.test(message)) return "not-found";
  if (/^(not a plenary model|unsupported model|model fitted on other data)\b/.test(message)) return "model";
  return "invalid";
}

/**
 * An error about the user's input or environment (a bad file, a bad value, a
 * path that cannot be written), as opposed to a bug. Its message is meant
 * for the user as is: lowercase, names the parameter or file and echoes the
 * value, no final period (`invalid asOf; not a date (YYYY-MM-DD): "2022-13-01"`).
 * Its `code` says what kind of problem it is ({@link PlenaryErrorCode}); by
 * default it is read from the message's opening words.
 * The CLI prints it as `plenary: <message>` and exits 1, never a stack trace.
 *
 * @example
 * const e = new PlenaryError(`invalid --top; expected a whole number in [1, 200]: "0"`);
 * e.name; // "PlenaryError"
 * e.code; // "invalid"
 * e instanceof Error; // true
 */
export class PlenaryError extends Error {
  /** What kind of problem this is: "invalid", "read", "write", "limit", "not-found" or "model". */
  readonly code: PlenaryErrorCode;
  constructor(message: string, options?: { cause?: unknown; code?: PlenaryErrorCode }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "PlenaryError";
    this.code = options?.code ?? codeOf(message);
  }
}
