import { fileURLToPath } from "node:url";
import { readTextFile } from "../../data/readTextFile.ts";
import type { ReferenceRow } from "./compareWithReference.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

/** The embedded copy of the Bailey-Strezhnev-Voeten estimates (written by `plenary data build`). */
export function defaultReferencePath(): string {
  return fileURLToPath(new URL("../../../data/reference/bsv_idealpoints.csv", import.meta.url));
}

/**
 * Reads published ideal points from a CSV with the header
 * `iso3,session,idealpoint` (the embedded Bailey, Strezhnev & Voeten 2017
 * estimates by default), for {@link compareWithReference}. Rejects a
 * malformed file naming the line and the value. O(rows).
 *
 * @example
 * const rows = readReferenceIdealPoints();
 * rows[0]; // { iso3: "USA", session: 1, idealpoint: 1.6755 }
 */
export function readReferenceIdealPoints(path: string = defaultReferencePath()): ReferenceRow[] {
  const lines = readTextFile(path).trim().split(/\r?\n/);
  if (lines[0] !== "iso3,session,idealpoint") {
    throw new PlenaryError(`invalid reference file ${JSON.stringify(path)}; expected the header "iso3,session,idealpoint": ${JSON.stringify(lines[0])}`);
  }
  return lines.slice(1).map((line, k) => {
    const [iso3, session, idealpoint, extra] = line.split(",");
    const where = `${JSON.stringify(path)} line ${k + 2}`;
    if (extra !== undefined || idealpoint === undefined) throw new PlenaryError(`invalid reference row at ${where}; expected 3 fields: ${JSON.stringify(line)}`);
    if (!/^[A-Z]{3}$/.test(iso3)) throw new PlenaryError(`invalid iso3 at ${where}; not a 3-letter code: ${JSON.stringify(iso3)}`);
    const s = Number(session);
    if (!(Number.isInteger(s) && 1 <= s)) throw new PlenaryError(`invalid session at ${where}; expected a positive integer: ${JSON.stringify(session)}`);
    const x = Number(idealpoint);
    if (idealpoint.trim() === "" || !Number.isFinite(x)) throw new PlenaryError(`invalid idealpoint at ${where}; not a number: ${JSON.stringify(idealpoint)}`);
    return { iso3, session: s, idealpoint: x };
  });
}
