import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { tableBundle } from "../../src/render/tableBundle.ts";
import { deepFreeze } from "./helpers.ts";

const rows = () => [
  { iso3: "USA", vote: "Y", p: 0.123456 },
  { iso3: "IND", vote: "A", p: 0.5 },
  { iso3: "RUS", vote: "N", p: 1 },
];

describe("tableBundle", () => {
  it("renders an array of objects as an HTML table and a Markdown table", () => {
    const b = tableBundle(rows());
    expect(Object.keys(b).sort()).toEqual(["text/html", "text/plain"]);
    expect(b["text/html"]).toMatch(/^<table/);
    for (const cell of ["USA", "IND", "RUS", "vote"]) expect(b["text/html"]).toContain(cell);
    // oracle: the Markdown table written by hand; arquero gives a column one number of digits, here 3 (the default maxdigits)
    expect(b["text/plain"]).toBe("|iso3|vote|p|\n|:-|:-|-:|\n|USA|Y|0.123|\n|IND|A|0.500|\n|RUS|N|1.000|\n");
  });

  it("never writes numbers in scientific notation, and rounds a column to the digits asked for", () => {
    // oracle: by hand; arquero alone writes 0.00088 as 8.800e-4
    const b = tableBundle([{ outcome: "yes", expected: 138.278, p: 0.00088 }, { outcome: "no", expected: 6.658, p: -0.00001 }], { digits: { expected: 1 } });
    expect(b["text/plain"]).toBe("|outcome|expected|p|\n|:-|-:|-:|\n|yes|138.3|0.001|\n|no|6.7|0.000|\n");
    expect(b["text/html"]).not.toMatch(/\de-\d/);
    expect(() => tableBundle([{ a: 1 }], { digits: { a: 11 } })).toThrow("invalid digits.a; expected an integer in [0, 10]: 11");
  });

  it("takes an arquero table and says how many rows it left out", () => {
    const b = tableBundle(aq.from(rows()), { limit: 2 });
    expect(b["text/plain"]).not.toContain("RUS");
    expect(b["text/plain"]).toContain("1 more rows not shown (3 in all)");
    expect(b["text/html"]).toContain("<em>1 more rows not shown (3 in all)</em>");
    expect(tableBundle([])["text/plain"]).toBe("(no rows)");
    expect(tableBundle([])["text/html"]).toContain("<em>(no rows)</em>");
  });

  it("does not modify its input", () => {
    const input = deepFreeze(rows());
    tableBundle(input);
    expect(input).toEqual(rows());
  });

  it("names the parameter and echoes the value on bad input", () => {
    expect(() => tableBundle(rows(), { limit: 0 })).toThrow("invalid limit; expected an integer in [1, 10000]: 0");
    expect(() => tableBundle(rows(), { maxdigits: 1.5 })).toThrow("invalid maxdigits; expected an integer in [0, 10]: 1.5");
    expect(() => tableBundle([{ a: 1 }, 3] as object[])).toThrow("invalid rows[1]; expected a plain object, got 3");
    expect(() => tableBundle("x" as unknown as object[])).toThrow('invalid rows; expected an arquero table or an array of objects, got "x"');
  });
});
