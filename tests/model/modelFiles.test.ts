import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fitIdealPoints } from "../../src/model/idealPoints/fitIdealPoints.ts";
import { loadModel } from "../../src/model/loadModel.ts";
import { saveModel } from "../../src/model/io/saveModel.ts";
import { seededRandom } from "../../src/model/seededRandom.ts";
import { simulateAssembly } from "../../src/model/synthetic/simulateAssembly.ts";

describe("saveModel and loadModel", () => {
  const dir = mkdtempSync(join(tmpdir(), "plenary-model-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { assembly } = simulateAssembly({ states: 15, periods: 2, rollCallsPerPeriod: 10 }, seededRandom(2));
  const model = fitIdealPoints(assembly);

  it("round-trips a model, numbers rounded to 4 decimals, atomically", () => {
    const path = join(dir, "sub", "m.json");
    const before = JSON.stringify(model);
    saveModel(model, path);
    expect(JSON.stringify(model)).toBe(before); // the caller's model is not modified
    expect(readdirSync(join(dir, "sub"))).toEqual(["m.json"]); // no temporary file left behind
    const back = loadModel(path, { fingerprint: assembly.fingerprint });
    // oracle: the in-memory model; tolerance 5e-5 (rounding to 4 decimals)
    expect(back.states.length).toBe(model.states.length);
    back.states.forEach((s, i) => s.mean.forEach((m, t) => expect(Math.abs(m[0] - model.states[i].mean[t][0])).toBeLessThanOrEqual(5e-5)));
    expect(back.rollCalls.map((r) => r.undlId)).toEqual(model.rollCalls.map((r) => r.undlId));
    expect(back.cutoff).toBe(model.cutoff);
    expect(back.options).toEqual(model.options); // not rounded: tolerance 1e-7 stays 1e-7
    expect(back.options.tolerance).toBe(1e-7);
  });

  it("refuses a model fitted on other data, another version or another format", () => {
    const path = join(dir, "m.json");
    saveModel(model, path);
    expect(() => loadModel(path, { fingerprint: "def" })).toThrow(
      `model fitted on other data; fingerprint "${model.fingerprint}" does not match the embedded data "def"`,
    );
    const json = JSON.parse(readFileSync(path, "utf8"));
    writeFileSync(path, JSON.stringify({ ...json, version: 99 }));
    expect(() => loadModel(path)).toThrow(`unsupported model version 99 in "${path}"; this plenary reads version 1`);
    writeFileSync(path, JSON.stringify({ ...json, format: "other" }));
    expect(() => loadModel(path)).toThrow(`not a plenary model file: "${path}" (format "other", expected "plenary-model")`);
    writeFileSync(path, "{ nope");
    expect(() => loadModel(path)).toThrow(`invalid model file; not JSON: "${path}"`);
    expect(() => loadModel(join(dir, "missing.json"))).toThrow(`invalid model file; cannot read "${join(dir, "missing.json")}": no such file or folder (ENOENT)`);
  });
});

describe("the committed cutoff models (models/cutoff-*.json)", () => {
  it("are what scripts/fitModels.ts fits with the current code (checked on the ES-11/4 cutoff)", async () => {
    const { loadAssembly } = await import("../../src/data/loadAssembly.ts");
    const assembly = loadAssembly();
    const committed = loadModel(new URL("../../models/cutoff-2022-10-11.json", import.meta.url).pathname, { fingerprint: assembly.fingerprint });
    // oracle: a fresh fit with the script's window (the 30 years before the cutoff);
    // tolerance 5.0001e-5: saveModel rounds to 4 decimals. Refit with `npx tsx scripts/fitModels.ts` after a model change.
    const fresh = fitIdealPoints(assembly, { from: "1992-10-11", until: "2022-10-11" });
    expect(committed.options).toEqual(fresh.options);
    const worst = Math.max(...committed.states.flatMap((st, j) => st.mean.map((m, t) => Math.abs(m[0] - fresh.states[j].mean[t][0]))));
    expect(worst).toBeLessThanOrEqual(5.0001e-5);
  }, 60_000);
});
