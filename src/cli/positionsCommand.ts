import { join } from "node:path";
import type { Command } from "commander";
import { codeChangeNotes } from "../data/codeChanges.ts";
import { closestMatches } from "../data/findRollCall.ts";
import { loadAssembly } from "../data/loadAssembly.ts";
import { defaultModelsDir } from "../model/modelForAsOf.ts";
import { loadModel } from "../model/loadModel.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { checkChartPath } from "./checkChartPath.ts";
import { CHART_FORMATS, exportChart } from "../render/exportChart.ts";
import { positionsChart } from "../render/positionsChart.ts";
import { formatTable } from "./formatTable.ts";
import { printJson, printText } from "./output.ts";

/**
 * Registers `plenary positions <ISO3...> [--model PATH] [--json] [--chart FILE]`:
 * positions per session from a fitted model (default: the package's
 * models/default.json), with each state's names over time and the code
 * changes of its seat (SUN -> RUS on 1991-12-24) explained.
 */
export function registerPositionsCommand(program: Command): void {
  program
    .command("positions")
    .description("states' estimated ideal points per session (posterior mean and sd), from a fitted model")
    .argument("<ISO3...>", "state codes, e.g. USA RUS CHN")
    .option("--model <path>", "fitted model file (default: the package's models/default.json)")
    .option("--json", "machine-readable output")
    .option("--chart <file>", `also draw the trajectories (at most 10 states) to a file ending in ${CHART_FORMATS.join(", ")}`)
    .action(async (codes: string[], opts: { model?: string; json?: boolean; chart?: string }) => {
      if (opts.chart !== undefined) checkChartPath(opts.chart, "--chart");
      const assembly = loadAssembly();
      const modelPath = opts.model ?? join(defaultModelsDir(), "default.json");
      const model = loadModel(modelPath, { fingerprint: assembly.fingerprint });
      const known = assembly.states.map((s) => s.iso3);
      const wanted = codes.map((c) => c.toUpperCase());
      for (const c of wanted) {
        if (!known.includes(c)) throw new PlenaryError(`unknown ISO3 code: ${JSON.stringify(c)}; closest matches: ${closestMatches(c, known, 3).join(", ")}`);
      }
      const names = new Map(assembly.states.map((s) => [s.iso3, s.name]));
      const trajectories = wanted.map((c) => {
        const t = model.states.find((s) => s.iso3 === c);
        if (!t) {
          const changes = codeChangeNotes(c);
          throw new PlenaryError(`no positions for ${JSON.stringify(c)} in ${JSON.stringify(modelPath)}: it cast no vote between ${model.from} and ${model.cutoff}${changes.length ? ` (${changes.join("; ")})` : ""}`);
        }
        return t;
      });
      const history = (iso3: string) => (assembly.names?.[iso3] ?? []).map((n) => ({ name: n.name, from: n.from }));
      if (opts.chart !== undefined) {
        if (trajectories.length > 10) throw new PlenaryError(`invalid --chart; at most 10 states fit on one chart, got ${trajectories.length}`);
        const spec = positionsChart(trajectories, { states: wanted, names: Object.fromEntries(names), assembly });
        await exportChart(spec, opts.chart);
        // on stdout with the table, on stderr with --json (stdout stays one JSON document)
        if (opts.json) process.stderr.write(`wrote ${opts.chart}\n`);
        else printText(`wrote ${opts.chart}`);
      }
      if (opts.json) {
        return printJson({
          model: modelPath,
          cutoff: model.cutoff,
          dims: model.dims,
          states: trajectories.map((t) => ({ iso3: t.iso3, name: names.get(t.iso3), names: history(t.iso3), codeChanges: codeChangeNotes(t.iso3), periods: t.periods, mean: t.mean, sd: t.sd })),
        });
      }
      const periods = [...new Set(trajectories.flatMap((t) => t.periods))].sort((a, b) => a - b);
      const cell = (t: (typeof trajectories)[number], p: number) => {
        const i = t.periods.indexOf(p);
        if (i < 0) return "";
        return t.mean[i].map((m, k) => `${m >= 0 ? " " : ""}${m.toFixed(2)} ± ${t.sd[i][k].toFixed(2)}`).join(", ");
      };
      const rows = periods.map((p) => [p, 1945 + p, ...trajectories.map((t) => cell(t, p))]);
      printText(
        `ideal points (${model.dims === 1 ? "dimension 1" : "dimensions 1, 2"}; positive = the United States' side), model ${modelPath}, fitted before ${model.cutoff}\n`,
      );
      printText(formatTable(["session", "year", ...trajectories.map((t) => `${t.iso3} ${names.get(t.iso3) ?? ""}`.trim())], rows));
      const notes = trajectories.flatMap((t) => {
        const h = history(t.iso3);
        return [
          ...(h.length > 1 ? [`${t.iso3} names: ${h.map((n) => `${n.name} (from ${n.from.slice(0, 4)})`).join(", ")}`] : []),
          ...codeChangeNotes(t.iso3).map((n) => `${t.iso3} code change: ${n}`),
        ];
      });
      if (notes.length > 0) printText(`\n${[...new Set(notes)].join("\n")}`);
    });
}
