import { describe, expect, it } from "vitest";
import { isResumedPart } from "../../src/forecast/isResumedPart.ts";

describe("isResumedPart", () => {
  it("is January to August of a regular session", () => {
    expect(isResumedPart("2019-05-22", "regular")).toBe(true);
    expect(isResumedPart("2018-01-01", "regular")).toBe(true);
    expect(isResumedPart("2018-08-31", "regular")).toBe(true);
    expect(isResumedPart("2018-09-01", "regular")).toBe(false);
    expect(isResumedPart("2019-12-18", "regular")).toBe(false);
  });

  it("is never true in emergency or special sessions", () => {
    expect(isResumedPart("2022-03-02", "emergency")).toBe(false);
    expect(isResumedPart("2021-06-02", "special")).toBe(false);
  });
});
