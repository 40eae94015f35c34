import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/data/buildDataset.ts";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { findRollCall } from "../../src/data/findRollCall.ts";
import { rollCallVotes } from "../../src/data/rollCallVotes.ts";

const FIXTURE = new URL("./fixtures/2025_ga_voting.csv", import.meta.url).pathname;
const fixtureText = readFileSync(FIXTURE, "utf8");

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "plenary-build-"));
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)) out[f] = readFileSync(join(dir, f)).toString("base64");
  return out;
}

describe("buildDataset from an official UN bulk file", () => {
  it("round-trips the official format: votes, blanks as absent, totals, titles", () => {
    const out = tmp();
    const manifest = buildDataset({ official: [FIXTURE], out });
    expect(manifest.counts).toMatchObject({ rollCalls: 2, votes: 9, states: 6, first: "2022-10-12", last: "2025-09-15" });
    expect(manifest.mismatches).toEqual([]);
    const a = loadAssembly({ dir: out });
    const v = rollCallVotes(a, findRollCall(a, "A/RES/ES-11/4"));
    expect(v.totals).toEqual({ yes: 3, no: 1, abstain: 1, absent: 1 });
    expect(v.votes).toEqual({ CHN: "A", FRA: "Y", RUS: "N", UKR: "Y", USA: "Y", VEN: "X" });
    const r = findRollCall(a, "A/RES/80/1");
    expect(r.title).toBe("Test resolution, with a comma");
    expect(r.period).toBe(80);
    expect(findRollCall(a, "ES-11/4").period).toBe(77);
    // members absent from a roll call are "not a member" (code 0), not absent
    expect(Object.keys(rollCallVotes(a, r).votes).sort()).toEqual(["FRA", "UKR", "USA"]);
    expect(a.states.find((s) => s.iso3 === "UKR")).toMatchObject({ group: "Eastern European", m49: 804, first: "2022-10-12", last: "2025-09-15" });
  });

  const cases: [string, (t: string) => string, RegExp][] = [
    ["bad vote code", (t) => t.replace("RUSSIAN FEDERATION,N,", "RUSSIAN FEDERATION,Q,"), /bad vote code at .*2025_ga_voting\.csv, line 5: "Q"/],
    ["unknown country", (t) => t.replace("CHN,CHINA", "XYZ,CHINA"), /unknown country code at .*line 6: "XYZ"/],
    ["mismatched totals", (t) => t.replace(/,3,1,1,1,6,/g, ",4,1,1,1,6,"), /totals do not match .*A\/RES\/ES-11\/4.*stated 4-1-1 .* country rows give 3-1-1/],
    ["truncated line", (t) => t.replace(/\n4000001,USA[^\n]*/, "\n4000001,USA,UNITED STATES,N,2025-09"), /malformed csv .*line 9: expected 20 fields, found 5/],
    ["bad date", (t) => t.replace(/2025-09-15/g, "2025-13-15"), /not a date .*"2025-13-15"/],
  ];
  for (const [name, corrupt, message] of cases) {
    it(`rejects a file with a ${name} and leaves the existing dataset untouched`, () => {
      const out = tmp();
      buildDataset({ official: [FIXTURE], out });
      const before = snapshot(out);
      const bad = join(tmp(), "2025_ga_voting.csv");
      writeFileSync(bad, corrupt(fixtureText));
      expect(() => buildDataset({ official: [bad], out })).toThrow(message);
      expect(snapshot(out)).toEqual(before);
    });
  }

  it("records mismatches instead of failing when allowed", () => {
    const bad = join(tmp(), "2025_ga_voting.csv");
    writeFileSync(bad, fixtureText.replace(/,3,1,1,1,6,/g, ",4,1,1,1,6,"));
    const m = buildDataset({ official: [bad], out: tmp(), allowMismatch: true });
    expect(m.mismatches).toHaveLength(1);
  });
});
