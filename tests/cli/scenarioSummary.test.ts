import { describe, expect, it } from "vitest";
import { scenarioText } from "../../src/cli/scenarioSummary.ts";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { runScenario } from "../../src/simulate/runScenario.ts";
import { loadScenario } from "../../src/simulate/loadScenario.ts";

describe("scenario report", () => {
  const assembly = loadAssembly();
  const base = loadScenario("tests/simulate/fixtures/es-11-4-outreach.json", { states: assembly.states });
  // one weak intervention on one target, no label: only a few states move
  const small = runScenario({ ...base, interventions: [{ by: ["USA"], toward: "Y", targets: ["SEN"], strength: 0.5 }], curve: undefined, targets: undefined, observed: undefined }, { assembly });
  const text = scenarioText(small, { top: 10 });

  it("lists as movable only states whose change shows (never +0.0 everywhere)", () => {
    const section = text.split(/\n\n/).find((s) => s.includes("most movable states"))!;
    const rows = section.split("\n").slice(3); // title, header, rule
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(10);
    expect(section).toMatch(new RegExp(`^${rows.length} most movable states \\(only ${rows.length} moved by 0\\.05 percentage points or more`));
    for (const row of rows) expect(row).toMatch(/[+-](0\.[1-9]|[1-9])/); // some change of at least 0.1 points shows
  });

  it("an intervention without a label is named once, not 'USA toward Y: USA toward Y'", () => {
    expect(text).toContain("  0. USA toward Y, strength 0.5");
    expect(text).not.toContain("USA toward Y: USA toward Y");
  });
});
