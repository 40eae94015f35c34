/**
 * Argument checks for the public functions (validate at the door): each
 * throws a {@link PlenaryError} naming the parameter and echoing the value
 * (`invalid assembly; expected the voting record (loadAssembly()): 42`), so
 * that a bad argument never becomes a TypeError from deep inside.
 */
import { PlenaryError } from "./PlenaryError.ts";

/** A short echo of any value for a message. */
export function showValue(v: unknown): string {
  if (typeof v === "function") return "a function";
  if (typeof v === "symbol" || typeof v === "bigint") return String(v);
  let s: string | undefined;
  try {
    s = JSON.stringify(v);
  } catch {
    s = undefined;
  }
  if (s === undefined) return String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

const fail = (name: string, what: string, v: unknown): never => {
  throw new PlenaryError(`invalid ${name}; expected ${what}: ${showValue(v)}`);
};

/** A plain object (not null, not an array). */
export function checkObject(v: unknown, name: string, what = "an object"): void {
  if (v === null || typeof v !== "object" || Array.isArray(v)) fail(name, what, v);
}

/** Undefined or a plain object (an options argument). */
export function checkOptions(v: unknown, name = "options"): void {
  if (v !== undefined) checkObject(v, name, "an options object");
}

/** A string of at most `max` characters. */
export function checkString(v: unknown, name: string, max = 100_000): void {
  if (typeof v !== "string") fail(name, "a string", v);
  if ((v as string).length > max) throw new PlenaryError(`invalid ${name}; longer than ${max.toLocaleString("en-US")} characters: ${(v as string).length.toLocaleString("en-US")}`, { code: "limit" });
}

/** A finite number. */
export function checkNumber(v: unknown, name: string): void {
  if (typeof v !== "number" || !Number.isFinite(v)) fail(name, "a finite number", v);
}

/** An array (optionally of strings). */
export function checkArray(v: unknown, name: string, of?: "string"): void {
  if (!Array.isArray(v)) fail(name, of ? "an array of strings" : "an array", v);
  if (of === "string" && (v as unknown[]).some((x) => typeof x !== "string")) fail(name, "an array of strings", v);
}

/** A function. */
export function checkFunction(v: unknown, name: string): void {
  if (typeof v !== "function") fail(name, "a function", v);
}

/** The voting record as `loadAssembly()` returns it (roll calls, states and the vote matrix; only the parts named). */
export function checkAssembly(v: unknown, name = "assembly", parts: readonly ("rollCalls" | "states" | "matrix")[] = ["rollCalls", "states", "matrix"]): void {
  const a = v as { rollCalls?: unknown; states?: unknown; matrix?: { codes?: unknown; nStates?: unknown } } | null;
  const ok =
    a !== null && typeof a === "object" && !Array.isArray(a) &&
    (!parts.includes("rollCalls") || Array.isArray(a.rollCalls)) &&
    (!parts.includes("states") || Array.isArray(a.states)) &&
    (!parts.includes("matrix") || (a.matrix !== null && typeof a.matrix === "object" && ArrayBuffer.isView(a.matrix.codes) && typeof a.matrix.nStates === "number"));
  if (!ok) fail(name, "the voting record (loadAssembly())", v);
}

/** A fitted model (fitIdealPoints, loadModel or modelForAsOf). */
export function checkModel(v: unknown, name = "model"): void {
  // the parts every use reads (a hand-made model for a test may omit the format and roll calls)
  const m = v as { states?: unknown; rollCalls?: unknown } | null;
  if (!(m !== null && typeof m === "object" && !Array.isArray(m) && Array.isArray(m.states) && (m.rollCalls === undefined || Array.isArray(m.rollCalls)))) fail(name, "a fitted plenary model (fitIdealPoints, loadModel or modelForAsOf)", v);
}

/** A roll call of the record (an element of `assembly.rollCalls`). */
export function checkRollCall(v: unknown, name = "rollCall"): void {
  const r = v as { symbol?: unknown; date?: unknown; undlId?: unknown } | null;
  if (!(r !== null && typeof r === "object" && typeof r.symbol === "string" && typeof r.date === "string" && typeof r.undlId === "number")) fail(name, "a roll call of the record (assembly.rollCalls[i] or findRollCall)", v);
}

/** An array of roll calls. */
export function checkRollCalls(v: unknown, name = "rollCalls"): void {
  if (!Array.isArray(v)) fail(name, "an array of roll calls (assembly.rollCalls)", v);
  const a = v as unknown[];
  for (let i = 0; i < a.length; i++) checkRollCall(a[i], `${name}[${i}]`);
}

/** A forecast (forecastResolution or simulateOutcome). */
export function checkForecast(v: unknown, name = "forecast"): void {
  const f = v as { countries?: unknown; expected?: unknown; spec?: unknown } | null;
  if (!(f !== null && typeof f === "object" && Array.isArray(f.countries) && f.expected !== null && typeof f.expected === "object")) fail(name, "a forecast (forecastResolution)", v);
}

/** A prepared forecast (prepareForecast). */
export function checkPrepared(v: unknown, name = "prepared"): void {
  const p = v as { nStates?: unknown; states?: unknown; spec?: unknown } | null;
  if (!(p !== null && typeof p === "object" && typeof p.nStates === "number" && Array.isArray(p.states) && p.spec !== null && typeof p.spec === "object")) fail(name, "a prepared forecast (prepareForecast)", v);
}

/** An ISO date "YYYY-MM-DD". */
export function checkIsoDate(v: unknown, name: string): void {
  const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!(m && d && d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]))) {
    throw new PlenaryError(`invalid ${name}; not a date (YYYY-MM-DD): ${showValue(v)}`);
  }
}
