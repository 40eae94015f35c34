/** `plenary chart <input> --out <file>`: converts a .vl.json spec by the output's extension. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, describe, expect, it, vi } from "vitest";
import { registerChartCommand } from "../../src/cli/chartCommand.ts";
import { outcomeChart } from "../../src/render/outcomeChart.ts";
import { fixtureForecast } from "../render/fixtures.ts";
import { pngSize, svgSize } from "../render/helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "plenary-chart-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, "outcome.vl.json");
writeFileSync(input, JSON.stringify(outcomeChart(fixtureForecast())));

async function run(...args: string[]): Promise<string> {
  const program = new Command("plenary").exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerChartCommand(program);
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => (lines.push(String(s)), true));
  try {
    await program.parseAsync(["node", "plenary", "chart", ...args]);
  } finally {
    spy.mockRestore();
  }
  return lines.join("");
}

describe("plenary chart", () => {
  it("converts a spec to SVG and PNG by the --out extension", async () => {
    expect(await run(input, "--out", join(dir, "o.svg"))).toBe(`wrote ${join(dir, "o.svg")} (svg)\n`);
    const svg = readFileSync(join(dir, "o.svg"), "utf8");
    expect(svg).toContain("Expected result");
    await run(input, "-o", join(dir, "png", "o.png"), "--scale", "1");
    expect(pngSize(readFileSync(join(dir, "png", "o.png")))).toEqual(svgSize(svg));
  });

  it("names the bad value: extension, scale, unreadable or non-JSON input", async () => {
    await expect(run(input, "--out", join(dir, "o.gif"))).rejects.toThrow(`invalid outPath; expected a name ending in .vl.json, .svg, .png, .html, got ${JSON.stringify(join(dir, "o.gif"))}`);
    await expect(run(input, "--out", join(dir, "o.png"), "--scale", "x")).rejects.toThrow('invalid --scale; expected a number in (0, 8], got "x"');
    await expect(run(join(dir, "missing.vl.json"), "--out", join(dir, "o.svg"))).rejects.toThrow(`invalid input; cannot read ${JSON.stringify(join(dir, "missing.vl.json"))}: ENOENT`);
    writeFileSync(join(dir, "bad.vl.json"), "{ not json");
    await expect(run(join(dir, "bad.vl.json"), "--out", join(dir, "o.svg"))).rejects.toThrow(`invalid input; not JSON: ${JSON.stringify(join(dir, "bad.vl.json"))}`);
  });

  it("requires --out", async () => {
    await expect(run(input)).rejects.toThrow(/required option '-o, --out <file>' not specified/);
  });
});
