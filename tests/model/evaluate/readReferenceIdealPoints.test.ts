import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readReferenceIdealPoints } from "../../../src/model/evaluate/readReferenceIdealPoints.ts";

describe("readReferenceIdealPoints", () => {
  const dir = mkdtempSync(join(tmpdir(), "plenary-reference-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("reads the embedded Bailey-Strezhnev-Voeten estimates", () => {
    const rows = readReferenceIdealPoints();
    // oracle: data/reference/bsv_idealpoints.csv, first row and row count (10,469 state-sessions)
    expect(rows[0]).toEqual({ iso3: "USA", session: 1, idealpoint: 1.6755 });
    expect(rows.length).toBe(10469);
  });

  it("reads a small file, and rejects malformed ones naming the line and value", () => {
    expect(readReferenceIdealPoints(file("ok.csv", "iso3,session,idealpoint\r\nFRA,3,0.5\r\n"))).toEqual([{ iso3: "FRA", session: 3, idealpoint: 0.5 }]);
    expect(() => readReferenceIdealPoints(file("h.csv", "iso,session,x\nFRA,3,0.5\n"))).toThrow('expected the header "iso3,session,idealpoint": "iso,session,x"');
    expect(() => readReferenceIdealPoints(file("s.csv", "iso3,session,idealpoint\nFRA,3.5,0.5\n"))).toThrow(/invalid session at ".*s\.csv" line 2; expected a positive integer: "3\.5"/);
    expect(() => readReferenceIdealPoints(file("x.csv", "iso3,session,idealpoint\nFRA,3,0.5\nFRA,4,NA\n"))).toThrow(/invalid idealpoint at ".*x\.csv" line 3; not a number: "NA"/);
    expect(() => readReferenceIdealPoints(file("c.csv", "iso3,session,idealpoint\nfrance,3,0.5\n"))).toThrow('not a 3-letter code: "france"');
    expect(() => readReferenceIdealPoints(file("f.csv", "iso3,session,idealpoint\nFRA,3\n"))).toThrow("expected 3 fields");
    expect(() => readReferenceIdealPoints(join(dir, "missing.csv"))).toThrow("cannot read");
  });
});
