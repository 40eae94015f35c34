import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateSchema } from "../../scripts/generateSchemas.ts";
import { loadModel } from "../../src/model/loadModel.ts";
import { PlenaryError } from "../../src/util/PlenaryError.ts";

const COMMITTED = new URL("../../models/cutoff-2022-10-11.json", import.meta.url).pathname;

describe("loadModel validates every model file fully before use", () => {
  const dir = mkdtempSync(join(tmpdir(), "plenary-loadmodel-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const good = JSON.parse(readFileSync(COMMITTED, "utf8"));
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
    return path;
  };
  const mutated = (f: (m: typeof good) => void) => {
    const m = structuredClone(good);
    f(m);
    return m;
  };
  const refuse = (name: string, value: unknown, message: string) => {
    const path = write(name, value);
    let error: unknown;
    try {
      loadModel(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlenaryError);
    expect((error as Error).message).toBe(message.replace("PATH", JSON.stringify(path)));
  };

  it("the schema equals a fresh generation from the FittedModel type (run `npx tsx scripts/generateSchemas.ts` after changing src/model/types.ts)", () => {
    const committed = readFileSync(new URL("../../schemas/fitted-model.schema.json", import.meta.url), "utf8");
    expect(committed).toBe(generateSchema({ path: "src/model/types.ts", type: "FittedModel" }));
  });

  it("accepts the committed model", () => {
    expect(loadModel(COMMITTED, { fingerprint: good.fingerprint }).cutoff).toBe("2022-10-11");
  });

  it("refuses a truncated file, naming it", () => {
    const path = write("truncated.json", readFileSync(COMMITTED, "utf8").slice(0, 5000));
    expect(() => loadModel(path)).toThrow(`invalid model file; not JSON: ${JSON.stringify(path)}`);
  });

  it("refuses a folder in words", () => {
    expect(() => loadModel(dir)).toThrow(`invalid model file; cannot read ${JSON.stringify(dir)}: is a folder, not a file (EISDIR)`);
  });

  it("refuses null and non-numeric positions with the JSON path", () => {
    refuse("null.json", mutated((m) => (m.states[3].mean[2][0] = null)), "invalid model file PATH; states[3].mean[2][0] must be number: null");
    refuse("string.json", mutated((m) => (m.states[0].mean[0][0] = "0.5")), 'invalid model file PATH; states[0].mean[0][0] must be number: "0.5"');
    refuse("beta.json", mutated((m) => (m.rollCalls[7].beta = [null])), "invalid model file PATH; rollCalls[7].beta[0] must be number: null");
    refuse("coef.json", mutated((m) => (m.absence.coef.intercept = "x")), 'invalid model file PATH; absence.coef.intercept must be number: "x"');
  });

  it("refuses missing and unknown fields", () => {
    refuse("missing.json", mutated((m) => delete m.states[1].sd), 'invalid model file PATH; states[1]: missing required field: "sd"');
    refuse("extra.json", mutated((m) => (m.extra = 1)), 'invalid model file PATH; (top level): unknown field: "extra"');
  });

  it("refuses values a schema cannot express", () => {
    refuse("sd.json", mutated((m) => (m.states[2].sd[1][0] = -1)), "invalid model file PATH; states[2].sd[1][0] must be in [0, 50]: -1");
    refuse("len.json", mutated((m) => m.states[2].mean.pop()), `invalid model file PATH; states[2].mean has ${good.states[2].periods.length - 1} entries for ${good.states[2].periods.length} periods`);
    refuse("dims.json", mutated((m) => (m.states[0].mean[0] = [0.1, 0.2])), "invalid model file PATH; states[0].mean[0] has 2 values for 1 dimensions");
    refuse("cut.json", mutated((m) => (m.rollCalls[0].cutNo = m.rollCalls[0].cutYes + 1)), `invalid model file PATH; rollCalls[0].cutNo ${good.rollCalls[0].cutYes + 1} is above cutYes: ${good.rollCalls[0].cutYes}`);
    refuse("date.json", mutated((m) => (m.cutoff = "2022-13-01")), 'invalid model file PATH; cutoff not a date (YYYY-MM-DD): "2022-13-01"');
    refuse("iso.json", mutated((m) => (m.states[0].iso3 = "usa")), 'invalid model file PATH; states[0].iso3 not an ISO3 code: "usa"');
  });

  it("refuses implausible values: positions of 1e300, a mean of 1e308, periods after the cutoff (the year 2945)", () => {
    refuse("huge.json", mutated((m) => (m.states[1].mean[0][0] = 1e300)), "invalid model file PATH; states[1].mean[0][0] must be in [-50, 50]: 1e+300");
    refuse("beta.json", mutated((m) => (m.rollCalls[2].beta[0] = 1e308)), "invalid model file PATH; rollCalls[2].beta[0] must be in [-1000, 1000]: 1e+308");
    const last = good.states[0].periods.length - 1;
    refuse("late.json", mutated((m) => (m.states[0].periods[last] = 1000)), `invalid model file PATH; states[0].periods[${last}] is after the cutoff ${good.cutoff} (session ${Number(good.cutoff.slice(0, 4)) - 1945} or ${Number(good.cutoff.slice(0, 4)) - 1944} at most): 1000`);
    refuse("coef.json", mutated((m) => (m.absence.coef.intercept = -1e300)), "invalid model file PATH; absence.coef.intercept must be in [-1000000000, 1000000000]: -1e+300");
  });

  it("names the file when fitted on other data", () => {
    const path = write("other.json", mutated((m) => (m.fingerprint = "0000")));
    expect(() => loadModel(path, { fingerprint: good.fingerprint })).toThrow(`model fitted on other data; fingerprint "0000" does not match the embedded data "${good.fingerprint}" (in ${JSON.stringify(path)})`);
  });
});
