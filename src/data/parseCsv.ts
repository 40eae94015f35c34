import { PlenaryError } from "../util/PlenaryError.ts";
/** A parsed CSV file: header, rows of fields, and each row's 1-based line number in the file. */
export interface CsvTable {
  file: string;
  header: string[];
  rows: string[][];
  lines: number[];
}

/**
 * Parses RFC 4180 CSV text (quoted fields may hold commas, quotes as "" and
 * newlines). Every row must have as many fields as the header: a truncated or
 * overlong line is an error naming the file and line, as is an unterminated quote.
 *
 * @example
 * parseCsv('a,b\n1,"x, y"\n', "f.csv").rows // [["1", "x, y"]]
 */
export function parseCsv(text: string, file: string): CsvTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  let header: string[] | null = null;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = "";
    let endOfRow = false;
    while (!endOfRow) {
      if (i >= n) {
        fields.push(field);
        break;
      }
      const c = text[i];
      if (c === '"' && field === "") {
        i++;
        let closed = false;
        while (i < n) {
          const d = text[i];
          if (d === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              closed = true;
              break;
            }
          } else {
            if (d === "\n") line++;
            field += d;
            i++;
          }
        }
        if (!closed) throw new PlenaryError(`malformed csv ${file}, line ${startLine}: unterminated quoted field`);
        const next = text[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          throw new PlenaryError(`malformed csv ${file}, line ${line}: unexpected character after quoted field: ${JSON.stringify(next)}`);
        }
      } else if (c === ",") {
        fields.push(field);
        field = "";
        i++;
      } else if (c === "\n" || c === "\r") {
        fields.push(field);
        if (c === "\r" && text[i + 1] === "\n") i++;
        i++;
        line++;
        endOfRow = true;
      } else {
        field += c;
        i++;
      }
    }
    if (fields.length === 1 && fields[0] === "") continue; // blank line
    if (header === null) {
      header = fields.map((f) => f.trim());
      continue;
    }
    if (fields.length !== header.length) {
      throw new PlenaryError(
        `malformed csv ${file}, line ${startLine}: expected ${header.length} fields, found ${fields.length} (truncated or broken line: ${JSON.stringify(fields.join(",").slice(0, 80))})`,
      );
    }
    rows.push(fields);
    lines.push(startLine);
  }
  if (header === null) throw new PlenaryError(`malformed csv ${file}: the file is empty`);
  return { file, header, rows, lines };
}

/** Index of each required column; throws naming the file and the missing columns. */
export function columnIndex<K extends string>(table: CsvTable, required: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  const missing: string[] = [];
  for (const name of required) {
    const k = table.header.indexOf(name);
    if (k < 0) missing.push(name);
    out[name] = k;
  }
  if (missing.length > 0) {
    throw new PlenaryError(`malformed csv ${table.file}: missing column(s) ${missing.map((m) => JSON.stringify(m)).join(", ")}; found ${table.header.join(",")}`);
  }
  return out;
}
