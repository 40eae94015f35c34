import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { readFileSync } from "node:fs";
import { PlenaryError } from "./PlenaryError.ts";

const compiled = new Map<string, ValidateFunction>();

function validator(schemaFile: string): ValidateFunction {
  let v = compiled.get(schemaFile);
  if (!v) {
    // same depth from src/util/ and dist/util/: the package's schemas/ folder
    const path = new URL(`../../schemas/${schemaFile}`, import.meta.url);
    const ajv = new Ajv({ allErrors: false, strict: false });
    v = ajv.compile(JSON.parse(readFileSync(path, "utf8")));
    compiled.set(schemaFile, v);
  }
  return v;
}

/** The first way a value breaks a schema: where (a JSON path like `states[3].mean[2][0]`, "" for the root), what, and the value found there. */
export interface SchemaProblem {
  /** Dotted JSON path of the offending value; "" for the whole value. */
  field: string;
  /** The schema keyword that failed (type, required, additionalProperties, enum, ...). */
  keyword: string;
  /** What is wrong, in words: "must be number", "unknown field: \"x\"". */
  message: string;
  /** The offending value (for `required` and `additionalProperties`, the object holding the field). */
  value: unknown;
}

/**
 * The first problem of `value` against one of the project's generated JSON
 * Schemas (`schemas/NAME.schema.json`), or null when it is valid.
 */
export function schemaProblem(value: unknown, schemaFile: string): SchemaProblem | null {
  const validate = validator(schemaFile);
  if (validate(value)) return null;
  return describe(validate.errors?.[0], value);
}

/**
 * Checks a value against one of the project's generated JSON Schemas
 * (`schemas/NAME.schema.json`) and throws the first problem as a
 * {@link PlenaryError}: `invalid <field>; <what is wrong>: <value>`.
 */
export function validateAgainstSchema(value: unknown, schemaFile: string, what: string): void {
  const p = schemaProblem(value, schemaFile);
  if (!p) return;
  throw new PlenaryError(formatProblem(p, what));
}

function formatProblem(p: SchemaProblem, what: string): string {
  if (p.keyword === "additionalProperties" || p.keyword === "required") return `invalid ${what}${p.field ? `.${p.field}` : ""}; ${p.message}`;
  if (p.keyword === "enum") return `invalid ${p.field || what}; ${p.message}: ${JSON.stringify(p.value)}`;
  return `invalid ${p.field || what}; ${p.message}: ${JSON.stringify(p.value)}`;
}

function describe(e: ErrorObject | undefined, root: unknown): SchemaProblem {
  if (!e) return { field: "", keyword: "", message: "not valid", value: root };
  const parts = e.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  const field = parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), "");
  let value: unknown = root;
  for (const p of parts) value = (value as Record<string, unknown> | undefined)?.[p];
  if (e.keyword === "additionalProperties") {
    return { field, keyword: e.keyword, message: `unknown field: ${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)}`, value };
  }
  if (e.keyword === "required") {
    return { field, keyword: e.keyword, message: `missing required field: ${JSON.stringify((e.params as { missingProperty: string }).missingProperty)}`, value };
  }
  if (e.keyword === "enum") {
    return { field, keyword: e.keyword, message: `expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(", ")}`, value };
  }
  return { field, keyword: e.keyword, message: e.message ?? "not valid", value };
}
