import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CHART_FORMATS, chartFormat } from "../render/chartFormat.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/**
 * Checks a chart output path given on the command line before any work
 * starts: it must end in one of the chart formats (.vl.json, .svg, .png,
 * .html), must not be a folder, and no part of its folder may be a plain
 * file. The error names the option as the user typed it
 * (`invalid --chart; expected a file name ending in ...: "x.pdf"`) or the
 * path (`cannot write "afile/x.svg": a part of the path is a file, not a
 * folder (ENOTDIR)`). Returns the path.
 */
export function checkChartPath(path: string, option: string): string {
  if (typeof path !== "string" || path.trim() === "" || chartFormat(path) === undefined) {
    throw new PlenaryError(`invalid ${option}; expected a file name ending in ${CHART_FORMATS.join(", ")}: ${JSON.stringify(path)}`);
  }
  const isDir = (p: string): boolean | undefined => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return undefined; // missing (created when written)
    }
  };
  if (isDir(path) === true) throw new PlenaryError(`cannot write ${JSON.stringify(path)}: is a folder, not a file (EISDIR)`, { code: "write" });
  // the nearest existing folder above the file must be a folder
  for (let p = dirname(resolve(path)); ; p = dirname(p)) {
    const d = isDir(p);
    if (d === false) throw new PlenaryError(`cannot write ${JSON.stringify(path)}: a part of the path is a file, not a folder (ENOTDIR)`, { code: "write" });
    if (d === true || dirname(p) === p) break;
  }
  return path;
}
