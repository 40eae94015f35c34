import { describe, expect, it } from "vitest";
import { titleTerms } from "../../src/text/titleTerms.ts";

describe("titleTerms", () => {
  it("tokenizes, drops stop words and boilerplate, and Porter-stems", () => {
    // oracle: Porter (1980) by hand: consequences -> consequ, aggression -> aggress, Ukraine -> ukrain
    expect(titleTerms("Humanitarian consequences of the aggression against Ukraine")).toEqual(["humanitarian", "consequ", "aggress", "against", "ukrain"]);
    expect(titleTerms("Draft resolution adopted by the General Assembly")).toEqual([]);
  });
  it("folds accents and case, and keeps each term once", () => {
    expect(titleTerms("Côte d'Ivoire; CÔTE D'IVOIRE")).toEqual(titleTerms("cote d'ivoire"));
    expect(new Set(titleTerms("rights rights right")).size).toBe(1);
  });
});
