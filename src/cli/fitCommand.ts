import type { Command } from "commander";
import { loadAssembly } from "../data/loadAssembly.ts";
import { isIsoDate } from "../data/sessionPeriod.ts";
import { fitIdealPoints } from "../model/idealPoints/fitIdealPoints.ts";
import { saveModel } from "../model/io/saveModel.ts";
import { printJson, printText } from "./output.ts";
import { progressBar } from "./progressBar.ts";
import { warn } from "./cacheDirOption.ts";
import type { FittedModel } from "../model/types.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { parseSeed } from "./backtestCommand.ts";

/** Fewer roll calls than this and the fit's positions are barely identified (a regular session has about 70-100). */
export const MIN_ROLL_CALLS = 30;

/** Warnings about a fit whose quality figures would mislead: too few roll calls, or stopped before converging. */
export function fitWarnings(model: FittedModel): string[] {
  const s = model.stats;
  const out: string[] = [];
  if (s.rollCalls < MIN_ROLL_CALLS) {
    out.push(`fit on only ${s.rollCalls} roll call${s.rollCalls === 1 ? "" : "s"} (fewer than ${MIN_ROLL_CALLS}): positions are barely identified, and correctly classified and APRE are in-sample figures that mean little here; widen --from/--until`);
  }
  if (s.converged === false) out.push(`the fit stopped at ${s.iterations} sweeps before converging; its figures may change with more sweeps`);
  return out;
}

interface FitFlags {
  from?: string;
  until?: string;
  dims: string;
  walkSd?: string;
  seed?: string;
  out?: string;
  json?: boolean;
}

/** Default output file: models/default.json for the whole record, else named after the window. */
function defaultOut(from?: string, until?: string): string {
  if (!from && !until) return "models/default.json";
  return `models/fit${from ? `-from-${from}` : ""}${until ? `-until-${until}` : ""}.json`;
}

/** Registers `plenary fit [--from DATE] [--until DATE] [--dims 1|2] [--out models/NAME.json] [--json]`. */
export function registerFitCommand(program: Command): void {
  program
    .command("fit")
    .description("fit the dynamic ordinal ideal-point model (and the absence model) on the embedded record and save it")
    .option("--from <date>", "first vote date used (ISO, inclusive)")
    .option("--until <date>", "use only votes strictly before this date (ISO)")
    .option("--dims <n>", "latent dimensions: 1 or 2", "1")
    .option("--walk-sd <sd>", "random-walk sd of positions between sessions (default 0.25)")
    .option("--seed <n>", "seed of the initialization (default 1)")
    .option("--out <path>", "model file to write (default models/default.json, or models/fit-...json for a window)")
    .option("--json", "machine-readable summary: { model, seconds, iterations, rollCalls, votes, correctlyClassified, apre, logLik, warnings }")
    .action((flags: FitFlags) => {
      for (const name of ["from", "until"] as const) {
        const v = flags[name];
        if (v !== undefined && !isIsoDate(v)) throw new PlenaryError(`invalid --${name}; not a date: ${JSON.stringify(v)}`);
      }
      if (flags.dims !== "1" && flags.dims !== "2") throw new PlenaryError(`invalid --dims; expected 1 or 2: ${JSON.stringify(flags.dims)}`);
      const walkSd = flags.walkSd === undefined ? undefined : Number(flags.walkSd);
      if (walkSd !== undefined && !(0 < walkSd && walkSd <= 5)) throw new PlenaryError(`invalid --walk-sd; expected a number in (0, 5]: ${JSON.stringify(flags.walkSd)}`);
      const seed = flags.seed === undefined ? undefined : parseSeed(flags.seed);
      const out = flags.out ?? defaultOut(flags.from, flags.until);
      if (!out.endsWith(".json")) throw new PlenaryError(`invalid --out; expected a .json file: ${JSON.stringify(out)}`);

      const assembly = loadAssembly();
      const model = fitIdealPoints(assembly, {
        from: flags.from,
        until: flags.until,
        dims: flags.dims === "2" ? 2 : 1,
        walkSd,
        seed,
        onProgress: flags.json ? undefined : progressBar("fitting"),
      });
      saveModel(model, out);
      const s = model.stats;
      const summary = {
        model: out,
        seconds: Math.round(s.seconds * 100) / 100,
        iterations: s.iterations,
        rollCalls: s.rollCalls,
        votes: s.votes,
        correctlyClassified: Math.round(s.correctlyClassified * 10000) / 10000,
        apre: Math.round(s.apre * 10000) / 10000,
        logLik: Math.round(s.logLik * 10) / 10,
        warnings: fitWarnings(model),
      };
      if (flags.json) return printJson(summary);
      printText(
        [
          `fitted ${model.dims}-D ideal points on ${s.rollCalls} roll call${s.rollCalls === 1 ? "" : "s"} (${s.votes} yes/abstain/no votes), ${model.from} to before ${model.cutoff}`,
          `${s.iterations} sweeps in ${summary.seconds} s; log-likelihood ${summary.logLik}`,
          `correctly classified ${(100 * s.correctlyClassified).toFixed(1)}%, APRE ${summary.apre} (non-unanimous roll calls)`,
          `saved ${out}`,
        ].join("\n"),
      );
      for (const w of summary.warnings) warn(w);
    });
}
