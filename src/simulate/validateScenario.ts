import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { readFileSync } from "node:fs";
import { closestMatches } from "../data/findRollCall.ts";
import type { MemberState } from "../data/types.ts";
import { validateAgainstSchema } from "../util/validateAgainstSchema.ts";
import type { Scenario, Targets } from "./types.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { checkJsonLimits } from "../util/checkJsonLimits.ts";

/** Options of {@link validateScenario}. */
export interface ValidateScenarioOptions {
  /** Member states of the record; when given, every ISO3 code must be one of them. Default: codes are only checked for form. */
  states?: readonly Pick<MemberState, "iso3">[];
}

/**
 * Checks a lobbying scenario and returns it typed: first its structure
 * against schemas/scenario.schema.json (generated from the `Scenario` type),
 * then what a schema cannot say (list names that exist, intervention indices
 * in range, ISO3 codes of real states, `curve.to` above `curve.from`, the
 * matched count given). Throws on the first problem, naming the field and
 * echoing the value, e.g.
 * `invalid interventions[0].toward; expected one of Y, N, A, attend, stay away: "maybe"`.
 * The forecast spec itself is checked by `prepareForecast`. Does not modify its input.
 *
 * @example
 * validateScenario(JSON.parse(readFileSync("scenarios/blinken-2022.json", "utf8")));
 */
export function validateScenario(value: unknown, options: ValidateScenarioOptions = {}): Scenario {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PlenaryError(`invalid scenario; expected an object: ${JSON.stringify(value)}`);
  }
  checkJsonLimits(value, "scenario", { maxDepth: 16, maxString: 20_000, maxValues: 1_000_000 }); // before anything walks it (nesting 100,000 deep is refused, not a stack overflow)
  try {
    validateAgainstSchema(value, "scenario.schema.json", "scenario"); // the project's one cached schema check
  } catch {
    throw new PlenaryError(explainSchemaErrors(value));
  }
  const scenario = value as Scenario;
  checkSemantics(scenario, options);
  return scenario;
}

let explainer: { validate: ValidateFunction; schema: Schema } | undefined;

/**
 * Why a scenario fails its schema, in one message. The shared check in
 * src/util/validateAgainstSchema.ts stops at ajv's first error and keeps no
 * schema context; naming a union's branches or the closest field name needs
 * all errors with their schemas (ajv's allErrors and verbose), so a rejected
 * scenario is checked again by a validator compiled once, on the first
 * rejection, and kept. Valid scenarios never reach it.
 */
function explainSchemaErrors(value: unknown): string {
  if (!explainer) {
    const schema = JSON.parse(readFileSync(new URL("../../schemas/scenario.schema.json", import.meta.url), "utf8")) as Schema;
    explainer = { validate: new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema), schema };
  }
  explainer.validate(value);
  return describeErrors(explainer.validate.errors ?? [], value, explainer.schema);
}

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? "undefined" : s.length > 120 ? `${s.slice(0, 117)}...` : s;
};

/** "/interventions/0/toward" -> "interventions[0].toward" */
function fieldName(path: string): string {
  const parts = path.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), "");
}

function valueAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const p of path.split("/").slice(1)) v = (v as Record<string, unknown> | undefined)?.[p.replace(/~1/g, "/").replace(/~0/g, "~")];
  return v;
}

type Schema = { $ref?: string; type?: string; enum?: unknown[]; required?: string[]; anyOf?: Schema[]; items?: Schema; definitions?: Record<string, Schema>; pattern?: string; minimum?: number; maximum?: number };

/** A few words for each branch of a union, e.g. `a list of ISO3 codes`, `{ group }`. */
function describeBranch(branch: Schema, root: Schema): string {
  let b = branch;
  while (b.$ref) b = root.definitions?.[b.$ref.replace("#/definitions/", "")] ?? {};
  if (b.type === "array") {
    let item = b.items ?? {};
    while (item.$ref) item = root.definitions?.[item.$ref.replace("#/definitions/", "")] ?? {};
    return item.pattern === "^[A-Z]{3}$" ? "a list of ISO3 codes" : `a list`;
  }
  if (b.type === "object") return b.required && b.required.length > 0 ? `{ ${b.required.join(", ")} }` : "an object";
  if (b.enum) return `one of ${b.enum.join(", ")}`;
  if (b.pattern === "^[A-Z]{3}$") return "an ISO3 code";
  if (b.anyOf) return b.anyOf.map((x) => describeBranch(x, root)).join(" or ");
  const range = b.minimum !== undefined && b.maximum !== undefined ? ` in [${b.minimum}, ${b.maximum}]` : "";
  return b.type === "number" || b.type === "integer" ? `a ${b.type === "integer" ? "whole number" : "number"}${range}` : `a ${b.type ?? "value"}`;
}

function joinAlternatives(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/**
 * The most useful of ajv's errors as one message: the deepest one (it says
 * most precisely what is wrong), except that when the deepest errors are the
 * failed branches of a union at the same place, the union is described.
 */
function describeErrors(errors: ErrorObject[], root: unknown, schema: Schema): string {
  const depth = (e: ErrorObject) => (e.instancePath === "" ? 0 : e.instancePath.split("/").length - 1) + (e.keyword === "required" || e.keyword === "additionalProperties" ? 0.5 : 0);
  const deepest = Math.max(...errors.map(depth));
  const atDeepest = errors.filter((e) => depth(e) === deepest);
  const union = errors.find((e) => e.keyword === "anyOf" && depth(e) >= Math.floor(deepest) && atDeepest.every((d) => d.instancePath === e.instancePath));
  if (union) {
    const field = fieldName(union.instancePath) || "scenario";
    const branches = (union.schema as Schema[]).map((b) => describeBranch(b, schema));
    return `invalid ${field}; expected ${joinAlternatives(branches)}: ${show(valueAt(root, union.instancePath))}`;
  }
  const order = ["additionalProperties", "required", "enum", "type", "pattern"];
  const e = [...atDeepest].sort((a, b) => (order.indexOf(a.keyword) + 1 || 99) - (order.indexOf(b.keyword) + 1 || 99))[0];
  const field = fieldName(e.instancePath);
  const value = valueAt(root, e.instancePath);
  const where = field ? `invalid ${field}` : "invalid scenario";
  switch (e.keyword) {
    case "additionalProperties": {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(((e.parentSchema as { properties?: object })?.properties) ?? {});
      const near = closestMatches(extra, known, 1);
      return `${where}; unknown field ${JSON.stringify(extra)}${near.length ? ` (did you mean ${JSON.stringify(near[0])}?)` : ""}: ${show(value)}`;
    }
    case "required":
      return `${where}; missing required field ${JSON.stringify((e.params as { missingProperty: string }).missingProperty)}: ${show(value)}`;
    case "enum":
      return `${where}; expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(", ")}: ${show(value)}`;
    case "type": {
      const t = (e.params as { type: string }).type;
      const word = t === "integer" ? "a whole number" : t === "array" ? "a list" : t === "object" ? "an object" : `a ${t}`;
      return `${where}; expected ${word}: ${show(value)}`;
    }
    case "pattern":
      return (e.params as { pattern: string }).pattern === "^[A-Z]{3}$"
        ? `${where}; not an ISO3 code (three capital letters): ${show(value)}`
        : `${where}; does not match ${(e.params as { pattern: string }).pattern}: ${show(value)}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const ps = e.parentSchema as { minimum?: number; maximum?: number; exclusiveMinimum?: number };
      const lo = ps.minimum !== undefined ? `[${ps.minimum}` : ps.exclusiveMinimum !== undefined ? `(${ps.exclusiveMinimum}` : "(-inf";
      const hi = ps.maximum !== undefined ? `${ps.maximum}]` : "inf)";
      return `${where}; expected a number in ${lo}, ${hi}: ${show(value)}`;
    }
    case "minItems":
      return `${where}; expected at least ${(e.params as { limit: number }).limit} item(s): ${show(value)}`;
    default:
      return `${where}; ${e.message ?? "not valid"}: ${show(value)}`;
  }
}

function checkSemantics(s: Scenario, options: ValidateScenarioOptions): void {
  const known = options.states ? new Set(options.states.map((st) => st.iso3)) : null;
  const codes = options.states ? options.states.map((st) => st.iso3) : [];
  const checkIso = (field: string, iso3: string) => {
    if (known && !known.has(iso3)) throw new PlenaryError(`invalid ${field}; unknown ISO3 code: ${JSON.stringify(iso3)}; closest matches: ${closestMatches(iso3, codes, 3).join(", ")}`);
  };
  if (s.title !== undefined && s.title.trim() === "") throw new PlenaryError(`invalid title; empty: ${show(s.title)}`);
  if (s.title !== undefined && s.title.length > 1_000) throw new PlenaryError(`invalid title; longer than 1,000 characters: ${s.title.length.toLocaleString("en-US")}`, { code: "limit" });
  for (const name of Object.keys(s.lists ?? {})) if (name.length > 100) throw new PlenaryError(`invalid lists; a list name longer than 100 characters: ${show(name)}`, { code: "limit" });
  s.interventions.forEach((iv, i) => {
    if (iv.label !== undefined && iv.label.length > 200) throw new PlenaryError(`invalid interventions[${i}].label; longer than 200 characters: ${iv.label.length.toLocaleString("en-US")}`, { code: "limit" });
  });
  if (typeof s.forecast === "string" && s.forecast.trim() === "") throw new PlenaryError(`invalid forecast; expected a spec or the path of a spec file: ${show(s.forecast)}`);
  const lists = s.lists ?? {};
  for (const [name, list] of Object.entries(lists)) {
    const seen = new Set<string>();
    list.members.forEach((iso3, i) => {
      checkIso(`lists.${name}.members[${i}]`, iso3);
      if (seen.has(iso3)) throw new PlenaryError(`invalid lists.${name}.members[${i}]; listed twice: ${show(iso3)}`);
      seen.add(iso3);
    });
  }
  const checkTargets = (field: string, t: Targets) => {
    if (Array.isArray(t)) {
      if (t.length === 0) throw new PlenaryError(`invalid ${field}; expected at least one ISO3 code: []`);
      t.forEach((iso3, i) => checkIso(`${field}[${i}]`, iso3));
    } else if ("list" in t) {
      if (typeof t.list !== "string" || !Object.hasOwn(lists, t.list)) {
        const have = Object.keys(lists);
        throw new PlenaryError(`invalid ${field}.list; no list of that name in lists (${have.length ? `have: ${have.join(", ")}` : "none defined"}): ${show(t.list)}`);
      }
    } else if ("group" in t) {
      if (Array.isArray(t.group) && t.group.length === 0) throw new PlenaryError(`invalid ${field}.group; expected at least one group: []`);
    } else if ("mostPersuadable" in t && t.among !== undefined) {
      checkTargets(`${field}.among`, t.among);
    }
  };
  const n = s.interventions.length;
  s.interventions.forEach((iv, i) => {
    const f = `interventions[${i}]`;
    const by = Array.isArray(iv.by) ? iv.by : [iv.by];
    if (by.length === 0) throw new PlenaryError(`invalid ${f}.by; expected an ISO3 code or a non-empty list of them: []`);
    by.forEach((iso3, j) => checkIso(Array.isArray(iv.by) ? `${f}.by[${j}]` : `${f}.by`, iso3));
    if (typeof iv.strength === "object" && iv.strength !== null && !Array.isArray(iv.strength)) {
      const keys = Object.keys(iv.strength);
      if (keys.length !== 1 || keys[0] !== "campaigns") throw new PlenaryError(`invalid ${f}.strength; expected a number or { "campaigns": n }: ${show(iv.strength)}`);
      const c = (iv.strength as { campaigns: number }).campaigns;
      if (!(typeof c === "number" && 0 <= c && c <= 10)) throw new PlenaryError(`invalid ${f}.strength.campaigns; expected a number in [0, 10]: ${show(c)}`);
      if (iv.toward !== "Y" && iv.toward !== "N") throw new PlenaryError(`invalid ${f}.strength; a strength in campaigns is for interventions toward "Y" or "N", not: ${show(iv.toward)}`);
    } else if (!(typeof iv.strength === "number" && 0 <= iv.strength && iv.strength <= 20)) throw new PlenaryError(`invalid ${f}.strength; expected a number in [0, 20] or { "campaigns": n }: ${show(iv.strength)}`);
    checkTargets(`${f}.targets`, iv.targets);
    if (iv.susceptibility === "agreement" || iv.susceptibility === "measured") {
      if (iv.susceptibility === "measured" && !by.includes("USA")) throw new PlenaryError(`invalid ${f}.susceptibility; "measured" is the responsiveness to US campaigns, for lobbying sides that include "USA": ${show(iv.by)}`);
    } else if (typeof iv.susceptibility === "string") {
      throw new PlenaryError(`invalid ${f}.susceptibility; expected "agreement", "measured", a number or multipliers by ISO3: ${show(iv.susceptibility)}`);
    } else if (typeof iv.susceptibility === "number") {
      if (!(0 <= iv.susceptibility && iv.susceptibility <= 10)) throw new PlenaryError(`invalid ${f}.susceptibility; expected a number in [0, 10]: ${show(iv.susceptibility)}`);
    } else if (iv.susceptibility !== undefined) {
      for (const [iso3, v] of Object.entries(iv.susceptibility)) {
        if (!/^[A-Z]{3}$/.test(iso3)) throw new PlenaryError(`invalid ${f}.susceptibility; not an ISO3 code: ${show(iso3)}`);
        checkIso(`${f}.susceptibility.${iso3}`, iso3);
        if (!(0 <= v && v <= 10)) throw new PlenaryError(`invalid ${f}.susceptibility.${iso3}; expected a number in [0, 10]: ${show(v)}`);
      }
    }
  });
  const checkIndex = (field: string, index: number | undefined) => {
    if (index !== undefined && !(index < n)) throw new PlenaryError(`invalid ${field}; expected an intervention index in [0, ${n - 1}]: ${show(index)}`);
  };
  if (s.curve) {
    checkIndex("curve.intervention", s.curve.intervention);
    const from = s.curve.from ?? 0;
    if (s.curve.to !== undefined && !(s.curve.to > from)) throw new PlenaryError(`invalid curve.to; expected a number above curve.from (${from}): ${show(s.curve.to)}`);
  }
  if (s.targets) {
    checkIndex("targets.intervention", s.targets.intervention);
    if (s.targets.pool !== undefined) checkTargets("targets.pool", s.targets.pool);
  }
  if (typeof s.spillover === "number" && !(0 <= s.spillover && s.spillover <= 2)) throw new PlenaryError(`invalid spillover; expected true, false or a share in [0, 2]: ${show(s.spillover)}`);
  if (s.observed) {
    checkIndex("observed.intervention", s.observed.intervention);
    const match = s.observed.match ?? "yes";
    if (s.observed[match] === undefined) throw new PlenaryError(`invalid observed.match; the ${match} count is not given in observed: ${show(match)}`);
  }
}
