import type { Command } from "commander";
import { checkSpec } from "../forecast/checkSpec.ts";
import type { ForecastSpec } from "../forecast/types.ts";
import { readJsonFile } from "../util/readJsonFile.ts";
import { checkChartPath } from "./checkChartPath.ts";
import { addCacheDirOption, cacheDirFrom, warn } from "./cacheDirOption.ts";
import { printJson, printText } from "./output.ts";
import { progressBar } from "./progressBar.ts";
import { modelLine, modelProvenance, provenance } from "./provenance.ts";

/**
 * Registers `plenary forecast <spec.json>`: validates the spec, finds the
 * model (a committed or cached one matching the cutoff and settings, else
 * fitted now), forecasts, and prints the result; `--json` adds a
 * `provenance` object (version, seed, draws, model file and cutoff, data
 * fingerprint, the spec as read).
 */
export function registerForecastCommand(program: Command): void {
  addCacheDirOption(
    program
      .command("forecast")
      .description("forecast a resolution from a spec file: each state's P(yes/abstain/no/absent), totals, P(adopted)")
      .argument("<spec>", "forecast spec JSON (see schemas/forecast-spec.schema.json and scenarios/es-11-4.json)")
      .option("--json", "machine-readable output, with provenance")
      .option("--all", "list every state, not only the undecided")
      .option("--chart <file>", "write the outcome chart (.vl.json, .svg, .png or .html); the states chart goes beside it"),
  ).action(async (path: string, opts: { json?: boolean; all?: boolean; chart?: string; cacheDir?: string; cache?: boolean }) => {
    if (opts.chart !== undefined) checkChartPath(opts.chart, "--chart"); // options before any work
    const raw = readJsonFile(path, "forecast spec");
    if (typeof raw === "object" && raw !== null && (raw as { body?: unknown }).body === "SC") {
      const { councilForecastCommand } = await import("./councilForecastCommand.ts");
      return councilForecastCommand(raw, path, opts);
    }
    const spec = checkSpec(raw); // before any fit
    const cacheDir = cacheDirFrom(opts);
    // the data and model code are loaded only once the input is valid (a bad spec fails fast)
    const [{ loadAssembly }, { findModelForAsOf }, { forecastResolution }, { forecastJson, forecastText }] = await Promise.all([
      import("../data/loadAssembly.ts"), import("../model/modelForAsOf.ts"), import("../forecast/forecastResolution.ts"), import("./forecastSummary.ts"),
    ]);
    const assembly = loadAssembly();
    const found = findModelForAsOf(assembly, spec.asOf, { cacheDir, dims: spec.dims, onProgress: progressBar("fitting"), onWarning: warn });
    const f = forecastResolution(raw as ForecastSpec, { assembly, model: found.model });
    // "wrote FILE" lines: on stdout with the text report, on stderr with --json (stdout stays one JSON document)
    if (opts.chart) await (await import("./writeForecastCharts.ts")).writeForecastCharts(f, opts.chart, opts.json ? {} : { report: printText }); // Vega loaded only for charts
    const model = modelProvenance(found);
    if (opts.json) {
      return printJson({ ...forecastJson(f), provenance: provenance({ seed: spec.seed, draws: spec.draws, model, dataFingerprint: assembly.fingerprint, spec: raw, specFile: path }) });
    }
    printText(forecastText(f, { all: opts.all }));
    printText(`\n${modelLine(model)}`);
  });
}
