import { describe, expect, it } from "vitest";
import { fitWarnings, MIN_ROLL_CALLS } from "../../src/cli/fitCommand.ts";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { fitIdealPoints } from "../../src/model/idealPoints/fitIdealPoints.ts";

describe("fit warnings", () => {
  const assembly = loadAssembly();

  it("a fit on one roll call warns that its quality figures mean little", () => {
    const one = fitIdealPoints(assembly, { from: "2022-10-12", until: "2022-10-13" }); // A/RES/ES-11/4 only
    expect(one.stats.rollCalls).toBe(1);
    const w = fitWarnings(one);
    expect(w[0]).toBe(`fit on only 1 roll call (fewer than ${MIN_ROLL_CALLS}): positions are barely identified, and correctly classified and APRE are in-sample figures that mean little here; widen --from/--until`);
  });

  it("a fit on a session gives no warning", () => {
    const session = fitIdealPoints(assembly, { from: "2021-09-14", until: "2022-09-13" });
    expect(session.stats.rollCalls).toBeGreaterThanOrEqual(MIN_ROLL_CALLS);
    expect(fitWarnings(session)).toEqual([]);
  });
});
