/** The runner's lost-output check (scripts/missingOutputs.ts) on hand-made executed notebooks. */
import { describe, expect, it } from "vitest";
import { missingOutputs } from "../../scripts/missingOutputs.ts";

const cell = (source: string, declared: number | undefined, outputs: number) => ({
  cell_type: "code",
  source,
  metadata: declared === undefined ? {} : { plenary: { outputs: declared } },
  outputs: Array.from({ length: outputs }, () => ({ output_type: "display_data" })),
});

describe("missingOutputs", () => {
  it("passes a complete run (markdown cells and extra outputs are fine)", () => {
    const nb = { cells: [{ cell_type: "markdown", source: "# t" }, cell("await show(a);", 1, 1), cell("const x = 1;", 0, 0), cell("await value(x);", 1, 2)] };
    expect(missingOutputs(nb)).toEqual([]);
  });

  it("names each cell that came out short, and a cell that declares nothing", () => {
    const nb = { cells: [cell("await table(t);\nawait show(c);", 2, 1), cell("await show(m);", 1, 0), cell("model.stats", undefined, 1)] };
    expect(missingOutputs(nb)).toEqual([
      "cell 0: 1 of 2 outputs (await show(c);)",
      "cell 1: 0 of 1 outputs (await show(m);)",
      "cell 2: declares no expected output count (metadata plenary.outputs): model.stats",
    ]);
  });
});
