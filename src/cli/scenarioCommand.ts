import type { Command } from "commander";
import { loadAssembly } from "../data/loadAssembly.ts";
import { loadScenario } from "../simulate/loadScenario.ts";
import { runScenario } from "../simulate/runScenario.ts";
import type { TopLevelSpec } from "vega-lite";
import type { ScenarioResult } from "../simulate/types.ts";
import { checkSpec } from "../forecast/checkSpec.ts";
import { findModelForAsOf } from "../model/modelForAsOf.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { ChartFile } from "../render/exportCharts.ts";
import { membersAsOf } from "../forecast/membersAsOf.ts";
import { checkLobbyingSides } from "../simulate/checkLobbyingSides.ts";
import { checkChartPath } from "./checkChartPath.ts";
import { readJsonFile } from "../util/readJsonFile.ts";
import { addCacheDirOption, cacheDirFrom, warn } from "./cacheDirOption.ts";
import { printJson, printText } from "./output.ts";
import { progressBar } from "./progressBar.ts";
import { modelLine, modelProvenance, provenance } from "./provenance.ts";
import { scenarioJson, scenarioText } from "./scenarioSummary.ts";

/**
 * Registers `plenary scenario <scenario.json> [--json] [--chart <file>]
 * [--curve-chart <file>]`: runs a lobbying scenario (see
 * schemas/scenario.schema.json and scenarios/blinken-2022.json) and prints
 * baseline against scenario, the most movable states, flips, and the
 * response curve, best targets and implied strength when the scenario asks
 * for them. `--json` prints `{ baseline, scenario, delta, flips, changes,
 * interventions, curve?, targets?, impliedStrength?, provenance }`.
 *
 * @example
 * import { Command } from "commander";
 * const program = new Command("plenary");
 * registerScenarioCommand(program); // then: plenary scenario scenarios/blinken-2022.json --chart out/blinken.png
 * program.commands.map((c) => c.name()); // ["scenario"]
 */
export function registerScenarioCommand(program: Command): void {
  addCacheDirOption(program
    .command("scenario")
    .description("simulate lobbying on a forecast: baseline vs scenario, movable states, response curve, best targets, implied strength")
    .argument("<scenario>", "scenario JSON (see schemas/scenario.schema.json and scenarios/blinken-2022.json)")
    .option("--json", "machine-readable output")
    .option("--top <n>", "how many of the most movable states to list", "10")
    .option("--chart <file>", "write the baseline-vs-scenario chart (.vl.json, .svg, .png or .html)")
    .option("--curve-chart <file>", "write the response-curve chart (needs a curve in the scenario)"))
    .action(async (path: string, opts: { json?: boolean; top: string; chart?: string; curveChart?: string; cacheDir?: string; cache?: boolean }) => {
      // every option and the whole scenario are checked before any work starts
      const top = Number(opts.top);
      if (!(/^\s*\d+\s*$/.test(opts.top) && Number.isInteger(top) && 1 <= top && top <= 200)) throw new PlenaryError(`invalid --top; expected a whole number in [1, 200]: ${JSON.stringify(opts.top)}`);
      if (opts.chart !== undefined) checkChartPath(opts.chart, "--chart");
      if (opts.curveChart !== undefined) checkChartPath(opts.curveChart, "--curve-chart");
      if (opts.chart !== undefined && opts.chart === opts.curveChart) throw new PlenaryError(`invalid --curve-chart; the same file as --chart: ${JSON.stringify(opts.curveChart)}`);
      const cacheDir = cacheDirFrom(opts);
      const assembly = loadAssembly();
      const scenario = loadScenario(path, { states: assembly.states }); // its forecast spec checked too, errors naming its file
      if (opts.curveChart && !scenario.curve) throw new PlenaryError(`invalid --curve-chart; the scenario asks for no curve (add "curve": { "to": ... }): ${JSON.stringify(path)}`);
      const spec = checkSpec(scenario.forecast);
      checkLobbyingSides(scenario, membersAsOf(assembly, spec.asOf).columns.map((c) => assembly.states[c].iso3), spec.asOf); // before any fit
      const found = findModelForAsOf(assembly, spec.asOf, { cacheDir, dims: spec.dims, onProgress: progressBar("fitting"), onWarning: warn });
      const result = runScenario(scenario, { assembly, model: found.model });
      const model = modelProvenance(found);
      const asRead = { ...(readJsonFile(path, "scenario") as object), forecast: scenario.forecast }; // the file, its base forecast inlined
      if (opts.curveChart && !result.curve) throw new PlenaryError(`invalid --curve-chart; the scenario asks for no curve (add "curve": { "to": ... }): ${JSON.stringify(path)}`);
      // "wrote FILE" lines: on stdout with the text report, on stderr with --json (stdout stays one JSON document)
      const wrote = opts.chart || opts.curveChart ? await writeScenarioCharts(result, opts) : [];
      const report = (line: string) => (opts.json ? process.stderr.write(`${line}\n`) : printText(line));
      for (const file of wrote) report(`wrote ${file}`);
      if (opts.json) {
        return printJson({ ...scenarioJson(result), provenance: provenance({ seed: spec.seed, draws: spec.draws, model, dataFingerprint: assembly.fingerprint, spec: asRead, specFile: path }) });
      }
      printText(scenarioText(result, { top }));
      printText(`\n${modelLine(model)}`);
    });
}

/** The scenario's charts, all or none (rendered before any file is written); returns the paths written. Vega is loaded only here. */
async function writeScenarioCharts(result: ScenarioResult, opts: { chart?: string; curveChart?: string }): Promise<string[]> {
  const { exportCharts } = await import("../render/exportCharts.ts");
  const files: { spec: TopLevelSpec; path: string }[] = [];
  if (opts.chart) {
    const { scenarioChart } = await import("../render/scenarioChart.ts");
    // the legend names the series briefly; the scenario's title goes in the subtitle
    files.push({ spec: scenarioChart(result.forecasts.baseline, result.forecasts.scenario, { scenarioName: "With lobbying", scenarioTitle: result.title }), path: opts.chart });
  }
  if (opts.curveChart && result.curve) {
    const { responseChart } = await import("../render/responseChart.ts");
    files.push({
      spec: responseChart(result.curve, { actualYes: result.actual?.yes, impliedStrength: result.impliedStrength?.strength ?? undefined, strengthTitle: curveTitle(result) }),
      path: opts.curveChart,
    });
  }
  return exportCharts(files);
}

/** The response chart's x title: the latent unit, one typical campaign in it, and where the implied strength falls. */
function curveTitle(result: ScenarioResult): string {
  const c = result.curve?.find((p) => p.strength > 0 && p.campaigns !== undefined);
  const unit = c ? `; 1 typical US campaign = ${(c.strength / c.campaigns!).toFixed(2)}` : "";
  const p = result.impliedStrength?.placement;
  const where = p ? `; implied ${p.campaigns.toFixed(2)} campaigns, above ${Math.round(p.percentileAmongCampaigns * 100)}% of past campaigns` : "";
  return `Strength of "${result.curveIntervention}" (latent shift${unit}${where})`;
}
