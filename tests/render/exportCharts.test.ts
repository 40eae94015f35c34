/** exportCharts writes a set of charts all or none; writeForecastCharts uses it and reports each file. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { afterAll, describe, expect, it } from "vitest";
import { writeForecastCharts } from "../../src/cli/writeForecastCharts.ts";
import { exportCharts } from "../../src/render/exportCharts.ts";
import { outcomeChart } from "../../src/render/outcomeChart.ts";
import { fixtureForecast } from "./fixtures.ts";
import { pngSize } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "plenary-charts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A valid spec whose rendering fails: it asks for a file, which the chart loader refuses. */
const failing: TopLevelSpec = { data: { url: "/etc/hostname" }, mark: "point" };

describe("exportCharts", () => {
  it("writes every chart and returns the paths", async () => {
    const paths = [join(dir, "a", "x.svg"), join(dir, "a", "x.vl.json")];
    expect(await exportCharts(paths.map((path) => ({ spec: outcomeChart(fixtureForecast()), path })))).toEqual(paths);
    expect(readFileSync(paths[0]!, "utf8")).toContain("Expected result");
    expect(JSON.parse(readFileSync(paths[1]!, "utf8")).title.text).toContain("Expected result");
  });

  it("writes none when one fails to render, and leaves existing files and no temporary file", async () => {
    const d = join(dir, "b");
    const keep = join(d, "x.svg");
    await exportCharts([{ spec: outcomeChart(fixtureForecast()), path: keep }]);
    writeFileSync(keep, "old");
    const files = [
      { spec: outcomeChart(fixtureForecast()), path: keep },
      { spec: outcomeChart(fixtureForecast()), path: join(d, "x-states.svg") },
      { spec: failing, path: join(d, "x-map.svg") },
    ];
    await expect(exportCharts(files)).rejects.toThrow('refused to load "/etc/hostname"');
    expect(readFileSync(keep, "utf8")).toBe("old");
    expect(readdirSync(d)).toEqual(["x.svg"]);
  });

  it("names a bad path before rendering anything", async () => {
    await expect(exportCharts([{ spec: failing, path: join(dir, "x.gif") }])).rejects.toThrow(
      `invalid files[0].path; expected a name ending in .vl.json, .svg, .png, .html, got ${JSON.stringify(join(dir, "x.gif"))}`,
    );
  });
});

describe("writeForecastCharts", () => {
  it("writes the outcome, states and map charts and reports each file", async () => {
    const lines: string[] = [];
    const path = join(dir, "c", "f.png");
    const written = await writeForecastCharts(fixtureForecast(), path, { report: (l) => lines.push(l) });
    const expected = [path, join(dir, "c", "f-states.png"), join(dir, "c", "f-map.png")];
    expect(written).toEqual(expected);
    expect(lines).toEqual(expected.map((p) => `wrote ${p}`));
    for (const p of expected) expect(pngSize(readFileSync(p)).width).toBeGreaterThan(500);
    expect(existsSync(join(dir, "c", "f-other.png"))).toBe(false);
  }, 60_000);
});
