import { isIsoDate } from "../data/sessionPeriod.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { readJsonFile } from "../util/readJsonFile.ts";
import { INPUT_LIMITS } from "../util/readInputFile.ts";
import { schemaProblem } from "../util/validateAgainstSchema.ts";
import { MODEL_FORMAT, MODEL_VERSION, type FittedModel } from "./types.ts";

/** Options of {@link loadModel}. */
export interface LoadModelOptions {
  /** Fingerprint of the data the model must have been fitted on (normally `loadAssembly().fingerprint`). Default: not checked. */
  fingerprint?: string;
}

/**
 * Load a fitted model saved by {@link saveModel}, fully validated before use:
 * the file must be JSON, a plenary model of this format version, match
 * `schemas/fitted-model.schema.json` (generated from the `FittedModel` type:
 * every position, sd, cutpoint and coefficient a number, no unknown field),
 * and pass value checks (dates, ISO3 codes, one mean and sd per period and
 * dimension, sd >= 0, cutNo <= cutYes, rates in [0, 1]). When `fingerprint`
 * is given, the model must have been fitted on that data. Every error is a
 * {@link PlenaryError} naming the file, the JSON path and the value:
 * `invalid model file "m.json"; states[3].mean[2][0] must be number: null`.
 *
 * @example
 * const model = loadModel("models/default.json", { fingerprint: assembly.fingerprint });
 */
export function loadModel(path: string, options: LoadModelOptions = {}): FittedModel {
  const json = readJsonFile(path, "model file", { maxBytes: INPUT_LIMITS.model, limits: { maxString: 10_000, maxValues: 50_000_000 } });
  const bad = (what: string) => new PlenaryError(`invalid model file ${JSON.stringify(path)}; ${what}`);
  const m = json as Partial<FittedModel> | null;
  if (!m || typeof m !== "object" || Array.isArray(m) || m.format !== MODEL_FORMAT)
    throw new PlenaryError(`not a plenary model file: ${JSON.stringify(path)} (format ${JSON.stringify(m && typeof m === "object" && !Array.isArray(m) ? m.format : m)}, expected "${MODEL_FORMAT}")`);
  if (m.version !== MODEL_VERSION)
    throw new PlenaryError(`unsupported model version ${JSON.stringify(m.version)} in ${JSON.stringify(path)}; this plenary reads version ${MODEL_VERSION}; refit with \`plenary fit\``);
  const problem = schemaProblem(json, "fitted-model.schema.json");
  if (problem) {
    const where = problem.field || "(top level)";
    if (problem.keyword === "required" || problem.keyword === "additionalProperties") throw bad(`${where}: ${problem.message}`);
    throw bad(`${where} ${problem.message}: ${JSON.stringify(problem.value)?.slice(0, 80)}`);
  }
  const model = json as FittedModel;
  const valueProblem = checkModelValues(model);
  if (valueProblem) throw bad(valueProblem);
  if (options.fingerprint !== undefined && model.fingerprint !== options.fingerprint)
    throw new PlenaryError(`model fitted on other data; fingerprint ${JSON.stringify(model.fingerprint)} does not match the embedded data ${JSON.stringify(options.fingerprint)} (in ${JSON.stringify(path)}); refit with \`plenary fit\``);
  return model;
}

/**
 * Plausible ranges of a model's numbers: far wider than any fit gives (the
 * committed models stay within |position| 5, sd 1, |beta| 8, |cutpoint| 25),
 * narrow enough that a damaged or hand-edited model (positions of 1e300) is
 * refused rather than used. The absence model's coefficients reach millions
 * where its logistic fit separates (the 1930-1960 window of the emergency
 * backtest's first forecast: intercept 5.9e6); a model the fit writes must
 * load back from the cache.
 */
export const MODEL_RANGES = { position: 50, sd: 50, beta: 1000, cutpoint: 1000, absenceCoef: 1e9, trend: 100 } as const;

/** The first value a schema cannot express that is wrong in a model ("states[3].sd[0][0] must be >= 0: -1"), or null. */
export function checkModelValues(m: FittedModel): string | null {
  const show = (v: unknown) => JSON.stringify(v);
  const R = MODEL_RANGES;
  // the regular session open at the cutoff: no period can be later (a model's periods cannot run to the year 2945)
  const lastPeriod = Number(m.cutoff.slice(0, 4)) - 1945 + 1;
  if (m.dims !== m.options.dims) return `dims ${m.dims} differs from options.dims: ${show(m.options.dims)}`;
  if (!isIsoDate(m.cutoff)) return `cutoff not a date (YYYY-MM-DD): ${show(m.cutoff)}`;
  if (!isIsoDate(m.from)) return `from not a date (YYYY-MM-DD): ${show(m.from)}`;
  if (!(m.from < m.cutoff)) return `from ${show(m.from)} is not before cutoff: ${show(m.cutoff)}`;
  if (m.states.length === 0) return "states is empty";
  const seen = new Set<string>();
  for (const [i, s] of m.states.entries()) {
    const at = `states[${i}]`;
    if (!/^[A-Z][A-Z0-9]{1,7}$/.test(s.iso3)) return `${at}.iso3 not an ISO3 code: ${show(s.iso3)}`;
    if (seen.has(s.iso3)) return `${at}.iso3 appears twice: ${show(s.iso3)}`;
    seen.add(s.iso3);
    if (s.mean.length !== s.periods.length) return `${at}.mean has ${s.mean.length} entries for ${s.periods.length} periods`;
    if (s.sd.length !== s.periods.length) return `${at}.sd has ${s.sd.length} entries for ${s.periods.length} periods`;
    for (const [k, p] of s.periods.entries()) {
      if (!(Number.isInteger(p) && 1 <= p && p <= 1000)) return `${at}.periods[${k}] not a session number: ${show(p)}`;
      if (!(p <= lastPeriod)) return `${at}.periods[${k}] is after the cutoff ${m.cutoff} (session ${lastPeriod - 1} or ${lastPeriod} at most): ${show(p)}`;
      if (k > 0 && !(s.periods[k - 1] < p)) return `${at}.periods not ascending at [${k}]: ${show(p)}`;
      if (s.mean[k].length !== m.dims) return `${at}.mean[${k}] has ${s.mean[k].length} values for ${m.dims} dimensions`;
      if (s.sd[k].length !== m.dims) return `${at}.sd[${k}] has ${s.sd[k].length} values for ${m.dims} dimensions`;
      for (const [d, v] of s.sd[k].entries()) if (!(0 <= v && v <= R.sd)) return `${at}.sd[${k}][${d}] must be in [0, ${R.sd}]: ${show(v)}`;
      for (const [d, v] of s.mean[k].entries()) if (!(-R.position <= v && v <= R.position)) return `${at}.mean[${k}][${d}] must be in [-${R.position}, ${R.position}]: ${show(v)}`;
    }
  }
  for (const [i, r] of m.rollCalls.entries()) {
    const at = `rollCalls[${i}]`;
    if (!isIsoDate(r.date)) return `${at}.date not a date (YYYY-MM-DD): ${show(r.date)}`;
    if (r.beta.length !== m.dims) return `${at}.beta has ${r.beta.length} values for ${m.dims} dimensions`;
    if (!(r.cutNo <= r.cutYes)) return `${at}.cutNo ${r.cutNo} is above cutYes: ${show(r.cutYes)}`;
    if (!(Number.isInteger(r.period) && 1 <= r.period && r.period <= lastPeriod)) return `${at}.period not a session up to the cutoff's (${lastPeriod}): ${show(r.period)}`;
    if (!(r.date < m.cutoff)) return `${at}.date is not before the cutoff ${m.cutoff}: ${show(r.date)}`;
    for (const [d, v] of r.beta.entries()) if (!(-R.beta <= v && v <= R.beta)) return `${at}.beta[${d}] must be in [-${R.beta}, ${R.beta}]: ${show(v)}`;
    for (const k of ["cutNo", "cutYes"] as const) if (!(-R.cutpoint <= r[k] && r[k] <= R.cutpoint)) return `${at}.${k} must be in [-${R.cutpoint}, ${R.cutpoint}]: ${show(r[k])}`;
  }
  for (const [iso3, s] of Object.entries(m.absence.states)) {
    for (const k of ["rate", "emergencyRate"] as const) if (!(0 <= s[k] && s[k] <= 1)) return `absence.states.${iso3}.${k} must be in [0, 1]: ${show(s[k])}`;
    if (!(-R.trend <= s.trend && s.trend <= R.trend)) return `absence.states.${iso3}.trend must be in [-${R.trend}, ${R.trend}]: ${show(s.trend)}`;
  }
  for (const [name, v] of Object.entries(m.absence.coef)) if (!(-R.absenceCoef <= v && v <= R.absenceCoef)) return `absence.coef.${name} must be in [-${R.absenceCoef}, ${R.absenceCoef}]: ${show(v)}`;
  if (m.absence.baseRate !== undefined && !(0 <= m.absence.baseRate && m.absence.baseRate <= 1)) return `absence.baseRate must be in [0, 1]: ${show(m.absence.baseRate)}`;
  return null;
}
