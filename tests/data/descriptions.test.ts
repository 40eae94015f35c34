import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { findResembling } from "../../src/forecast/findResembling.ts";
import { resolveForecastSettings } from "../../src/forecast/forecastSettings.ts";

describe("Voeten's descriptions (data/descriptions.json)", () => {
  const a = loadAssembly();
  it("are attached to the roll calls joined to Voeten's data, and only to those", () => {
    // oracle: Voeten's un_roll_calls.csv for A/RES/68/262: short "ARMED CONFLICTS PREVENTION--MEDIATION", descr "TERRITORIAL INTEGRITY OF UKRAINE ..."
    const crimea = a.rollCalls.find((r) => r.symbol === "A/RES/68/262")!;
    expect(crimea.description).toMatch(/^armed conflicts prevention--mediation\. territorial integrity of ukraine/);
    const described = a.rollCalls.filter((r) => r.description);
    expect(described.length).toBe(4332); // the manifest's voetenJoin.joined
    expect(described.every((r) => r.voetenRcid !== null)).toBe(true);
  });

  it("let retrieval find a roll call through words its title does not have", () => {
    // A/RES/68/262's title is "Territorial integrity of Ukraine"; only Voeten's description says "mediation"
    const settings = resolveForecastSettings();
    const found = findResembling(a.rollCalls, { title: "Armed conflict prevention and mediation", asOf: "2015-01-01", period: 69 }, settings, () => true);
    const hit = found.find((r) => r.rollCall.symbol === "A/RES/68/262");
    expect(hit).toBeDefined();
    expect(hit!.similarity).toBeGreaterThan(0);
    expect(hit!.rollCall.title).not.toMatch(/mediation|conflict/i);
  });

  it("refuse a malformed file, naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "plenary-descr-"));
    cpSync(new URL("../../data/", import.meta.url), dir, { recursive: true });
    writeFileSync(join(dir, "descriptions.json"), JSON.stringify({ format: "plenary-descriptions", version: 1, byUndlId: { "1": 5 } }));
    expect(() => loadAssembly({ dir })).toThrow(/invalid descriptions file ".*descriptions\.json"; expected plenary-descriptions v1/);
    expect(readFileSync(join(dir, "descriptions.json"), "utf8")).toContain("plenary-descriptions");
  });
});
