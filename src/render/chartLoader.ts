import { checkOptions } from "../util/checkArgs.ts";
import { realpathSync, statSync } from "node:fs";
import { extname, isAbsolute, relative, resolve, sep } from "node:path";
import type { Loader } from "vega";
import { PlenaryError } from "../util/PlenaryError.ts";
import { INPUT_LIMITS, readInputFile } from "../util/readInputFile.ts";

/** Options of {@link chartLoader}. */
export interface ChartLoaderOptions {
  /** A folder whose files (and only those) a spec may read with a relative `data.url`. Default: none, inline data only. */
  allowDataDir?: string;
}

/** A Vega loader that also records every refused load (Vega logs a failed load and goes on with no data). */
export interface ChartLoader extends Loader {
  /** The refusals so far, as error messages, in order. */
  readonly refused: string[];
}

const PROTOCOL = /^[a-z][a-z0-9+.-]*:/i;

/** Image files a chart may show from the allowed folder, by ending: their MIME types. */
const IMAGE_TYPES: Record<string, string> = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".svg": "image/svg+xml", ".webp": "image/webp" };

/**
 * The Vega loader used to render charts: it reads no file and no URL the
 * user did not hand over explicitly. With no `allowDataDir`, every data or
 * image load is refused (charts carry their data inline; the world map
 * inlines its TopoJSON). With `allowDataDir`, a relative path (or a
 * `file:` URL) that resolves, after following symbolic links, inside that
 * folder is read; anything else, including any http(s) URL, is refused.
 * Links (`href`) are passed through untouched: they are written into the
 * chart, never fetched.
 *
 * @example
 * const loader = chartLoader({ allowDataDir: "data/" }); // for new vega.View(runtime, { loader, renderer: "none" })
 * await loader.load("https://example.org/x.csv").catch((e) => e.message.slice(0, 17)); // "refused to load \""
 */
export function chartLoader(options: ChartLoaderOptions = {}): ChartLoader {
  checkOptions(options);
  const { allowDataDir } = options;
  let root: string | undefined;
  if (allowDataDir !== undefined) {
    if (typeof allowDataDir !== "string" || allowDataDir.length === 0) {
      throw new PlenaryError(`invalid allowDataDir; expected a folder path, got ${JSON.stringify(allowDataDir)}`);
    }
    try {
      if (!statSync(allowDataDir).isDirectory()) throw new PlenaryError("not a folder");
      root = realpathSync(allowDataDir);
    } catch {
      throw new PlenaryError(`invalid allowDataDir; not a folder: ${JSON.stringify(allowDataDir)}`);
    }
  }
  const refused: string[] = [];
  const refuse = (uri: unknown, why: string): never => {
    const message = `refused to load ${JSON.stringify(uri)}; ${why}`;
    refused.push(message);
    throw new PlenaryError(message);
  };
  /** The real path of an allowed file, or a refusal. */
  const allowedPath = (uri: string): string => {
    if (root === undefined) return refuse(uri, "charts read inline data only (allow a folder with --allow-data-dir DIR)");
    const isFileUrl = uri.startsWith("file://");
    if (!isFileUrl && (PROTOCOL.test(uri) || uri.startsWith("//"))) return refuse(uri, "charts never read URLs, only files under the allowed data folder");
    const path = resolve(root, isFileUrl ? decodeURIComponent(uri.slice("file://".length)) : uri);
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return refuse(uri, `no such file under the allowed data folder ${JSON.stringify(allowDataDir)}`);
    }
    const rel = relative(root, real);
    if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) {
      return refuse(uri, `outside the allowed data folder ${JSON.stringify(allowDataDir)}`);
    }
    return real;
  };
  /** An allowed file's text; a file that cannot be read (a FIFO, too large) is a refusal too, never a chart drawn without its data. */
  const readAllowed = (uri: string): string => {
    const real = allowedPath(uri);
    try {
      return readInputFile(real, "chart data", INPUT_LIMITS.chartData).toString("utf8");
    } catch (e) {
      return refuse(uri, (e as Error).message.replace(/^invalid chart data; /, "").replace(JSON.stringify(real), "under the allowed data folder"));
    }
  };
  const loader = {
    refused,
    async sanitize(uri: string, opts?: { context?: string }) {
      if (opts?.context === "href") return { href: uri };
      if (typeof uri !== "string") return refuse(uri, "not a string");
      const real = allowedPath(uri);
      // an image is inlined as a data: URL, so the chart never carries a local path (nor needs the file later)
      const type = IMAGE_TYPES[extname(real).toLowerCase()];
      if (!type) return refuse(uri, `not an image file (${Object.keys(IMAGE_TYPES).join(", ")})`);
      return { href: `data:${type};base64,${readInputFile(real, "chart image", INPUT_LIMITS.chartData).toString("base64")}` };
    },
    async load(uri: string) {
      return readAllowed(uri);
    },
    async http(uri: string) {
      return refuse(uri, "charts never read URLs");
    },
    async file(filename: string) {
      return readAllowed(filename);
    },
  };
  return loader as unknown as ChartLoader;
}
