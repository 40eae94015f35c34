import type { Command } from "commander";
import { join } from "node:path";
import { checkDate } from "../data/sessionPeriod.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { addCacheDirOption, cacheDirFrom } from "./cacheDirOption.ts";
import { printJson, printText } from "./output.ts";

/**
 * Registers `plenary lobbying [--until DATE] [--json] [--chart FILE]`: the
 * typical US important-vote campaign estimated from the record (effect with
 * its 90% interval, the placebo on non-important votes, by decade), each
 * member's responsiveness, the implied strengths of past votes with and
 * without a campaign, and the held-out validation. Without `--until` (or
 * with the committed model's) it reads models/lobbying.json; another date
 * refits (each roll call's forecast is cached under the cache folder; the
 * first run takes minutes).
 */
export function registerLobbyingCommand(program: Command): void {
  addCacheDirOption(program
    .command("lobbying")
    .description("the typical US important-vote campaign estimated from the record: effect, placebo, responsiveness, implied strengths")
    .option("--until <date>", "evidence strictly before this date (default: the committed models/lobbying.json, sessions before 70)")
    .option("--json", "machine-readable output")
    .option("--chart <file>", "also draw the implied strengths of past votes with and without a campaign (.svg, .png, .html or .vl.json)"))
    .action(async (opts: { until?: string; json?: boolean; chart?: string; cacheDir?: string; cache?: boolean }) => {
      if (opts.until !== undefined) checkDate("--until", opts.until);
      const { chartFormat, CHART_FORMATS } = await import("../render/exportChart.ts");
      if (opts.chart !== undefined && !chartFormat(opts.chart)) throw new PlenaryError(`invalid --chart; expected a name ending in ${CHART_FORMATS.join(", ")}: ${JSON.stringify(opts.chart)}`);
      const [{ loadLobbying }, { formatLobbying }] = await Promise.all([import("../simulate/lobbying/loadLobbying.ts"), import("../simulate/lobbying/formatLobbying.ts")]);
      let model = loadLobbying();
      if (opts.until !== undefined && opts.until !== model.until) {
        const [{ loadAssembly }, { fitLobbying }] = await Promise.all([import("../data/loadAssembly.ts"), import("../simulate/lobbying/fitLobbying.ts")]);
        const cacheDir = cacheDirFrom(opts);
        const y = Number(opts.until.slice(0, 4)) + 5;
        model = fitLobbying(loadAssembly(), {
          until: opts.until,
          validateUntil: `${y}${opts.until.slice(4)}`.replace("-02-29", "-02-28"),
          cacheDir: cacheDir ? join(cacheDir, "lobbying-grids") : null,
          onProgress: (m) => process.stderr.write(`${m}\n`),
        });
      }
      if (opts.chart !== undefined) {
        const [{ impliedChart }, { exportChart }] = await Promise.all([import("../render/impliedChart.ts"), import("../render/exportChart.ts")]);
        await exportChart(impliedChart(model.implied), opts.chart);
        if (opts.json) process.stderr.write(`wrote ${opts.chart}\n`);
      }
      if (opts.json) {
        const pick = (e: { estimate: number; interval90: [number, number]; votes?: number }) => ({ estimate: e.estimate, interval90: e.interval90, ...(e.votes !== undefined ? { votes: e.votes } : {}) });
        return printJson({
          until: model.until,
          from: model.from,
          unit: "latent shift toward the US vote of a state with susceptibility 1 (one typical campaign = effect.estimate)",
          effect: pick(model.effect),
          placebo: pick(model.placebo),
          difference: model.difference,
          switched: { texts: model.switched.texts, important: pick(model.switched.important), notImportant: pick(model.switched.notImportant), difference: model.switched.difference },
          byDecade: model.byDecade.map((d) => ({ decade: d.decade, important: pick(d.important), placebo: pick(d.placebo) })),
          responsiveness: model.responsiveness.members.map((m) => ({ iso3: m.iso3, estimate: m.estimate, interval90: m.interval90, votes: m.votes })),
          implied: model.implied,
          spillover: model.spillover,
          validation: { ...model.validation, heldOut: `${model.until} to ${model.validateUntil}`, defaultSusceptibility: model.defaultSusceptibility, defaultInImportantForecasts: model.defaultInImportantForecasts },
          provenance: model.provenance,
        });
      }
      printText(formatLobbying(model));
      if (opts.chart !== undefined) printText(`wrote ${opts.chart}`);
    });
}
