import { describe, expect, it } from "vitest";
import { isResumedPart } from "../../src/forecast/isResumedPart.ts";
import { sessionPeriod } from "../../src/data/sessionPeriod.ts";

describe("isResumedPart", () => {
  it("is the part of a regular session after the calendar year it opened in (session N opens in September of 1945 + N)", () => {
    expect(isResumedPart("2017-09-19", "regular", 72)).toBe(false);
    expect(isResumedPart("2017-12-31", "regular", 72)).toBe(false);
    expect(isResumedPart("2018-01-01", "regular", 72)).toBe(true);
    expect(isResumedPart("2019-05-22", "regular", 73)).toBe(true);
    // the last days of session 72, after the summer
    expect(isResumedPart("2018-09-13", "regular", 72)).toBe(true);
    expect(isResumedPart("2018-09-13", "regular", sessionPeriod("72", "2018-09-13"))).toBe(true);
    // without a session, the period is the calendar's: September opens a new one
    expect(isResumedPart("2018-09-20", "regular", sessionPeriod("ES-0", "2018-09-20"))).toBe(false);
    expect(isResumedPart("2018-08-31", "regular", sessionPeriod("ES-0", "2018-08-31"))).toBe(true);
  });

  it("is never true in emergency or special sessions", () => {
    expect(isResumedPart("2022-03-02", "emergency", 76)).toBe(false);
    expect(isResumedPart("2021-06-02", "special", 75)).toBe(false);
  });
});
