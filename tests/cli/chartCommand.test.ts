/** `plenary chart <input> --out <file>`: converts a .vl.json spec by the output's extension. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
    await expect(run(input, "--out", join(dir, "o.gif"))).rejects.toThrow(`invalid --out; expected a file name ending in .vl.json, .svg, .png, .html: ${JSON.stringify(join(dir, "o.gif"))}`);
    await expect(run(input, "--out", join(dir, "o.png"), "--scale", "x")).rejects.toThrow('invalid --scale; expected a number in [0.1, 8]: "x"');
    await expect(run(input, "--out", join(dir, "o.png"), "--scale", "1e-9")).rejects.toThrow('invalid --scale; expected a number in [0.1, 8]: "1e-9"');
    await expect(run(input, "--out", join(dir, "o.svg"), "--allow-data-dir", join(dir, "nope"))).rejects.toThrow(`invalid --allow-data-dir; not a folder: ${JSON.stringify(join(dir, "nope"))}`);
    await expect(run(join(dir, "missing.vl.json"), "--out", join(dir, "o.svg"))).rejects.toThrow(`invalid input; cannot read ${JSON.stringify(join(dir, "missing.vl.json"))}: no such file or folder (ENOENT)`);
    writeFileSync(join(dir, "bad.vl.json"), "{ not json");
    await expect(run(join(dir, "bad.vl.json"), "--out", join(dir, "o.svg"))).rejects.toThrow(`invalid input; not JSON: ${JSON.stringify(join(dir, "bad.vl.json"))}`);
  });

  it("keeps every chart within its budget: huge sizes, sequences, texts and PNGs are refused fast, nothing written", async () => {
    const cases: [object, string, RegExp][] = [
      [{ width: 100000, height: 100000, data: { values: [{ a: 1 }] }, mark: "point" }, "png", /^invalid spec; width larger than 20,000: 100000$/],
      [{ data: { sequence: { start: 0, stop: 100000000 } }, mark: "point", encoding: { x: { field: "data", type: "quantitative" } } }, "svg", /^invalid spec; a sequence of more than 100,000 rows/],
      [{ data: { values: [{ t: "x".repeat(1_000_000) }] }, mark: "text", encoding: { text: { field: "t" } } }, "png", /^invalid input; a text longer than 10,000 characters at data\.values\[0\]\.t/],
      [{ width: 15000, height: 15000, data: { values: [{ a: 1 }] }, mark: "point" }, "png", /^invalid spec; a PNG of more than 50,000,000 pixels/],
      [{ data: { values: [{ a: 1 }] }, mark: "point", transform: [{ density: "a", steps: 100000000 }] }, "svg", /^invalid spec; steps larger than 10,000/],
    ];
    for (const [spec, ext, message] of cases) {
      const file = join(dir, "huge.vl.json");
      writeFileSync(file, JSON.stringify(spec));
      const out = join(dir, `huge.${ext}`);
      const t0 = performance.now();
      await expect(run(file, "--out", out)).rejects.toThrow(message);
      expect(performance.now() - t0).toBeLessThan(5000);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("checks the spec against the Vega-Lite schema first and names the JSON path of the error", async () => {
    const bad = join(dir, "badmark.vl.json");
    writeFileSync(bad, JSON.stringify({ data: { values: [{ a: 1 }] }, layer: [{ mark: "point" }, { mark: { type: "bars" } }] }));
    await expect(run(bad, "--out", join(dir, "bad.svg"))).rejects.toThrow(/^invalid spec at \$\.layer\[1\]\.mark\.type; must be equal to one of the allowed values \("arc", .*"geoshape"\): "bars"$/);
    expect(existsSync(join(dir, "bad.svg"))).toBe(false);
  });

  it("reads no file a spec names in data.url unless --allow-data-dir allows its folder", async () => {
    const secret = join(dir, "secret");
    mkdirSync(join(dir, "data"), { recursive: true });
    writeFileSync(secret, "name\nhidden-value-42\n");
    writeFileSync(join(dir, "data", "ok.csv"), "name\nallowed-value-7\n");
    const spec = (url: string) => ({ data: { url }, mark: "text", encoding: { text: { field: "name", type: "nominal" }, y: { field: "name", type: "nominal" } } });
    const evil = join(dir, "evil.vl.json");
    for (const url of [secret, `file://${secret}`, "http://127.0.0.1:9/x.csv"]) {
      writeFileSync(evil, JSON.stringify(spec(url)));
      for (const ext of ["svg", "png"]) {
        const out = join(dir, `evil.${ext}`);
        await expect(run(evil, "--out", out)).rejects.toThrow(`refused to load ${JSON.stringify(url)}; charts read inline data only (allow a folder with --allow-data-dir DIR)`);
        expect(existsSync(out)).toBe(false);
      }
    }
    // allowed folder: a file inside it is read; a path climbing out of it is refused
    writeFileSync(evil, JSON.stringify(spec("ok.csv")));
    await run(evil, "--out", join(dir, "ok.svg"), "--allow-data-dir", join(dir, "data"));
    expect(readFileSync(join(dir, "ok.svg"), "utf8")).toContain("allowed-value-7");
    writeFileSync(evil, JSON.stringify(spec("../secret")));
    await expect(run(evil, "--out", join(dir, "no.svg"), "--allow-data-dir", join(dir, "data"))).rejects.toThrow(
      `refused to load "../secret"; outside the allowed data folder ${JSON.stringify(join(dir, "data"))}`,
    );
    writeFileSync(evil, JSON.stringify(spec("https://example.org/x.csv")));
    await expect(run(evil, "--out", join(dir, "no.svg"), "--allow-data-dir", join(dir, "data"))).rejects.toThrow(
      'refused to load "https://example.org/x.csv"; charts never read URLs, only files under the allowed data folder',
    );
    expect(existsSync(join(dir, "no.svg"))).toBe(false);
  });

  it("requires --out", async () => {
    await expect(run(input)).rejects.toThrow(/required option '-o, --out <file>' not specified/);
  });
});
