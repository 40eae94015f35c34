import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { symbolKey } from "../../src/data/symbolKey.ts";
import { sessionPeriod } from "../../src/data/sessionPeriod.ts";

describe("parseCsv", () => {
  it("handles quotes, escaped quotes, embedded newlines and CRLF, with line numbers", () => {
    const t = parseCsv('a,b\r\n1,"x, ""y"""\r\n2,"two\nlines"\n3,z\n', "f.csv");
    expect(t.rows).toEqual([["1", 'x, "y"'], ["2", "two\nlines"], ["3", "z"]]);
    expect(t.lines).toEqual([2, 3, 5]);
  });
  it("names file and line for a short row and an unterminated quote", () => {
    expect(() => parseCsv("a,b\n1\n", "f.csv")).toThrow("malformed csv f.csv, line 2: expected 2 fields, found 1");
    expect(() => parseCsv('a,b\n1,"open\n', "f.csv")).toThrow("malformed csv f.csv, line 2: unterminated quoted field");
  });
});

describe("symbolKey and sessionPeriod", () => {
  it("parses UN and Voeten resolution symbols to one key", () => {
    expect(symbolKey("A/RES/1084(XI)")).toBe("11|1084|");
    expect(symbolKey("R/11/1084")).toBe("11|1084|");
    expect(symbolKey("A/RES/39/151[A]")).toBe("39|151|A");
    expect(symbolKey("R/39/151A")).toBe("39|151|A");
    expect(symbolKey("A/RES/ES-10/19")).toBe("ES-10|19|");
    expect(symbolKey("ESS/10/19")).toBe("ES-10|19|");
    expect(symbolKey("A/RES/63(I)[PARA.1]")).toBeNull();
  });
  it("maps sessions to the regular session open on the date", () => {
    expect(sessionPeriod("1", "1946-12-13")).toBe(1);
    expect(sessionPeriod("S-1", "1947-05-15")).toBe(1);
    expect(sessionPeriod("ES-11", "2022-03-02")).toBe(76);
    expect(sessionPeriod("ES-11", "2022-10-12")).toBe(77);
    expect(sessionPeriod("76", "2022-09-08")).toBe(76);
  });
});
