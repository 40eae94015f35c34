import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";

const VERSION = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
const SPEC = "scenarios/es-11-4.json";

describe("provenance in forecast, scenario and backtest --json (the real executable)", () => {
  it("forecast --json: version, seed, draws, model file and cutoff, data fingerprint, the spec as read", () => {
    const r = runCli(["forecast", SPEC, "--json"]);
    expect(r.status).toBe(0);
    const p = JSON.parse(r.stdout).provenance;
    expect(p.plenary).toBe(VERSION);
    expect(p.seed).toBe(1);
    expect(p.draws).toBe(10000);
    expect(p.model.file).toMatch(/\/models\/cutoff-2022-10-11\.json$/);
    expect(p.model.cutoff).toBe("2022-10-11");
    expect(p.model.from).toBe("1992-10-11");
    expect(p.dataFingerprint).toBe("51be054a1aaef67a");
    expect(p.spec).toEqual(JSON.parse(readFileSync(SPEC, "utf8")));
    expect(p.specFile).toBe(SPEC);
  });

  it("forecast (text) names the model it used", () => {
    expect(runCli(["forecast", SPEC]).stdout).toMatch(/^model: .*\/models\/cutoff-2022-10-11\.json \(votes 1992-10-11 to before 2022-10-11\)$/m);
  });

  it("scenario --json: provenance with the base forecast inlined", () => {
    const file = "tests/simulate/fixtures/es-11-4-outreach.json";
    const r = runCli(["scenario", file, "--json"]);
    expect(r.status).toBe(0);
    const p = JSON.parse(r.stdout).provenance;
    expect(p.plenary).toBe(VERSION);
    expect([p.seed, p.draws]).toEqual([1, 10000]);
    expect(p.model.cutoff).toBe("2022-10-11");
    expect(p.dataFingerprint).toBe("51be054a1aaef67a");
    expect(p.spec.interventions).toEqual(JSON.parse(readFileSync(file, "utf8")).interventions);
    expect(p.spec.forecast).toEqual(JSON.parse(readFileSync(SPEC, "utf8")));
  });

  it("backtest --json: one model per forecast origin", () => {
    const r = runCli(["backtest", "--sessions", "74", "--draws", "100", "--seed", "3", "--json"]);
    expect(r.status).toBe(0);
    const p = JSON.parse(r.stdout).provenance;
    expect([p.plenary, p.seed, p.draws]).toEqual([VERSION, 3, 100]);
    expect(p.spec).toEqual({ sessions: [74], draws: 100, seed: 3 });
    expect(p.model).toEqual({ "2019-11-07": expect.objectContaining({ cutoff: "2019-11-07", file: expect.stringMatching(/\/models\/cutoff-2019-11-07\.json$/) }) });
  }, 300_000);
});
