/** One rounding rule for probabilities: formatPercent in text, percentExpression inside Vega charts. */
import * as vega from "vega";
import { describe, expect, it } from "vitest";
import { formatPercent, percentExpression } from "../../src/render/formatPercent.ts";

const GRID = [0, 0.001, 0.0049999, 0.005, 0.0051, 0.125, 0.5, 0.534, 0.994, 0.99499, 0.995, 0.9996, 1];

describe("formatPercent", () => {
  it("rounds to whole percents and never shows 0% or 100%", () => {
    // oracle: the rule written out by hand
    expect(GRID.map(formatPercent)).toEqual(["<1%", "<1%", "<1%", "1%", "1%", "13%", "50%", "53%", "99%", "99%", ">99%", ">99%", ">99%"]);
    expect(formatPercent(Number.NaN)).toBe("n/a");
  });
});

describe("percentExpression", () => {
  it("gives the same text as formatPercent when Vega evaluates it", async () => {
    const spec = {
      data: [{ name: "t", values: GRID.map((p) => ({ p })), transform: [{ type: "formula", expr: percentExpression("p"), as: "text" }] }],
    };
    const view = new vega.View(vega.parse(spec as vega.Spec), { renderer: "none" });
    await view.runAsync();
    expect((view.data("t") as { text: string }[]).map((d) => d.text)).toEqual(GRID.map(formatPercent));
    view.finalize();
  });
});
