import { PlenaryError } from "./PlenaryError.ts";

/** Limits of {@link checkJsonLimits}. */
export interface JsonLimits {
  /** Deepest nesting of arrays and objects. Default 64 (plenary's own formats nest at most 6 deep). */
  maxDepth?: number;
  /** Longest string (or object key), in characters. Default 100,000. */
  maxString?: number;
  /** Most values (objects, arrays, strings, numbers...) in all. Default 10,000,000. */
  maxValues?: number;
}

const PROTO_KEYS = new Set(["__proto__"]);

/**
 * Checks a parsed JSON value against size limits before anything else walks
 * it, without recursion (a value nested 100,000 deep is refused, not a stack
 * overflow): nesting depth, string length and number of values. Also refuses
 * a `__proto__` key, which some code paths would treat as the prototype.
 * Throws a {@link PlenaryError} (code "limit") naming `what` and where:
 * `invalid forecast spec; nested more than 64 deep at known.a.b...`.
 *
 * @example
 * checkJsonLimits(JSON.parse('{"title": "x"}'), "forecast spec"); // fine
 */
export function checkJsonLimits(value: unknown, what: string, limits: JsonLimits = {}): void {
  const maxDepth = limits.maxDepth ?? 64;
  const maxString = limits.maxString ?? 100_000;
  const maxValues = limits.maxValues ?? 10_000_000;
  const stack: { v: unknown; depth: number; path: string }[] = [{ v: value, depth: 0, path: "" }];
  let count = 0;
  const at = (path: string) => (path ? ` at ${path.length > 80 ? `${path.slice(0, 77)}...` : path}` : "");
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop()!;
    if (++count > maxValues) throw new PlenaryError(`invalid ${what}; more than ${maxValues.toLocaleString("en-US")} values`, { code: "limit" });
    if (typeof v === "string") {
      if (v.length > maxString) throw new PlenaryError(`invalid ${what}; a text longer than ${maxString.toLocaleString("en-US")} characters${at(path)} (${v.length.toLocaleString("en-US")})`, { code: "limit" });
    } else if (v !== null && typeof v === "object") {
      if (depth >= maxDepth) throw new PlenaryError(`invalid ${what}; nested more than ${maxDepth} deep${at(path)}`, { code: "limit" });
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1, path: path.length < 100 ? `${path}[${i}]` : path });
      } else {
        for (const k of Object.keys(v)) {
          if (k.length > maxString) throw new PlenaryError(`invalid ${what}; a field name longer than ${maxString.toLocaleString("en-US")} characters${at(path)}`, { code: "limit" });
          if (PROTO_KEYS.has(k)) throw new PlenaryError(`invalid ${what}; field name not allowed${at(path)}: "__proto__"`);
          stack.push({ v: (v as Record<string, unknown>)[k], depth: depth + 1, path: path.length < 100 ? (path ? `${path}.${k}` : k) : path });
        }
      }
    }
  }
}
