import { checkObject, checkString, showValue } from "./checkArgs.ts";
import { PlenaryError } from "./PlenaryError.ts";
/**
 * Defaults and range checks for numeric and boolean options, from one
 * settings table: the "default, then range-check" preamble of a public
 * function written once. Errors follow the house format, naming the option
 * and echoing the value:
 *
 *   invalid walkSd; expected a number in (0, 5]: 12
 *   invalid maxIterations; expected an integer in [1, 10000]: 2.5
 *   invalid dims; expected 1 or 2: 3
 *   invalid seed; not a finite number: NaN
 *   invalid balanceSessions; expected true or false: "yes"
 *
 * Range checks are written `!(lo <= x && x <= hi)` so that NaN fails.
 */

/** A numeric option: its default and what values it accepts. */
export interface NumberSetting {
  /** Value used when the option is undefined or null. */
  default: number;
  /**
   * Accepted interval in interval notation, echoed in the error: "[0, 1]",
   * "(0, 5]", "[0, 1)", "[3, inf)". Bounds are numbers or inf / -inf. Default:
   * any finite number (error `not a finite number`).
   */
  range?: string;
  /** Whole numbers only ("expected an integer in ..."). Default false. */
  integer?: boolean;
  /** The only accepted values, e.g. [1, 2] ("expected 1 or 2"); replaces `range`. */
  values?: readonly number[];
}

/** A boolean option: its default. */
export interface BooleanSetting {
  /** Value used when the option is undefined or null. */
  default: boolean;
}

/** A settings table: option name -> setting. */
export type Settings = Record<string, NumberSetting | BooleanSetting>;

/** The resolved values of a settings table: numbers for numeric settings, booleans for boolean ones. */
export type Resolved<T extends Settings> = { [K in keyof T]: T[K] extends BooleanSetting ? boolean : number };

interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

const parsed = new Map<string, Interval>();

function parseBound(s: string, range: string): number {
  const t = s.trim();
  if (t === "inf" || t === "+inf") return Infinity;
  if (t === "-inf") return -Infinity;
  const v = Number(t);
  if (t === "" || !Number.isFinite(v)) throw new PlenaryError(`invalid range; expected interval notation such as "(0, 5]": ${JSON.stringify(range)}`);
  return v;
}

function interval(range: string): Interval {
  let iv = parsed.get(range);
  if (!iv) {
    const m = /^\s*([[(])([^,]*),([^\])]*)([\])])\s*$/.exec(range);
    if (!m) throw new PlenaryError(`invalid range; expected interval notation such as "(0, 5]": ${JSON.stringify(range)}`);
    iv = { lo: parseBound(m[2], range), hi: parseBound(m[3], range), loOpen: m[1] === "(", hiOpen: m[4] === ")" };
    parsed.set(range, iv);
  }
  return iv;
}

/** The value as the error echoes it: numbers as JavaScript prints them (NaN, Infinity), anything else as JSON. */
function show(v: unknown): string {
  return typeof v === "number" ? String(v) : JSON.stringify(v) ?? String(v);
}

function joinOr(values: readonly number[]): string {
  return values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

/**
 * Checks one value against one setting (its default already applied) and
 * returns it; throws `invalid <name>; ...: <value>` otherwise.
 *
 * @example
 * checkSetting("walkSd", 0.5, { default: 0.25, range: "(0, 5]" }); // 0.5
 */
export function checkSetting(name: string, value: unknown, setting: NumberSetting | BooleanSetting): number | boolean {
  checkString(name, "name", 200);
  checkObject(setting, "setting");
  if (typeof setting.default === "boolean") {
    if (typeof value !== "boolean") throw new PlenaryError(`invalid ${name}; expected true or false: ${show(value)}`);
    return value;
  }
  const s = setting as NumberSetting;
  const x = value as number;
  if (s.values) {
    if (!s.values.includes(x)) throw new PlenaryError(`invalid ${name}; expected ${joinOr(s.values)}: ${show(value)}`);
    return x;
  }
  const kind = s.integer ? "an integer" : "a number";
  if (s.range === undefined) {
    if (typeof x !== "number" || !Number.isFinite(x)) throw new PlenaryError(`invalid ${name}; not a finite number: ${show(value)}`);
    if (s.integer && !Number.isInteger(x)) throw new PlenaryError(`invalid ${name}; expected an integer: ${show(value)}`);
    return x;
  }
  const { lo, hi, loOpen, hiOpen } = interval(s.range);
  const inside =
    typeof x === "number" && (loOpen ? lo < x : lo <= x) && (hiOpen ? x < hi : x <= hi) && (!s.integer || Number.isInteger(x));
  if (!inside) throw new PlenaryError(`invalid ${name}; expected ${kind} in ${s.range}: ${show(value)}`);
  return x;
}

/**
 * Applies a settings table to an options object: each setting's default
 * where the option is undefined or null, then its check. Keys of `options`
 * not in the table are ignored (check those by hand). Does not modify its
 * input. For a public function's preamble: declare the table next to the
 * options interface (the JSDoc of each option states the same default and
 * range), then `const { walkSd, dims } = resolveOptions(FIT_SETTINGS, options)`.
 *
 * @example
 * const SETTINGS = { walkSd: { default: 0.25, range: "(0, 5]" }, dims: { default: 1, values: [1, 2] }, balance: { default: true } };
 * resolveOptions(SETTINGS, { walkSd: 0.5 }); // { walkSd: 0.5, dims: 1, balance: true }
 * resolveOptions(SETTINGS, { walkSd: 12 }); // throws "invalid walkSd; expected a number in (0, 5]: 12"
 */
export function resolveOptions<T extends Settings>(settings: T, options: object | undefined = {}): Resolved<T> {
  checkObject(settings, "settings");
  if (options !== undefined && (options === null || typeof options !== "object" || Array.isArray(options))) throw new PlenaryError(`invalid options; expected an options object: ${showValue(options)}`);
  const given = (options ?? {}) as Record<string, unknown>;
  const out: Record<string, number | boolean> = {};
  for (const [name, setting] of Object.entries(settings)) {
    out[name] = checkSetting(name, given[name] ?? setting.default, setting);
  }
  return out as Resolved<T>;
}
