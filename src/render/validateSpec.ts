import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { TopLevelSpec } from "vega-lite";
import { PlenaryError } from "../util/PlenaryError.ts";

let validator: ValidateFunction | undefined;

/** The official Vega-Lite JSON schema (draft-07) shipped by vega-lite, compiled once (about 1 s). */
function schemaValidator(): ValidateFunction {
  if (!validator) {
    const path = createRequire(import.meta.url).resolve("vega-lite/vega-lite-schema.json");
    const schema = JSON.parse(readFileSync(path, "utf8")) as object;
    validator = new Ajv({ strict: false, allErrors: false, validateFormats: false, allowUnionTypes: true }).compile(schema);
  }
  return validator;
}

/** JSON path of an ajv instance path: "/layer/0/mark" -> "$.layer[0].mark". */
function jsonPath(instancePath: string): string {
  return (
    "$" +
    instancePath
      .split("/")
      .slice(1)
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .map((p) => (/^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`))
      .join("")
  );
}

/** The value at an ajv instance path, for the error message. */
function valueAt(root: unknown, instancePath: string): unknown {
  let v = root;
  for (const p of instancePath.split("/").slice(1)) v = (v as Record<string, unknown> | undefined)?.[p.replace(/~1/g, "/").replace(/~0/g, "~")];
  return v;
}

/**
 * The most telling of ajv's errors: the deepest instance path (the value the
 * spec got wrong, not the top-level object that therefore matched no branch
 * of a union); among those, an `enum` or `const` error (it lists the allowed values).
 */
function mostTelling(errors: readonly ErrorObject[]): ErrorObject {
  const depth = (e: ErrorObject) => e.instancePath.split("/").length;
  const deepest = Math.max(...errors.map(depth));
  const atDepth = errors.filter((e) => depth(e) === deepest);
  return atDepth.find((e) => e.keyword === "enum") ?? atDepth.find((e) => e.keyword === "additionalProperties") ?? atDepth[0]!;
}

/**
 * Checks a value against the official Vega-Lite schema
 * (vega-lite/build/vega-lite-schema.json) before it is compiled, so a wrong
 * spec gets an error that names the place instead of a crash inside
 * vega-lite. Throws `invalid spec at $.mark.type; must be equal to one of
 * the allowed values ...: "bars"`; returns the spec typed when valid.
 *
 * @example
 * validateSpec({ mark: "bar", data: { values: [{ a: 1 }] }, encoding: { x: { field: "a", type: "quantitative" } } }).mark; // "bar"
 */
export function validateSpec(spec: unknown): TopLevelSpec {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new PlenaryError(`invalid spec; expected a Vega-Lite spec object, got ${JSON.stringify(spec)}`);
  }
  const validate = schemaValidator();
  if (validate(spec)) return spec as TopLevelSpec;
  const errors = validate.errors ?? [];
  if (errors.length === 0) throw new PlenaryError("invalid spec; does not match the Vega-Lite schema");
  const e = mostTelling(errors);
  const allowed = e.keyword === "enum" ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")})` : "";
  const value = e.keyword === "additionalProperties" ? JSON.stringify((e.params as { additionalProperty: string }).additionalProperty) : JSON.stringify(valueAt(spec, e.instancePath));
  const shown = value === undefined ? "" : `: ${value.length > 80 ? `${value.slice(0, 77)}...` : value}`;
  throw new PlenaryError(`invalid spec at ${jsonPath(e.instancePath)}; ${e.message ?? "does not match the Vega-Lite schema"}${allowed}${shown}`);
}
