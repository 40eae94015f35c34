/**
 * The message printed for an error: `plenary: <message>`, one line, never a
 * stack trace (set PLENARY_DEBUG=1 to get one). A PlenaryError's message is
 * meant for the user as is; any other error (a bug) is printed the same way,
 * with its kind when it is not a plain Error (`plenary: internal error
 * (TypeError): ...`), so that it can be reported. A message that echoes a
 * huge value is cut to {@link MAX_ERROR_LENGTH} characters, saying so.
 */
export function errorText(e: unknown): string {
  if (e instanceof Error) {
    const kind = e.name === "Error" || e.name === "PlenaryError" ? "" : `internal error (${e.name}): `;
    return `plenary: ${clip(kind + e.message)}\n`;
  }
  return `plenary: ${clip(String(e))}\n`;
}

/** The longest error message printed whole. */
export const MAX_ERROR_LENGTH = 1000;

const clip = (m: string): string => (m.length > MAX_ERROR_LENGTH ? `${m.slice(0, MAX_ERROR_LENGTH)}... (message cut; ${m.length.toLocaleString("en-US")} characters)` : m);
