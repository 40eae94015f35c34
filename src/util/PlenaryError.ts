/**
 * An error about the user's input or environment (a bad file, a bad value, a
 * path that cannot be written), as opposed to a bug. Its message is meant
 * for the user as is: lowercase, names the parameter or file and echoes the
 * value, no final period (`invalid asOf; not a date (YYYY-MM-DD): "2022-13-01"`).
 * The CLI prints it as `plenary: <message>` and exits 1, never a stack trace.
 *
 * @example
 * const e = new PlenaryError(`invalid --top; expected a whole number in [1, 200]: "0"`);
 * e.name; // "PlenaryError"
 * e instanceof Error; // true
 */
export class PlenaryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PlenaryError";
  }
}
