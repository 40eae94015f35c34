/**
 * Pictures that cannot go stale: each image in docs/img carries the SHA-256
 * of the spec it was drawn from (a PNG text chunk written by
 * `npm run docs:images`); the specs the code draws now, from the same seed
 * scenarios, committed model and backtest (scripts/exampleCharts.ts), must
 * hash the same. A change to a chart builder, the forecast, the scenario or
 * the backtest that changes a README picture fails here until the pictures
 * are redrawn. The reliability diagram's backtest (sessions 70-74) takes
 * about a minute.
 */
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { TopLevelSpec } from "vega-lite";
import { docCharts } from "../../scripts/exampleCharts.ts";
import { pngText, specHash, SPEC_KEY, withPngText } from "../../scripts/pngText.ts";
import { loadAssembly } from "../../src/data/loadAssembly.ts";

const dir = "docs/img";

describe("docs/img", () => {
  let charts: Record<string, TopLevelSpec>;
  beforeAll(() => {
    charts = docCharts(loadAssembly());
  }, 600_000);

  it("holds exactly the images scripts/exampleCharts.ts draws, each linked from the README or docs", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".png")).map((f) => f.replace(/\.png$/, "")).sort();
    expect(files).toEqual(Object.keys(charts).sort());
    const docs = [readFileSync("README.md", "utf8"), ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => readFileSync(`docs/${f}`, "utf8"))].join("\n");
    for (const f of files) expect(docs, `${f}.png is not shown anywhere`).toContain(`img/${f}.png`);
  });

  it("shows what the code draws now (else run `npm run docs:images`)", () => {
    const stale = Object.entries(charts)
      .filter(([name, spec]) => pngText(new Uint8Array(readFileSync(`${dir}/${name}.png`)))[SPEC_KEY] !== specHash(spec))
      .map(([name]) => `${dir}/${name}.png`);
    expect(stale, "stale images; run `npm run docs:images`").toEqual([]);
  });
});

describe("pngText", () => {
  it("reads back the text chunk withPngText wrote, and the PNG stays valid", () => {
    // a 1x1 PNG (IHDR, IDAT, IEND), by hand
    const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));
    const stamped = withPngText(png, SPEC_KEY, "abc");
    expect(pngText(stamped)).toEqual({ [SPEC_KEY]: "abc" });
    expect(pngText(png)).toEqual({});
    expect(stamped.length).toBe(png.length + 12 + SPEC_KEY.length + 1 + 3);
  });
});
