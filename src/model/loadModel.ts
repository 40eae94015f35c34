import { readFileSync } from "node:fs";
import { isIsoDate } from "../data/sessionPeriod.ts";
import { MODEL_FORMAT, MODEL_VERSION, type FittedModel } from "./types.ts";

/**
 * Load a fitted model saved by {@link saveModel}, refusing a file that is not
 * a plenary model, has another format version, or (when `fingerprint` is
 * given, normally `loadAssembly().fingerprint`) was fitted on other data. The
 * errors name the file and the offending value.
 *
 * @example
 * const model = loadModel("models/default.json", { fingerprint: assembly.fingerprint });
 */
export function loadModel(path: string, options: { fingerprint?: string } = {}): FittedModel {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new Error(`model file not found: ${JSON.stringify(path)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`invalid model file ${JSON.stringify(path)}; not JSON: ${(e as Error).message}`);
  }
  const m = json as Partial<FittedModel> | null;
  if (!m || typeof m !== "object" || m.format !== MODEL_FORMAT)
    throw new Error(`not a plenary model file: ${JSON.stringify(path)} (format ${JSON.stringify(m && typeof m === "object" ? m.format : m)}, expected "${MODEL_FORMAT}")`);
  if (m.version !== MODEL_VERSION)
    throw new Error(`unsupported model version ${JSON.stringify(m.version)} in ${JSON.stringify(path)}; this plenary reads version ${MODEL_VERSION}; refit with \`plenary fit\``);
  if (options.fingerprint !== undefined && m.fingerprint !== options.fingerprint)
    throw new Error(`model fitted on other data; fingerprint ${JSON.stringify(m.fingerprint)} does not match the embedded data ${JSON.stringify(options.fingerprint)}; refit with \`plenary fit\``);
  if (m.dims !== 1 && m.dims !== 2) throw new Error(`invalid model file ${JSON.stringify(path)}; dims must be 1 or 2: ${JSON.stringify(m.dims)}`);
  if (typeof m.cutoff !== "string" || !isIsoDate(m.cutoff)) throw new Error(`invalid model file ${JSON.stringify(path)}; cutoff not a date: ${JSON.stringify(m.cutoff)}`);
  if (!Array.isArray(m.states) || !Array.isArray(m.rollCalls) || !m.absence || !m.stats)
    throw new Error(`invalid model file ${JSON.stringify(path)}; missing states, rollCalls, absence or stats`);
  return m as FittedModel;
}
