/**
 * Generates the JSON Schemas of the project's file formats from their
 * TypeScript types (the types are the spec; the schemas are never written by
 * hand). Run: `npx tsx scripts/generateSchemas.ts`; a test checks that the
 * committed schemas equal a fresh generation.
 */
import { createGenerator } from "ts-json-schema-generator";
import { writeAtomic } from "../src/index.ts";

/** Each schema: output file, source file and root type. */
export const SCHEMAS: { out: string; path: string; type: string }[] = [
  { out: "schemas/forecast-spec.schema.json", path: "src/forecast/types.ts", type: "ForecastSpec" },
  { out: "schemas/council-spec.schema.json", path: "src/council/types.ts", type: "CouncilSpec" },
  { out: "schemas/scenario.schema.json", path: "src/simulate/Scenario.ts", type: "Scenario" },
  { out: "schemas/fitted-model.schema.json", path: "src/model/types.ts", type: "FittedModel" },
];

/** Generates one schema as pretty JSON text. */
export function generateSchema(entry: { path: string; type: string }): string {
  const generator = createGenerator({ path: entry.path, tsconfig: "tsconfig.json", type: entry.type, skipTypeCheck: true, additionalProperties: false });
  return JSON.stringify(generator.createSchema(entry.type), null, 2) + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const entry of SCHEMAS) {
    writeAtomic(entry.out, generateSchema(entry));
    console.log(`wrote ${entry.out}`);
  }
}
