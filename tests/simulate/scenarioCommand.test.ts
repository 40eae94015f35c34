import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerScenarioCommand } from "../../src/cli/scenarioCommand.ts";

const FILE = "tests/simulate/fixtures/es-11-4-outreach.json";

async function run(args: string[]): Promise<string> {
  const program = new Command("plenary").exitOverride();
  registerScenarioCommand(program);
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  await program.parseAsync(["node", "plenary", ...args]);
  vi.restoreAllMocks();
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe("plenary scenario (real data, es-11-4 forecast)", () => {
  it("--json gives baseline, scenario, delta, flips, curve, targets and implied strength", async () => {
    const out = JSON.parse(await run(["scenario", FILE, "--json"]));
    for (const k of ["baseline", "scenario", "delta", "flips", "changes", "interventions", "curve", "targets", "impliedStrength"]) expect(out).toHaveProperty(k);
    expect(Object.keys(out.delta).sort()).toEqual(["absent", "abstain", "no", "pAdopted", "yes"]);
    expect(out.delta.yes).toBeGreaterThan(0);
    expect(out.scenario.expected.yes).toBeGreaterThan(out.baseline.expected.yes);
    expect(out.curve).toHaveLength(4);
    expect(out.curve[0].expectedYes).toBe(out.baseline.expected.yes);
    expect(out.targets).toHaveLength(3);
    expect(out.interventions[0].targets.map((t: { iso3: string }) => t.iso3)).toEqual(["IND", "ZAF", "SEN", "BGD", "BWA"]);
    // only the five targets move
    const moved = out.changes.filter((c: { size: number }) => c.size > 0).map((c: { iso3: string }) => c.iso3).sort();
    expect(moved).toEqual(["BGD", "BWA", "IND", "SEN", "ZAF"]);
    for (const f of out.flips) expect(Object.keys(f).sort()).toEqual(["from", "iso3", "name", "pAfter", "pBefore", "to"]);
    expect(out.impliedStrength.match).toBe("yes");
  });

  it("prints a readable report", async () => {
    const text = await run(["scenario", FILE, "--top", "5"]);
    expect(text).toMatch(/^baseline\s+\d+\.\d/m);
    expect(text).toMatch(/^scenario\s+\d+\.\d/m);
    expect(text).toMatch(/^actual\s+143\s+5\s+35\s+10\s+adopted/m);
    expect(text).toContain("5 most movable states");
    expect(text).toContain("Response curve");
    expect(text).toContain("Best 3 targets");
    expect(text).toContain("Implied strength");
  });

  it("names the field and value of an invalid scenario", async () => {
    await expect(run(["scenario", "tests/simulate/fixtures/missing.json"])).rejects.toThrow('invalid scenario; cannot read "tests/simulate/fixtures/missing.json": no such file or folder (ENOENT)');
    await expect(run(["scenario", FILE, "--top", "0"])).rejects.toThrow('invalid --top; expected a whole number in [1, 200]: "0"');
  });
});
