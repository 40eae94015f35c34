import { describe, expect, it } from "vitest";
import { checkSpec } from "../../src/forecast/checkSpec.ts";

const ok = { title: "T", asOf: "2022-10-11", like: ["A/RES/ES-11/1"] };

describe("checkSpec", () => {
  it("fills defaults without mutating the input", () => {
    const input = structuredClone(ok);
    const s = checkSpec(input);
    expect(s).toMatchObject({ rule: "majority", draws: 10000, seed: 1 });
    expect(input).toEqual(ok);
  });
  it.each([
    [{ ...ok, asOf: "2022-13-01" }, 'invalid asOf; not a date (YYYY-MM-DD): "2022-13-01"'],
    [{ ...ok, asOf: "11/10/2022" }, 'invalid asOf; not a date (YYYY-MM-DD): "11/10/2022"'],
    [{ ...ok, voteDate: "2022-10-32" }, 'invalid voteDate; not a date (YYYY-MM-DD): "2022-10-32"'],
    [{ ...ok, voteDate: "2022-10-10" }, 'invalid voteDate; before asOf 2022-10-11 (the vote cannot precede the data cutoff): "2022-10-10"'],
    [{ ...ok, rule: "unanimity" }, 'invalid rule; expected one of majority, two-thirds: "unanimity"'],
    [{ ...ok, draws: 5 }, "invalid draws; expected a whole number in [100, 1000000]: 5"],
    [{ ...ok, known: { USA: "maybe" } }, 'invalid known.USA; expected one of Y, A, N, X: "maybe"'],
    [{ ...ok, known: { usa: "Y" } }, 'invalid known; not an ISO3 code: "usa"'],
    [{ ...ok, colour: "red" }, 'invalid forecast spec; unknown field: "colour"'],
    [{ asOf: "2022-10-11", like: [] }, 'invalid forecast spec; missing required field: "title"'],
    [{ ...ok, issue: "sports" }, 'invalid issue; expected one of me, nu, di, hr, co, ec: "sports"'],
    [{ ...ok, like: "A/RES/ES-11/1" }, 'invalid like; must be array: "A/RES/ES-11/1"'],
  ])("rejects %j", (spec, message) => {
    expect(() => checkSpec(spec)).toThrow(message);
  });
});

describe("checkSpec: like is optional (issue 11)", () => {
  it("accepts a spec with no like, or an empty one, and checks text and session", () => {
    expect(checkSpec({ title: "T", asOf: "2022-10-11" }).like).toBeUndefined();
    expect(checkSpec({ title: "T", asOf: "2022-10-11", like: [] }).like).toBeUndefined();
    expect(checkSpec({ title: "T", asOf: "2022-10-11", session: "ES-11", text: "Demands that..." }).session).toBe("ES-11");
    expect(() => checkSpec({ title: "T", asOf: "2022-10-11", session: "E-11" })).toThrow('invalid session; expected a session as in UN symbols ("77", "ES-11" or "S-27"): "E-11"');
    expect(() => checkSpec({ title: "T", asOf: "2022-10-11", text: "x".repeat(20_001) })).toThrow("invalid text; longer than 20,000 characters: 20001");
    expect(() => checkSpec({ title: "T", asOf: "2022-10-11", dims: 3 })).toThrow(/invalid dims; expected one of 1, 2: 3/);
  });
});
