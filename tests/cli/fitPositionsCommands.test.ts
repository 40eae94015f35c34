import { Command } from "commander";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { registerFitCommand } from "../../src/cli/fitCommand.ts";
import { registerPositionsCommand } from "../../src/cli/positionsCommand.ts";
import { loadModel } from "../../src/model/loadModel.ts";

/** Runs `plenary <args>` in-process with only the fit and positions commands; returns stdout. */
async function run(args: string[]): Promise<string> {
  const program = new Command("plenary").exitOverride();
  registerFitCommand(program);
  registerPositionsCommand(program);
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(["node", "plenary", ...args]);
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe("plenary fit", () => {
  const dir = mkdtempSync(join(tmpdir(), "plenary-fit-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fits a window and prints the JSON summary", async () => {
    const out = join(dir, "m.json");
    const summary = JSON.parse(await run(["fit", "--from", "2023-09-01", "--until", "2024-09-01", "--out", out, "--json"]));
    expect(Object.keys(summary)).toEqual(["model", "seconds", "iterations", "rollCalls", "votes", "correctlyClassified", "apre", "logLik", "warnings"]);
    expect(summary.warnings).toEqual([]);
    expect(summary.model).toBe(out);
    expect(summary.rollCalls).toBeGreaterThan(50);
    expect(summary.correctlyClassified).toBeGreaterThan(0.9);
    const model = loadModel(out);
    expect(model.cutoff).toBe("2024-09-01");
    expect(model.from).toBe("2023-09-01");
  });

  it("validates its flags", async () => {
    await expect(run(["fit", "--until", "2022-13-01"])).rejects.toThrow('invalid --until; not a date: "2022-13-01"');
    await expect(run(["fit", "--from", "yesterday"])).rejects.toThrow('invalid --from; not a date: "yesterday"');
    await expect(run(["fit", "--dims", "3"])).rejects.toThrow('invalid --dims; expected 1 or 2: "3"');
    await expect(run(["fit", "--out", "models/x.txt"])).rejects.toThrow('invalid --out; expected a .json file: "models/x.txt"');
  });
});

describe("plenary positions (the committed default model)", () => {
  it("prints positions as JSON and as a table", async () => {
    const json = JSON.parse(await run(["positions", "USA", "cub", "--json"]));
    expect(json.states.map((s: { iso3: string }) => s.iso3)).toEqual(["USA", "CUB"]);
    const usa = json.states[0];
    expect(usa.periods[0]).toBe(1);
    expect(usa.mean.at(-1)[0]).toBeGreaterThan(json.states[1].mean.at(-1)[0]);
    const table = await run(["positions", "USA"]);
    expect(table).toMatch(/session\s+year\s+USA United States/);
    expect(table).toMatch(/\n\s+77\s+2022\s+/);
  });

  it("names unknown codes with the closest matches", async () => {
    await expect(run(["positions", "USX"])).rejects.toThrow('unknown ISO3 code: "USX"; closest matches: USA');
    await expect(run(["positions", "USA", "--model", "models/nope.json"])).rejects.toThrow('invalid model file; cannot read "models/nope.json": no such file or folder (ENOENT)');
  });
});
