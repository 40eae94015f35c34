import { writeAtomic } from "../../util/writeAtomic.ts";
import { MODEL_FORMAT, type FittedModel } from "../types.ts";
import { resolveOptions } from "../../util/resolveOptions.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

/** Round every non-integer number in a JSON value to `digits` decimals (integers and strings unchanged). */
export function roundNumbers<T>(value: T, digits: number): T {
  const f = 10 ** digits;
  const walk = (v: unknown): unknown => {
    if (typeof v === "number") return Number.isInteger(v) || !Number.isFinite(v) ? v : Math.round(v * f) / f;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/**
 * Save a fitted model as JSON, numbers rounded to `digits` decimals (default
 * 4: positions to 1e-4 on a unit-variance scale; the fit options are kept
 * exact), atomically: written to a
 * temporary file beside `path`, then renamed over it, so a failed write never
 * leaves a half-written model. Creates the folder. Does not modify `model`.
 *
 * @example
 * saveModel(fitIdealPoints(loadAssembly()), "models/default.json");
 */
export function saveModel(model: FittedModel, path: string, options: { digits?: number } = {}): void {
  const { digits } = resolveOptions({ digits: { default: 4, range: "[0, 15]", integer: true } }, options);
  if (!model || model.format !== MODEL_FORMAT) throw new PlenaryError(`invalid model; not a fitted plenary model (format ${JSON.stringify(model?.format)})`);
  if (typeof path !== "string" || path === "") throw new PlenaryError(`invalid path; expected a file path: ${JSON.stringify(path)}`);
  writeAtomic(path, modelJson(model, digits));
}

/**
 * The text saveModel writes for a model: JSON, numbers rounded to `digits`
 * decimals (default 4), fit options exact, -0 written as 0, one line.
 */
export function modelJson(model: FittedModel, digits = 4): string {
  // options keep full precision (a tolerance of 1e-7 must not become 0)
  const rounded = { ...roundNumbers(model, digits), options: model.options };
  return JSON.stringify(rounded) + "\n";
}
