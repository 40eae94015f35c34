import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateSchema } from "../../scripts/generateSchemas.ts";

describe("schemas/scenario.schema.json", () => {
  it("equals a fresh generation from the Scenario type (run `npx tsx scripts/generateSchemas.ts` after changing src/simulate/Scenario.ts or Intervention.ts)", () => {
    const fresh = generateSchema({ path: "src/simulate/Scenario.ts", type: "Scenario" });
    expect(readFileSync("schemas/scenario.schema.json", "utf8")).toBe(fresh);
  });
});

describe("schemas/forecast-spec.schema.json", () => {
  it("equals a fresh generation from the ForecastSpec type (run `npx tsx scripts/generateSchemas.ts` after changing src/forecast/types.ts)", () => {
    const fresh = generateSchema({ path: "src/forecast/types.ts", type: "ForecastSpec" });
    expect(readFileSync("schemas/forecast-spec.schema.json", "utf8")).toBe(fresh);
  });
});
