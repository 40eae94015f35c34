/**
 * Fuzzing: thousands of random and mutated inputs at every door the user can
 * reach (forecast specs, scenario files, model files, CLI arguments, chart specs). Each
 * must either be accepted or refused with the project's own error: a
 * PlenaryError or a plain Error whose message names the problem (`invalid
 * ...`), never a TypeError/RangeError from deep inside, never a hang (each
 * property has a time budget), never a file left behind.
 */
import fc from "fast-check";
import { Command, CommanderError } from "commander";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parseDraws, parseSessions } from "../src/cli/backtestCommand.ts";
import { COMMANDS } from "../src/cli/commandIndex.ts";
import { loadAssembly } from "../src/data/loadAssembly.ts";
import { checkSpec } from "../src/forecast/checkSpec.ts";
import { fitIdealPoints } from "../src/model/idealPoints/fitIdealPoints.ts";
import { loadModel } from "../src/model/loadModel.ts";
import { saveModel } from "../src/model/io/saveModel.ts";
import { seededRandom } from "../src/model/seededRandom.ts";
import { simulateAssembly } from "../src/model/synthetic/simulateAssembly.ts";
import { validateScenario } from "../src/simulate/validateScenario.ts";
import { PlenaryError } from "../src/util/PlenaryError.ts";

const SEED = 20261129; // fixed: the same inputs every run (fast-check prints the counterexample and its path on failure)

/** The project's own refusal: a PlenaryError, or a plain Error with a message that names the problem. */
function expectOwnError(e: unknown, pattern = /^(invalid |unknown |not a plenary|unsupported |model fitted on other data|no recorded vote|no positions)/): void {
  expect(e).toBeInstanceOf(Error);
  const err = e as Error;
  expect([Error, PlenaryError], `${err.constructor.name}: ${err.message}`).toContain(err.constructor);
  expect(err.message).toMatch(pattern);
  expect(err.message).not.toMatch(/\[object Object\]|undefined is not|Cannot read properties/);
}

/** Runs f; returns whether it succeeded, asserting a failure is the project's own error. */
function acceptOrRefuse(f: () => unknown, pattern?: RegExp): boolean {
  try {
    f();
    return true;
  } catch (e) {
    expectOwnError(e, pattern);
    return false;
  }
}

/** A value with one random edit: a field deleted, replaced by any JSON, or an array emptied, at a random depth. */
function mutate(base: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) v.slice(0, 5).forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(base, []);
  return fc.tuple(fc.constantFrom(...paths), fc.oneof(fc.constant("delete"), fc.constant("empty"), fc.jsonValue({ maxDepth: 2 }))).map(([path, edit]) => {
    const copy = structuredClone(base) as Record<string | number, unknown>;
    if (path.length === 0) return edit === "delete" || edit === "empty" ? {} : edit;
    let parent = copy as Record<string | number, unknown>;
    for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (edit === "delete") {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else if (edit === "empty") parent[last] = Array.isArray(parent[last]) ? [] : "";
    else parent[last] = edit;
    return copy;
  });
}

const SPEC = JSON.parse(readFileSync(new URL("../scenarios/es-11-4.json", import.meta.url), "utf8"));

describe("fuzzing the doors", () => {
  it("forecast specs: 3,000 random and mutated specs are accepted or refused by name (checkSpec)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 3 }), mutate(SPEC), mutate(SPEC), mutate(SPEC)), (spec) => {
        if (acceptOrRefuse(() => checkSpec(spec))) accepted++;
      }),
      { numRuns: 3000, seed: SEED, interruptAfterTimeLimit: 60_000 },
    );
    expect(accepted).toBeGreaterThan(100); // the mutations keep many specs valid: both paths are exercised
  }, 120_000);

  it("scenario files: 1,000 random and mutated scenarios (validateScenario, with the real member states)", () => {
    const states = loadAssembly().states;
    const base = { ...JSON.parse(readFileSync(new URL("../scenarios/blinken-2022.json", import.meta.url), "utf8")) };
    base.forecast = SPEC;
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 3 }), mutate(base), mutate(base)), (scenario) => {
        if (acceptOrRefuse(() => validateScenario(scenario, { states }))) accepted++;
      }),
      { numRuns: 1000, seed: SEED, interruptAfterTimeLimit: 90_000 },
    );
    expect(accepted).toBeGreaterThan(20);
  }, 180_000);

  describe("model files", () => {
    const dir = mkdtempSync(join(tmpdir(), "plenary-fuzz-model-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const { assembly } = simulateAssembly({ states: 12, periods: 2, rollCallsPerPeriod: 8 }, seededRandom(5));
    const path = join(dir, "good.json");
    saveModel(fitIdealPoints(assembly), path);
    const text = readFileSync(path, "utf8");
    const model = JSON.parse(text);

    it("2,000 mutated and truncated model files are loaded or refused naming the file (loadModel)", () => {
      const file = join(dir, "m.json");
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof(mutate(model).map((m) => JSON.stringify(m)), fc.nat({ max: text.length }).map((n) => text.slice(0, n)), fc.string()), (content) => {
          writeFileSync(file, content);
          const ok = acceptOrRefuse(() => loadModel(file, { fingerprint: assembly.fingerprint }));
          if (ok) accepted++;
          else {
            try {
              loadModel(file, { fingerprint: assembly.fingerprint });
            } catch (e) {
              expect(e).toBeInstanceOf(PlenaryError);
              expect((e as Error).message).toContain(JSON.stringify(file)); // names the file
            }
          }
        }),
        { numRuns: 2000, seed: SEED, interruptAfterTimeLimit: 90_000 },
      );
      expect(accepted).toBeGreaterThan(50);
      expect(readdirSync(dir).sort()).toEqual(["good.json", "m.json"]); // nothing else written
    }, 180_000);
  });

  it("CLI option values: 5,000 random --sessions and --draws (parsed or refused by name)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{1,4}(-\d{1,4})?$/), fc.stringMatching(/^[\d, -]{0,12}$/)), (value) => {
        acceptOrRefuse(() => parseSessions(value), /^invalid --sessions; /);
        acceptOrRefuse(() => parseDraws(value), /^invalid --draws; /);
      }),
      { numRuns: 5000, seed: SEED },
    );
  });

  it("CLI arguments: 300 random command lines are run or refused with a message (in-process, no heavy command reached)", async () => {
    // arguments that fail before loading or fitting anything heavy: a missing or odd spec, bad options, unknown symbols and codes
    const dir = mkdtempSync(join(tmpdir(), "plenary-fuzz-cli-"));
    const word = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("--json", "--draws", "--sessions", "--top", "--cache-dir", "--model", "--out", "-x", "--", "A/RES/77/1", "ES-11/4", "USA", "XXX", "0", "-1", "1e9"));
    const line = fc.oneof(
      fc.tuple(fc.constantFrom("forecast", "scenario"), fc.string({ maxLength: 12 }).map((s) => join(dir, `missing-${s.replace(/\//g, "_")}.json`)), fc.array(word, { maxLength: 3 })).map(([c, f, rest]) => [c, f, ...rest]),
      fc.tuple(fc.constant("votes"), fc.string({ maxLength: 16 }).filter((s) => !s.startsWith("-"))).map(([c, s]) => [c, `Z${s}`]),
      fc.tuple(fc.constant("backtest"), fc.constantFrom("--draws", "--sessions", "--seed"), fc.string({ maxLength: 8 }).filter((s) => !/^\d/.test(s))).map(([c, o, v]) => [c, o, v]),
      fc.tuple(fc.constant("positions"), fc.array(fc.stringMatching(/^[A-Z]{2,4}$/), { minLength: 1, maxLength: 3 }).filter((cs) => cs.some((c) => !/^[A-Z]{3}$/.test(c)))).map(([c, cs]) => [c, ...cs, "--model", join(dir, "none.json")]),
      fc.array(word, { maxLength: 4 }),
    );
    let out = "";
    const spyOut = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
    const spyErr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      await fc.assert(
        fc.asyncProperty(line, async (args) => {
          const program = new Command("plenary").exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {} });
          const wanted = COMMANDS.find((c) => c.name === args[0]);
          if (wanted) (await wanted.load())(program);
          program.commands.forEach((c) => c.exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {} }));
          try {
            await program.parseAsync(["node", "plenary", ...args]);
          } catch (e) {
            if (e instanceof CommanderError) return; // commander's own usage errors (unknown option, missing argument)
            expectOwnError(e, /^(invalid |unknown |no recorded vote|no positions|not a plenary|cannot )/);
          }
        }),
        { numRuns: 300, seed: SEED, interruptAfterTimeLimit: 120_000 },
      );
    } finally {
      spyOut.mockRestore();
      spyErr.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
    void out;
  }, 240_000);
});

/** A small valid chart to mutate: two layers, inline data, a title, encodings of several types. */
const CHART = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  title: { text: "Fuzz", subtitle: "mutated" },
  width: 200,
  height: 100,
  data: { values: [{ a: "x", b: 1, c: 0.2 }, { a: "y", b: 3, c: 0.7 }] },
  layer: [
    { mark: { type: "bar", tooltip: true }, encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" }, color: { field: "c", type: "quantitative" } } },
    { mark: { type: "text", dy: -4 }, encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" }, text: { field: "b", type: "quantitative", format: ".1f" } } },
  ],
};

describe("fuzzing the chart door", () => {
  it("chart specs: 300 random and mutated Vega-Lite specs are drawn or refused with a message (validateSpec, then renderSvg)", async () => {
    const { validateSpec } = await import("../src/render/validateSpec.ts");
    const { renderSvg } = await import("../src/render/renderSvg.ts");
    let drawn = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutate(CHART), mutate(CHART), mutate(CHART), fc.jsonValue({ maxDepth: 3 })), async (spec) => {
        try {
          const svg = await renderSvg(validateSpec(spec));
          expect(svg.startsWith("<svg")).toBe(true);
          drawn++;
        } catch (e) {
          expectOwnError(e, /^(invalid |refused to load )/);
          refused++;
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(drawn).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  }, 120_000);
});

/**
 * The hostile classes of issue #24, each case within a budget: refused (or
 * accepted) in under 5 s, with the process's resident memory grown by less
 * than 1 GB, by the project's own error (a PlenaryError with a code).
 */
describe("hostile classes, each case within a time and memory budget", () => {
  const BUDGET = { ms: 5000, bytes: 1024 ** 3 };
  /** Runs f (sync or async); asserts the budget and that any failure is a PlenaryError with a code; returns whether it was accepted. */
  async function withinBudget(label: string, f: () => unknown): Promise<boolean> {
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    let accepted = true;
    try {
      const r = f();
      if (r && typeof (r as Promise<unknown>).then === "function") await r;
    } catch (e) {
      accepted = false;
      expect(e, `${label}: ${(e as Error)?.name}: ${(e as Error)?.message?.slice(0, 200)}`).toBeInstanceOf(PlenaryError);
      expect((e as PlenaryError).code, label).toMatch(/^(invalid|read|write|limit|not-found|model)$/);
    }
    expect(performance.now() - t0, `${label}: time`).toBeLessThan(BUDGET.ms);
    expect(process.memoryUsage().rss - rss0, `${label}: memory`).toBeLessThan(BUDGET.bytes);
    return accepted;
  }
  const nested = (depth: number, leaf: unknown, asObject: boolean): unknown => {
    let v = leaf;
    for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
    return v;
  };
  const states = loadAssembly().states;
  const SCENARIO = { forecast: SPEC, lists: { swing: { members: ["IND", "ZAF"] } }, interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: 1 }] };

  it("size: texts and symbols of 10 to 10,000,000 characters in every text field", async () => {
    const { findRollCall, closestMatches } = await import("../src/data/findRollCall.ts");
    const assembly = loadAssembly();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 7 }), fc.constantFrom("title", "text", "like", "session", "known"), async (k, field) => {
        const s = "A".repeat(10 ** k);
        const spec = field === "like" ? { ...SPEC, like: [s] } : field === "known" ? { ...SPEC, known: { [s]: "Y" } } : { ...SPEC, [field]: s };
        await withinBudget(`checkSpec ${field} 1e${k}`, () => checkSpec(spec));
        await withinBudget(`validateScenario title 1e${k}`, () => validateScenario({ ...SCENARIO, title: s }, { states }));
        await withinBudget(`validateScenario label 1e${k}`, () => validateScenario({ ...SCENARIO, interventions: [{ ...SCENARIO.interventions[0], label: s }] }, { states }));
        await withinBudget(`findRollCall 1e${k}`, () => findRollCall(assembly, s));
        await withinBudget(`closestMatches 1e${k}`, () => closestMatches(s, assembly.rollCalls.map((r) => r.symbol)));
      }),
      { numRuns: 20, seed: SEED },
    );
  }, 300_000);

  it("nesting: 10 to 100,000 levels of arrays or objects in specs, scenarios and chart specs", async () => {
    const { checkChartBudget } = await import("../src/render/checkChartBudget.ts");
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.boolean(), async (k, asObject) => {
        const deep = nested(10 ** k, 1, asObject);
        await withinBudget(`checkSpec known 1e${k}`, () => checkSpec({ ...SPEC, known: deep }));
        await withinBudget(`checkSpec like 1e${k}`, () => checkSpec({ ...SPEC, like: [deep] }));
        await withinBudget(`validateScenario lists 1e${k}`, () => validateScenario({ ...SCENARIO, lists: { swing: deep } }, { states }));
        await withinBudget(`validateScenario forecast 1e${k}`, () => validateScenario({ ...SCENARIO, forecast: { ...SPEC, known: deep } }, { states }));
        await withinBudget(`checkChartBudget 1e${k}`, () => checkChartBudget({ mark: "point", data: { values: [{ a: deep }] } }));
      }),
      { numRuns: 10, seed: SEED },
    );
  }, 300_000);

  it("special files: /dev/zero, a FIFO, a folder, a symbolic link to /dev/zero, an empty file, at every file door", async () => {
    const { execFileSync } = await import("node:child_process");
    const { mkdirSync, symlinkSync } = await import("node:fs");
    const { loadScenario } = await import("../src/simulate/loadScenario.ts");
    const { readTextFile } = await import("../src/data/readTextFile.ts");
    const { readJsonFile } = await import("../src/util/readJsonFile.ts");
    const { renderSvg } = await import("../src/render/renderSvg.ts");
    const dir = mkdtempSync(join(tmpdir(), "plenary-fuzz-special-"));
    try {
      execFileSync("mkfifo", [join(dir, "fifo")]);
      mkdirSync(join(dir, "folder"));
      symlinkSync("/dev/zero", join(dir, "zero-link"));
      writeFileSync(join(dir, "empty"), "");
      const files = ["/dev/zero", join(dir, "fifo"), join(dir, "folder"), join(dir, "zero-link"), join(dir, "empty")];
      for (const file of files) {
        for (const [door, f] of [
          ["readJsonFile", () => readJsonFile(file, "forecast spec")],
          ["loadModel", () => loadModel(file)],
          ["loadScenario", () => loadScenario(file)],
          ["readTextFile", () => readTextFile(file)],
        ] as const) {
          expect(await withinBudget(`${door} ${file}`, f), `${door} ${file}`).toBe(door === "readTextFile" && file.endsWith("empty")); // only an empty text file is fine
        }
        // a chart reading it from the allowed folder
        const name = file.startsWith(dir) ? file.slice(dir.length + 1) : "zero-link";
        expect(await withinBudget(`chart data.url ${name}`, () => renderSvg({ data: { url: name, format: { type: "csv" } }, mark: "point" } as never, { allowDataDir: dir }))).toBe(name === "empty");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("prototype keys (constructor, toString, __proto__, ...) as list names, targets, known codes and susceptibilities", async () => {
    const keys = [...Object.getOwnPropertyNames(Object.prototype), "prototype", "__defineGetter__"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), async (key) => {
        await withinBudget(`targets.list ${key}`, () => validateScenario({ ...SCENARIO, interventions: [{ ...SCENARIO.interventions[0], targets: { list: key } }] }, { states }));
        await withinBudget(`lists.${key}`, () => validateScenario(JSON.parse(`{"forecast":"x.json","lists":{${JSON.stringify(key)}:{"members":["IND"]}},"interventions":[{"by":"USA","toward":"Y","targets":{"list":${JSON.stringify(key)}},"strength":1}]}`), { states }));
        await withinBudget(`known.${key}`, () => checkSpec(JSON.parse(`{"title":"t","asOf":"2022-10-11","known":{${JSON.stringify(key)}:"Y"}}`)));
        await withinBudget(`susceptibility.${key}`, () => validateScenario(JSON.parse(`{"forecast":"x.json","interventions":[{"by":"USA","toward":"Y","targets":["IND"],"strength":1,"susceptibility":{${JSON.stringify(key)}:1}}]}`), { states }));
      }),
      { numRuns: 30, seed: SEED },
    );
  }, 120_000);

  it("huge charts: sizes up to 1e9 px, sequences up to 1e9 rows, texts up to 1e7 characters, PNG scales", async () => {
    const { renderSvg } = await import("../src/render/renderSvg.ts");
    const { renderPng } = await import("../src/render/renderPng.ts");
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 9 }), fc.constantFrom("size", "sequence", "text", "png", "graticule"), async (k, kind) => {
        const n = 10 ** k;
        const spec =
          kind === "size" || kind === "png" ? { width: n, height: n, data: { values: [{ a: 1 }] }, mark: "point" }
          : kind === "sequence" ? { data: { sequence: { start: 0, stop: n } }, mark: "tick", encoding: { x: { field: "data", type: "quantitative" } } }
          : kind === "graticule" ? { data: { graticule: { step: [360 / n, 180 / n] } }, mark: "geoshape", projection: { type: "equalEarth" } }
          : { data: { values: [{ t: "W".repeat(Math.min(n, 10_000_000)) }] }, mark: "text", encoding: { text: { field: "t" } } };
        await withinBudget(`${kind} 1e${k}`, () => (kind === "png" ? renderPng(spec as never, { scale: 2 }) : renderSvg(spec as never)));
      }),
      { numRuns: 24, seed: SEED },
    );
  }, 300_000);
});
