import { describe, expect, it } from "vitest";
import { blinken2022 } from "../../scenarios/blinken-2022.ts";
import { hrcSuspension2022 } from "../../scenarios/hrc-suspension-2022.ts";
import { jerusalem2017 } from "../../scenarios/jerusalem-2017.ts";

// The scenario scripts are examples: run them (without charts) so they cannot rot.
describe("scenario scripts", () => {
  it.each([
    ["blinken-2022", blinken2022, 143],
    ["jerusalem-2017", jerusalem2017, 128],
    ["hrc-suspension-2022", hrcSuspension2022, 93],
  ] as const)("%s runs and reports baseline, scenario, movable states, curve, targets and implied strength", async (_name, script, observed) => {
    const lines: string[] = [];
    const { result, variants } = await script({ charts: false, print: (t) => lines.push(t) });
    const text = lines.join("\n");
    for (const part of ["baseline", "scenario", "10 most movable states", "Response curve", "Best 10 targets", "Implied strength", "Variants (same draws)", "Mean log-loss"]) expect(text).toContain(part);
    expect(result.changes.length).toBe(result.baseline.members);
    expect(result.curve!.length).toBe(13);
    expect(result.targets).toHaveLength(10);
    expect(variants.length).toBeGreaterThan(0);
    // the implied strength reproduces the observed yes count (or says why not)
    const s = result.impliedStrength!;
    if (s.strength !== null) expect(s.expected).toBeCloseTo(observed, 3);
    else expect(s.note).toBeTruthy();
  });
});
