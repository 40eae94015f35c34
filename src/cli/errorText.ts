/**
 * The message printed for an error: `plenary: <message>`, one line, never a
 * stack trace (set PLENARY_DEBUG=1 to get one). A PlenaryError's message is
 * meant for the user as is; any other error (a bug) is printed the same way,
 * with its kind when it is not a plain Error (`plenary: internal error
 * (TypeError): ...`), so that it can be reported.
 */
export function errorText(e: unknown): string {
  if (e instanceof Error) {
    const kind = e.name === "Error" || e.name === "PlenaryError" ? "" : `internal error (${e.name}): `;
    return `plenary: ${kind}${e.message}\n`;
  }
  return `plenary: ${String(e)}\n`;
}
