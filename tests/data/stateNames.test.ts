import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "../../src/data/buildDataset.ts";
import { codeChangeNotes } from "../../src/data/codeChanges.ts";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { stateNameAt } from "../../src/data/stateNameAt.ts";
import { stateNamesFromRows, unShortName } from "../../src/data/stateNames.ts";
import { runCli } from "../cli/runCli.ts";

describe("UN short names", () => {
  it("proper-cases the record's upper-case ms_name", () => {
    // oracle: the UN's own spelling of these short names (UNTERM)
    expect(unShortName("CÔTE D'IVOIRE")).toBe("Côte d'Ivoire");
    expect(unShortName("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA")).toBe("Democratic People's Republic of Korea");
    expect(unShortName("TÜRKİYE")).toBe("Türkiye");
    expect(unShortName("IRAN (ISLAMIC REPUBLIC OF)")).toBe("Iran (Islamic Republic of)");
    expect(unShortName("SAINT VINCENT AND THE GRENADINES")).toBe("Saint Vincent and the Grenadines");
    expect(unShortName("GUINEA-BISSAU")).toBe("Guinea-Bissau");
    expect(unShortName("BYELORUSSIAN SSR")).toBe("Byelorussian SSR");
    expect(unShortName("USSR")).toBe("Soviet Union");
  });

  it("per session, the name on most votes; accents kept; stray spellings ignored", () => {
    const rows = [
      ...Array.from({ length: 5 }, (_, k) => ({ iso3: "TUR", date: `2021-10-0${k + 1}`, session: "76", msName: "TURKEY" })),
      ...Array.from({ length: 5 }, (_, k) => ({ iso3: "TUR", date: `2022-10-1${k + 1}`, session: "77", msName: "TÜRKİYE" })),
      { iso3: "TUR", date: "2022-10-20", session: "77", msName: "TURKIYE" },
      ...Array.from({ length: 3 }, (_, k) => ({ iso3: "TUR", date: `2023-10-1${k + 1}`, session: "78", msName: "TURKIYE" })),
    ];
    expect(stateNamesFromRows(rows).states.TUR).toEqual([{ name: "Turkey", from: "2021-10-01" }, { name: "Türkiye", from: "2022-10-11" }]);
  });

  const a = loadAssembly();
  it("loadAssembly gives each state its current UN short name, the fingerprint unchanged", () => {
    expect(a.fingerprint).toBe("51be054a1aaef67a");
    const name = (iso3: string) => a.states.find((s) => s.iso3 === iso3)?.name;
    expect(name("CIV")).toBe("Côte d'Ivoire");
    expect(name("PRK")).toBe("Democratic People's Republic of Korea");
    expect(name("TUR")).toBe("Türkiye");
    expect(name("SUN")).toBe("Soviet Union");
    expect(name("RUS")).toBe("Russian Federation");
    const manifest = JSON.parse(readFileSync(new URL("../../data/manifest.json", import.meta.url), "utf8"));
    expect(manifest.files).toContain("names.json");
  });

  it("names historic votes as the seat was named on the day", () => {
    expect(stateNameAt(a, "CHN", "1960-12-01")).toBe("China (Republic of China)");
    expect(stateNameAt(a, "CHN", "1971-11-01")).toBe("China");
    expect(stateNameAt(a, "COD", "1980-01-01")).toBe("Zaire");
    expect(stateNameAt(a, "BLR", "1980-01-01")).toBe("Byelorussian SSR");
    expect(stateNameAt(a, "TUR", "2010-01-01")).toBe("Turkey");
    const r = runCli(["votes", "A/RES/2758(XXVI)", "--json"]);
    expect(JSON.parse(r.stdout).names.SUN).toBe("Soviet Union");
  });

  it("explains code changes", () => {
    expect(codeChangeNotes("RUS")).toEqual(["SUN -> RUS on 1991-12-24: the Russian Federation continued the Soviet Union's membership"]);
    const r = runCli(["positions", "RUS"]);
    expect(r.stdout).toContain("RUS code change: SUN -> RUS on 1991-12-24");
  });

  describe("plenary data build writes names.json and lists it in the manifest", () => {
    const out = mkdtempSync(join(tmpdir(), "plenary-names-"));
    afterAll(() => rmSync(out, { recursive: true, force: true }));
    it("from an official UN bulk file", () => {
      const manifest = buildDataset({ official: ["tests/data/fixtures/2025_ga_voting.csv"], out, allowMismatch: true });
      expect(manifest.files).toContain("names.json");
      const names = JSON.parse(readFileSync(join(out, "names.json"), "utf8"));
      expect(names.format).toBe("plenary-names");
      expect(names.states.USA).toEqual([{ name: "United States", from: "2022-10-12" }]);
      expect(loadAssembly({ dir: out }).states.find((s) => s.iso3 === "UKR")?.name).toBe("Ukraine");
    });
  });
});
