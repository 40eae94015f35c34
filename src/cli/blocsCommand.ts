import type { Command } from "commander";
import { checkDate } from "../data/sessionPeriod.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { addCacheDirOption, cacheDirFrom, warn } from "./cacheDirOption.ts";
import { formatTable } from "./formatTable.ts";
import { printJson, printText } from "./output.ts";
import { modelProvenance } from "./provenance.ts";

/**
 * Registers `plenary blocs [--as-of DATE] [--json] [--chart FILE]`: the
 * states-move-together structure a forecast as of that date uses (the
 * factor model of the residuals over the ten sessions before it), each
 * camp's states, and each state's communality.
 */
export function registerBlocsCommand(program: Command): void {
  addCacheDirOption(program
    .command("blocs")
    .description("states that deviate together (a factor model of what positions do not explain), as a forecast on that date uses it")
    .option("--as-of <date>", "only votes before this date (default: the day after the last recorded vote)")
    .option("--json", "machine-readable output")
    .option("--chart <file>", "also draw the camps to a chart file (.svg, .png, .html or .vl.json)"))
    .action(async (opts: { asOf?: string; json?: boolean; chart?: string; cacheDir?: string; cache?: boolean }) => {
      if (opts.asOf !== undefined) checkDate("--as-of", opts.asOf);
      const { chartFormat, CHART_FORMATS } = await import("../render/exportChart.ts");
      if (opts.chart !== undefined && !chartFormat(opts.chart)) throw new PlenaryError(`invalid --chart; expected a name ending in ${CHART_FORMATS.join(", ")}: ${JSON.stringify(opts.chart)}`);
      const cacheDir = cacheDirFrom(opts);
      const [{ loadAssembly }, { findModelForAsOf }, { estimateBlocs }] = await Promise.all([import("../data/loadAssembly.ts"), import("../model/modelForAsOf.ts"), import("../model/blocs/estimateBlocs.ts")]);
      const assembly = loadAssembly();
      const last = assembly.rollCalls[assembly.rollCalls.length - 1].date;
      const asOf = opts.asOf ?? nextDay(last);
      const first = assembly.rollCalls[0].date;
      if (!(asOf > first)) throw new PlenaryError(`invalid --as-of; the record starts on ${first}, so nothing is known before ${JSON.stringify(asOf)}`);
      const found = findModelForAsOf(assembly, asOf, { cacheDir, onWarning: warn });
      const blocs = estimateBlocs(assembly, found.model, asOf);
      const names = Object.fromEntries(assembly.states.map((s) => [s.iso3, s.name]));
      const groups = Object.fromEntries(assembly.states.map((s) => [s.iso3, s.group]));
      const F = blocs.factors;
      const total = blocs.eigenvalues.reduce((a, b) => a + b, 0) || 1;
      const camps = Array.from({ length: F }, (_, f) => {
        const sorted = blocs.states.map((iso3, k) => ({ iso3, name: names[iso3], loading: blocs.loadings[k * F + f] })).sort((a, b) => b.loading - a.loading);
        return {
          factor: f + 1,
          share: blocs.eigenvalues[f] / total,
          positive: sorted.slice(0, 10).filter((x) => x.loading > 0),
          negative: sorted.slice(-10).reverse().filter((x) => x.loading < 0),
        };
      });
      if (opts.chart !== undefined) {
        const [{ blocsChart }, { exportChart }] = await Promise.all([import("../render/blocsChart.ts"), import("../render/exportChart.ts")]);
        await exportChart(blocsChart(blocs, { names }), opts.chart);
        if (opts.json) process.stderr.write(`wrote ${opts.chart}\n`);
      }
      if (opts.json) {
        return printJson({
          asOf: blocs.asOf,
          sessions: blocs.sessions,
          rollCalls: blocs.rollCalls,
          factors: F,
          eigenvalues: blocs.eigenvalues,
          camps,
          states: blocs.states.map((iso3, k) => ({ iso3, name: names[iso3], group: groups[iso3], communality: blocs.communality[k], loadings: Array.from(blocs.loadings.subarray(k * F, (k + 1) * F)) })),
          model: modelProvenance(found),
        });
      }
      printText(`States that deviate together, as of ${blocs.asOf}: ${F} camps from the residuals of ${blocs.rollCalls} roll calls (sessions ${blocs.sessions[0]}-${blocs.sessions[1]}), ${blocs.states.length} states\n`);
      for (const c of camps) {
        printText(`Camp ${c.factor} (${(100 * c.share).toFixed(0)}% of the shared variation)`);
        printText(formatTable(["one side", "loading", "other side", "loading "], Array.from({ length: Math.max(c.positive.length, c.negative.length) }, (_, i) => [
          c.positive[i] ? `${c.positive[i].name} (${c.positive[i].iso3})` : "", c.positive[i] ? c.positive[i].loading.toFixed(2) : "",
          c.negative[i] ? `${c.negative[i].name} (${c.negative[i].iso3})` : "", c.negative[i] ? c.negative[i].loading.toFixed(2) : "",
        ])));
        printText("");
      }
      if (opts.chart !== undefined) printText(`wrote ${opts.chart}`);
    });
}

/** The ISO date after `date`. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
