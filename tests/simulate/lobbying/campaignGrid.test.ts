import { describe, expect, it } from "vitest";
import { loadAssembly } from "../../../src/data/loadAssembly.ts";
import { loadModel } from "../../../src/model/loadModel.ts";
import { prepareForecast } from "../../../src/forecast/prepareForecast.ts";
import { simulateOutcome } from "../../../src/forecast/simulateOutcome.ts";
import { CAMPAIGN_GRID, campaignGrid } from "../../../src/simulate/lobbying/campaignGrid.ts";

describe("campaignGrid on a real important vote", () => {
  const a = loadAssembly();
  const row = a.rollCalls.findIndex((r) => r.important && r.period === 72 && r.date >= "2017-11-01");
  const rc = a.rollCalls[row];
  const model = loadModel("models/cutoff-2017-11-01.json");
  const grid = campaignGrid(a, row, model, { draws: 300 })!;

  it("at shift 0 is the forecast a user would get (title only, US vote known; float32, 1e-6)", () => {
    // oracle: the forecast engine itself, same spec, no shift
    const usa = a.matrix.codes[row * a.matrix.nStates + a.states.findIndex((s) => s.iso3 === "USA")];
    const f = simulateOutcome(prepareForecast({ title: rc.title, asOf: rc.date, session: rc.session, rule: "majority", draws: 300, seed: 1, known: { USA: usa === 1 ? "Y" : "N" } }, { assembly: a, model }));
    const zero = CAMPAIGN_GRID.indexOf(0);
    const G = CAMPAIGN_GRID.length;
    f.countries.forEach((c) => {
      const k = grid.states.indexOf(c.iso3);
      expect(Math.abs(grid.pYes[k * G + zero] - c.pYes)).toBeLessThan(1e-6);
    });
    expect(grid.important).toBe(true);
  }, 60_000);

  it("moving every state toward the US vote raises each one's probability of voting as the US did", () => {
    const G = CAMPAIGN_GRID.length;
    for (let k = 0; k < grid.states.length; k++) {
      for (let g = 1; g < G; g++) expect(grid.pToward[k * G + g]).toBeGreaterThanOrEqual(grid.pToward[k * G + g - 1] - 1e-7);
    }
  });
});
