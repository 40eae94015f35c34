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
