import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { readFileSync } from "node:fs";

const compiled = new Map<string, ValidateFunction>();

function validator(schemaFile: string): ValidateFunction {
  let v = compiled.get(schemaFile);
  if (!v) {
    const path = new URL(`../../schemas/${schemaFile}`, import.meta.url);
    const ajv = new Ajv({ allErrors: false, strict: false });
    v = ajv.compile(JSON.parse(readFileSync(path, "utf8")));
    compiled.set(schemaFile, v);
  }
  return v;
}

/**
 * Checks a value against one of the project's generated JSON Schemas
 * (`schemas/NAME.schema.json`) and throws the first problem as
 * `invalid <field>; <what is wrong>: <value>`.
 */
export function validateAgainstSchema(value: unknown, schemaFile: string, what: string): void {
  const validate = validator(schemaFile);
  if (validate(value)) return;
  throw new Error(describeError(validate.errors?.[0], value, what));
}

function describeError(e: ErrorObject | undefined, root: unknown, what: string): string {
  if (!e) return `invalid ${what}`;
  const parts = e.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let field = parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), "");
  let value: unknown = root;
  for (const p of parts) value = (value as Record<string, unknown> | undefined)?.[p];
  if (e.keyword === "additionalProperties") {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    return `invalid ${what}${field ? `.${field}` : ""}; unknown field: ${JSON.stringify(extra)}`;
  }
  if (e.keyword === "required") {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return `invalid ${what}${field ? `.${field}` : ""}; missing required field: ${JSON.stringify(missing)}`;
  }
  if (e.keyword === "enum") {
    return `invalid ${field || what}; expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(", ")}: ${JSON.stringify(value)}`;
  }
  if (!field) field = what;
  return `invalid ${field}; ${e.message ?? "not valid"}: ${JSON.stringify(value)}`;
}
