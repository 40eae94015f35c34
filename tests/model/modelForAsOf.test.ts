import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultCacheDir } from "../../src/model/defaultCacheDir.ts";
import { fitIdealPoints } from "../../src/model/idealPoints/fitIdealPoints.ts";
import { defaultModelsDir, findModelForAsOf, modelForAsOf, RECIPE_OPTIONS, windowStart } from "../../src/model/modelForAsOf.ts";
import { saveModel } from "../../src/model/io/saveModel.ts";
import { seededRandom } from "../../src/model/seededRandom.ts";
import { simulateAssembly } from "../../src/model/synthetic/simulateAssembly.ts";
import { PlenaryError } from "../../src/util/PlenaryError.ts";

// a small simulated record: sessions 1-3, roll calls 1946-09-20 to 1948-10-08
const { assembly } = simulateAssembly({ states: 15, periods: 3, rollCallsPerPeriod: 10 }, seededRandom(2));
const ASOF = "1948-09-20"; // first vote of session 3

describe("modelForAsOf: exact cutoff and settings, cache in the user's cache folder", () => {
  const root = mkdtempSync(join(tmpdir(), "plenary-mfa-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const fresh = (name: string) => {
    const models = join(root, name, "models");
    const cache = join(root, name, "cache");
    mkdirSync(models, { recursive: true });
    return { models, cache };
  };

  it("records the fit settings fitIdealPoints uses by default (RECIPE_OPTIONS)", () => {
    expect(fitIdealPoints(assembly, { until: ASOF }).options).toEqual(RECIPE_OPTIONS);
  });

  it("fits once, caches in the cache folder (never in models/), then reads the cache", () => {
    const { models, cache } = fresh("cache");
    const first = findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: cache });
    expect(first.file).toBeNull();
    expect(first.cachedAs).toMatch(new RegExp(`^${join(cache, `model-v1-${assembly.fingerprint}-cutoff-${ASOF}-from-1918-09-20-`)}[0-9a-f]{16}\\.json$`));
    expect(readdirSync(models)).toEqual([]);
    const second = findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: cache });
    expect(second.file).toBe(first.cachedAs);
    expect(second.model.cutoff).toBe(ASOF);
    // the model used on the first run is exactly the one the second run reads (the same answer twice)
    expect(second.model).toEqual(first.model);
    // and the same without a cache (the fit's own time aside)
    const untimed = (m: object) => JSON.stringify({ ...m, stats: { ...(m as { stats: object }).stats, seconds: 0 } });
    expect(untimed(findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: null }).model)).toBe(untimed(first.model));
  });

  it("refuses a cache entry whose content no longer matches the checksum in its name (an edited model is never used silently)", () => {
    const { models, cache } = fresh("checksum");
    const first = findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: cache });
    const edited = JSON.parse(readFileSync(first.cachedAs!, "utf8"));
    edited.states[0].mean[0][0] += 0.5; // plausible, schema-valid, same fingerprint
    writeFileSync(first.cachedAs!, JSON.stringify(edited) + "\n");
    expect(() => findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: cache })).toThrow(/^invalid model file ".*"; its content does not match the checksum in its name/);
    try {
      findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: cache });
    } catch (e) {
      expect((e as PlenaryError).code).toBe("model");
    }
  });

  it("never uses a stray `plenary fit --until` output or a model with other settings", () => {
    const { models, cache } = fresh("stray");
    // a fit on the whole record before ASOF (from the first vote, not 30 years): what `plenary fit --until` writes
    const stray = fitIdealPoints(assembly, { until: ASOF });
    saveModel(stray, join(models, `fit-until-${ASOF}.json`));
    saveModel(stray, join(models, `cutoff-${ASOF}.json`)); // even under the committed naming rule: its window differs
    const other = fitIdealPoints(assembly, { from: windowStart(ASOF), until: ASOF, walkSd: 0.5 });
    mkdirSync(cache, { recursive: true });
    const otherText = JSON.stringify(other) + "\n";
    const sha = createHash("sha256").update(otherText).digest("hex").slice(0, 16);
    writeFileSync(join(cache, `model-v1-${assembly.fingerprint}-cutoff-${ASOF}-from-${windowStart(ASOF)}-${sha}.json`), otherText); // other settings, a valid checksum
    const found = findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: null });
    expect(found.file).toBeNull(); // fitted now
    expect(findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: cache }).file).toBeNull(); // not the one with other settings
    expect(found.model.from).toBe("1918-09-20");
    expect(found.model.options).toEqual(RECIPE_OPTIONS);
  });

  it("uses a committed model named cutoff-DATE.json that matches the recipe", () => {
    const { models } = fresh("committed");
    saveModel(fitIdealPoints(assembly, { from: windowStart(ASOF), until: ASOF }), join(models, `cutoff-${ASOF}.json`));
    const found = findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: null });
    expect(found.file).toBe(join(models, `cutoff-${ASOF}.json`));
    // not for a later asOf with a roll call in between (it would miss votes)
    expect(findModelForAsOf(assembly, "1948-09-23", { dirs: [models], cacheDir: null }).file).toBeNull();
  });

  it("refuses a broken committed model, naming the file", () => {
    const { models } = fresh("broken");
    writeFileSync(join(models, `cutoff-${ASOF}.json`), '{"format":"plenary-model","version":1,');
    expect(() => findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: null })).toThrow(`invalid model file; not JSON: ${JSON.stringify(join(models, `cutoff-${ASOF}.json`))}`);
    expect(() => findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: null })).toThrow(PlenaryError);
  });

  it("fits in memory, with a warning naming the cache path, when the cache cannot be written", () => {
    const { models } = fresh("readonly");
    writeFileSync(join(root, "readonly", "file"), "x");
    const cache = join(root, "readonly", "file", "cache"); // a parent is a file: never writable, even as root
    const warnings: string[] = [];
    const found = findModelForAsOf(assembly, ASOF, { dirs: [models], cacheDir: cache, onWarning: (w) => warnings.push(w) });
    expect(found.file).toBeNull();
    expect(found.cachedAs).toBeNull();
    expect(found.model.cutoff).toBe(ASOF);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^model fitted in memory, not cached: cannot write ".*\/readonly\/file\/cache\/model-v1-.*\.json": a part of the path is a file, not a folder \(ENOTDIR\)$/);
    expect(warnings[0]).not.toContain(".tmp");
  });

  it("the default cache folder is the user's, never the package", () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/x/cache", HOME: "/home/u" })).toBe("/x/cache/plenary");
    expect(defaultCacheDir({ HOME: "/home/u" })).toBe("/home/u/.cache/plenary");
    expect(defaultCacheDir({ XDG_CACHE_HOME: "relative", HOME: "/home/u" })).toBe("/home/u/.cache/plenary"); // XDG: relative paths are ignored
    expect(defaultCacheDir()?.startsWith(defaultModelsDir())).toBe(false);
  });

  it("picks the committed model for a real forecast date, and refuses a bad asOf", async () => {
    const { loadAssembly } = await import("../../src/data/loadAssembly.ts");
    const real = loadAssembly();
    const found = findModelForAsOf(real, "2022-10-11", { cacheDir: null });
    expect(found.file).toBe(join(defaultModelsDir(), "cutoff-2022-10-11.json"));
    expect(modelForAsOf(real, "2022-10-11", { cacheDir: null }).cutoff).toBe("2022-10-11");
    expect(() => modelForAsOf(real, "2022-13-01")).toThrow('invalid asOf; not a date (YYYY-MM-DD): "2022-13-01"');
  });

  it("windowStart: 30 years before, 29 February to 28 February", () => {
    expect(windowStart("2022-10-11")).toBe("1992-10-11");
    expect(windowStart("2024-02-29")).toBe("1994-02-28");
  });
});
