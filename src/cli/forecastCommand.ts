import type { Command } from "commander";
import { forecastResolution } from "../forecast/forecastResolution.ts";
import type { ForecastSpec } from "../forecast/types.ts";
import { forecastJson, forecastText } from "./forecastSummary.ts";
import { printJson, printText } from "./output.ts";
import { progressBar } from "./progressBar.ts";
import { readJsonFile } from "./readJsonFile.ts";
import { writeForecastCharts } from "./writeForecastCharts.ts";

/** Registers `plenary forecast <spec.json>`. */
export function registerForecastCommand(program: Command): void {
  program
    .command("forecast")
    .description("forecast a resolution from a spec file: each state's P(yes/abstain/no/absent), totals, P(adopted)")
    .argument("<spec>", "forecast spec JSON (see schemas/forecast-spec.schema.json and scenarios/es-11-4.json)")
    .option("--json", "machine-readable output")
    .option("--all", "list every state, not only the undecided")
    .option("--chart <file>", "write the outcome chart (.vl.json, .svg, .png or .html); the states chart goes beside it")
    .action(async (path: string, opts: { json?: boolean; all?: boolean; chart?: string }) => {
      const spec = readJsonFile(path, "forecast spec") as ForecastSpec;
      const f = forecastResolution(spec, { onProgress: progressBar("fitting") });
      // "wrote FILE" lines: on stdout with the text report, on stderr with --json (stdout stays one JSON document)
      if (opts.chart) await writeForecastCharts(f, opts.chart, opts.json ? {} : { report: printText });
      if (opts.json) return printJson(forecastJson(f));
      printText(forecastText(f, { all: opts.all }));
    });
}
