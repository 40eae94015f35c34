/**
 * Shared checks for the render tests: the official Vega-Lite JSON schema,
 * compilation with a warning-collecting logger, golden files, deep freezing
 * and PNG headers.
 *
 * Golden files: tests/render/golden/NAME.vl.json hold each builder's spec
 * for the fixtures, numbers rounded to 6 significant digits. After an
 * intended change, rewrite them with
 *   UPDATE_GOLDEN=1 npx vitest run tests/render
 * and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import type { LoggerInterface } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { expect } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
export const GOLDEN_DIR = join(here, "golden");

let validator: ValidateFunction | undefined;

/** Validates a spec against node_modules/vega-lite/build/vega-lite-schema.json (draft-07); returns ajv's error text or "". */
export function schemaErrors(spec: unknown): string {
  if (!validator) {
    const path = createRequire(import.meta.url).resolve("vega-lite/vega-lite-schema.json");
    const schema = JSON.parse(readFileSync(path, "utf8")) as object;
    const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false, allowUnionTypes: true });
    validator = ajv.compile(schema);
  }
  return validator(spec) ? "" : new Ajv().errorsText(validator.errors, { separator: "\n" });
}

/** A Vega logger that records every warning and error (the LoggerInterface of vega-util). */
export function collectingLogger(): { logger: LoggerInterface; messages: string[] } {
  const messages: string[] = [];
  let level = 2;
  const logger: LoggerInterface = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: unknown[]) {
      messages.push(`error: ${args.map(String).join(" ")}`);
      return logger;
    },
    warn(...args: unknown[]) {
      messages.push(`warn: ${args.map(String).join(" ")}`);
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return { logger, messages };
}

/** Compiles a spec with vega-lite and returns the warnings it logged. */
export function compileWarnings(spec: TopLevelSpec): string[] {
  const { logger, messages } = collectingLogger();
  compile(spec, { logger });
  return messages;
}

/** Copy of a JSON value with every number rounded to 6 significant digits (and -0 made 0). */
export function roundNumbers(x: unknown): unknown {
  if (typeof x === "number") return Number.isFinite(x) ? Number(x.toPrecision(6)) + 0 : x;
  if (Array.isArray(x)) return x.map(roundNumbers);
  if (x !== null && typeof x === "object") return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, roundNumbers(v)]));
  return x;
}

/** Compares a spec with tests/render/golden/NAME.vl.json (numbers rounded); UPDATE_GOLDEN=1 rewrites the file. */
export function expectGolden(name: string, spec: unknown): void {
  const path = join(GOLDEN_DIR, `${name}.vl.json`);
  const actual = roundNumbers(JSON.parse(JSON.stringify(spec)));
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, `${JSON.stringify(actual, null, 1)}\n`);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden file ${path}; run UPDATE_GOLDEN=1 npx vitest run tests/render`);
  expect(actual).toEqual(JSON.parse(readFileSync(path, "utf8")));
}

/** Freezes a value and everything reachable from it, so any write in the code under test throws (ESM is strict mode). */
export function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === "object" && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian), after checking the signature. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((b, i) => png[i] === b)) throw new Error("not a PNG");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Width and height of an SVG string from its root element's attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!m) throw new Error("no width/height on the svg root");
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** CIELAB L*, a*, b* of an sRGB hex color (D65 white). */
function lab(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  const lin = (c: number) => (c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => lin(c / 255)) as [number, number, number];
  const x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047;
  const y = r * 0.2126 + g * 0.7152 + b * 0.0722;
  const z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 color difference of two hex colors: about 2.3 is just noticeable, above 10 clearly different side by side. */
export function deltaE(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
