import type { Command } from "commander";
import { PlenaryError } from "../util/PlenaryError.ts";
import { readJsonFile } from "../util/readJsonFile.ts";
import type { TopLevelSpec } from "vega-lite";
import { CHART_FORMATS, exportChart } from "../render/exportChart.ts";
import { validateSpec } from "../render/validateSpec.ts";
import { printText } from "./output.ts";
import { statSync } from "node:fs";
import { CHART_BUDGET, checkChartBudget } from "../render/checkChartBudget.ts";
import { checkChartPath } from "./checkChartPath.ts";

/**
 * Registers `plenary chart <input> --out <file>`: converts a Vega-Lite spec
 * (`.vl.json`, e.g. one written by `--out x.vl.json` or by a scenario
 * script) to the format named by the output's ending: .vl.json, .svg, .png
 * or .html (self-contained, works offline). The spec is first checked
 * against the official Vega-Lite schema (the error names the JSON path);
 * rendering reads no file and no URL the spec names (`data.url`) unless
 * `--allow-data-dir DIR` allows the files inside DIR.
 *
 * @example
 * import { Command } from "commander";
 * const program = new Command("plenary");
 * registerChartCommand(program); // then: plenary chart out/outcome.vl.json --out out/outcome.png
 * program.commands.map((c) => c.name()); // ["chart"]
 */
export function registerChartCommand(program: Command): void {
  program
    .command("chart")
    .description(`convert a Vega-Lite spec (.vl.json) to ${CHART_FORMATS.join(", ")} (format from the --out file name)`)
    .argument("<input>", "Vega-Lite spec file (.vl.json)")
    .requiredOption("-o, --out <file>", `output file ending in ${CHART_FORMATS.join(", ")}`)
    .option("--scale <n>", "PNG pixel density (1 = one pixel per SVG unit), 0.1 to 8; at most 50 million pixels", "2")
    .option("--allow-data-dir <dir>", "let the spec's data.url read files inside this folder (default: inline data only)")
    .action(async (input: string, opts: { out: string; scale: string; allowDataDir?: string }) => {
      // options first, named as typed, before the spec is read
      const scale = Number(opts.scale);
      if (!(opts.scale.trim() !== "" && 0.1 <= scale && scale <= 8)) throw new PlenaryError(`invalid --scale; expected a number in [0.1, 8]: ${JSON.stringify(opts.scale)}`);
      checkChartPath(opts.out, "--out");
      if (opts.allowDataDir !== undefined) {
        let folder = false;
        try {
          folder = opts.allowDataDir.trim() !== "" && statSync(opts.allowDataDir).isDirectory();
        } catch {
          folder = false;
        }
        if (!folder) throw new PlenaryError(`invalid --allow-data-dir; not a folder: ${JSON.stringify(opts.allowDataDir)}`);
      }
      const spec = readJsonFile(input, "input", { limits: { maxDepth: CHART_BUDGET.depth, maxString: CHART_BUDGET.text } });
      if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
        throw new PlenaryError(`invalid input; expected a Vega-Lite spec object in ${JSON.stringify(input)}`);
      }
      checkChartBudget(spec); // every format, before the schema check and any rendering
      const valid: TopLevelSpec = validateSpec(spec);
      const format = await exportChart(valid, opts.out, { scale, ...(opts.allowDataDir !== undefined ? { allowDataDir: opts.allowDataDir } : {}) });
      printText(`wrote ${opts.out} (${format.slice(1)})`);
    });
}
