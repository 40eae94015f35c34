import type { Command } from "commander";
import type { BacktestResult, MethodScores } from "../forecast/backtest.ts";
import type { RevealResult } from "../forecast/revealBacktest.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { SEED_MAX } from "../model/checkSeed.ts";
import { checkChartPath } from "./checkChartPath.ts";
import { addCacheDirOption, cacheDirFrom, warn } from "./cacheDirOption.ts";
import { formatTable } from "./formatTable.ts";
import { printJson, printText } from "./output.ts";
import { progressBar } from "./progressBar.ts";
import { modelProvenance, provenance, type ModelProvenance } from "./provenance.ts";

/** Draws limits, the same as a forecast spec's `draws` (see checkSpec): a whole number in [100, 1000000]. */
export const DRAWS_RANGE = [100, 1_000_000] as const;

/** Parses `--draws`; errors name the value. */
export function parseDraws(value: string): number {
  const draws = Number(value);
  if (!(/^\s*\d+\s*$/.test(value) && DRAWS_RANGE[0] <= draws && draws <= DRAWS_RANGE[1])) {
    throw new PlenaryError(`invalid --draws; expected a whole number in [${DRAWS_RANGE[0]}, ${DRAWS_RANGE[1]}]: ${JSON.stringify(value)}`);
  }
  return draws;
}

/** Parses `--seed`: a whole number in [0, 4294967295] (see checkSeed); errors name the value. */
export function parseSeed(value: string): number {
  const seed = Number(value);
  if (!(/^\s*\d+\s*$/.test(value) && 0 <= seed && seed <= SEED_MAX)) throw new PlenaryError(`invalid --seed; expected a whole number in [0, ${SEED_MAX}]: ${JSON.stringify(value)}`);
  return seed;
}

/** Parses "70-74" or "70,72,74" into session numbers; errors name the value. */
export function parseSessions(value: string): number[] {
  const range = /^(\d{1,3})-(\d{1,3})$/.exec(value.trim());
  const out = range ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, k) => Number(range[1]) + k) : value.split(",").map((s) => Number(s.trim()));
  if (out.length === 0 || out.some((s) => !(Number.isInteger(s) && 1 <= s && s <= 200))) {
    throw new PlenaryError(`invalid --sessions; expected a range like 70-74 or a list like 70,72: ${JSON.stringify(value)}`);
  }
  return out;
}

const HEADER = ["method", "set", "log-loss", "accuracy", "macro-F1", "MAE yes", "MAE abstain", "MAE no", "80% cover (yes)", "95% cover (yes)"];
/** A coverage, or a dash for a baseline's (not comparable: see MethodScores). */
const cover = (x: number | null) => (x === null ? "—" : x.toFixed(2));
const row = (m: MethodScores) => {
  const f = (x: number, d = 3) => x.toFixed(d);
  return [m.method, m.set, f(m.logLoss), f(m.accuracy), f(m.macroF1), f(m.maeYes, 1), f(m.maeAbstain, 1), f(m.maeNo, 1), cover(m.coverage80), cover(m.coverage95)];
};
const markdown = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((x) => `| ${x.join(" | ")} |`)].join("\n");

/** The baselines' weights per segment kind and B5's choice, as a Markdown table. */
export function weightsTable(r: BacktestResult): string {
  const kinds = ["repeated", "novel", "emergency"] as const;
  return markdown(
    ["segment kind", "B2 weight", "B3 weight", "B5 uses"],
    kinds.map((k) => [k, k === "novel" ? `${r.weights.B2[k]} (no previous vote: B1)` : r.weights.B2[k], r.weights.B3[k], r.weights.B5[k].split(" ")[0]]),
  );
}

/** The backtest as Markdown tables: pooled scores per method, then scores per segment (tuning and held-out roll calls apart), then the baselines' weights. */
export function backtestTable(r: BacktestResult): string {
  const segments = r.segments.filter((s) => s.segment !== "all");
  const seg = markdown(
    ["segment", "roll calls", "votes", ...HEADER],
    segments.map((s) => [s.segment, s.resolutions, s.votes, ...row(s)]),
  );
  const note = "Coverage is the engine's alone: the baselines' intervals treat votes as independent (no common shock), so they are not comparable.";
  return `${markdown(HEADER, r.overall.map(row))}\n\nBy segment:\n\n${seg}\n\n${note}\n\nBaselines' weights (tuned per segment kind on the tuning votes):\n\n${weightsTable(r)}`;
}

/** Parses `--reveal 10,25,50`: whole numbers in [1, 150]; errors name the value. */
export function parseReveal(value: string): number[] {
  const out = value.split(",").map((x) => x.trim());
  if (out.length === 0 || out.length > 10 || out.some((x) => !/^\d{1,3}$/.test(x) || !(1 <= Number(x) && Number(x) <= 150))) {
    throw new PlenaryError(`invalid --reveal; expected a list of up to ten whole numbers in [1, 150] like 10,25,50: ${JSON.stringify(value.slice(0, 100))}`);
  }
  return out.map(Number);
}

/** Checks `--reveal-mode` (random or p5; p5 needs every K at least 5). */
export function parseRevealMode(value: string, reveal: number[] | undefined): "random" | "p5" {
  if (value !== "random" && value !== "p5") throw new PlenaryError(`invalid --reveal-mode; expected random or p5: ${JSON.stringify(value.slice(0, 100))}`);
  if (value === "p5" && reveal && reveal.some((k) => k < 5)) throw new PlenaryError(`invalid --reveal; p5 mode reveals the five permanent members first, so each K must be at least 5: ${reveal.join(",")}`);
  return value;
}

/** One K of a reveal backtest as a Markdown table; the baselines' cover is a dash (their intervals have no common shock: not comparable). */
export function revealTable(r: RevealResult): string {
  const f = (x: number, d = 3) => x.toFixed(d);
  const c = (x: RevealResult["rows"][number], v: number) => (x.method === "plenary" ? f(v, 2) : "—");
  return `Reveal K = ${r.k} (${r.mode}): unrevealed states scored\n\n` + markdown(
    ["segment", "roll calls", "votes", "method", "log-loss", "accuracy", "macro-F1", "MAE yes (unrevealed)", "80% cover", "95% cover", "surprises"],
    r.rows.filter((x) => x.segment !== "emergency" || x.resolutions > 0).map((x) => [x.segment, x.resolutions, x.votes, x.method, f(x.logLoss), f(x.accuracy), f(x.macroF1), f(x.maeYes, 1), c(x, x.coverage80), c(x, x.coverage95), x.surprises === null ? "" : f(x.surprises, 2)]),
  );
}

/** Registers `plenary backtest`; `--json` adds a `provenance` object (one model per forecast origin). */
export function registerBacktestCommand(program: Command): void {
  addCacheDirOption(program
    .command("backtest")
    .description("rolling backtest against baselines B1 (recent shares), B2 (shares + last vote), B3 (nearest title) and B5 (the best of them per segment kind), by segment, tuning and held-out votes apart")
    .option("--sessions <range>", "regular sessions to forecast, e.g. 70-74 or 75,76", "70-74")
    .option("--emergency", "instead: every emergency special session vote (ES-1 to ES-11), each forecast the day before")
    .option("--draws <n>", "Monte Carlo draws per forecast", "2000")
    .option("--seed <n>", "seed of the Monte Carlo draws", "1")
    .option("--json", "machine-readable output, with provenance")
    .option("--markdown", "print the pooled and segment tables as Markdown")
    .option("--chart <file>", "write the calibration (reliability) chart")
    .option("--reveal <list>", "also a reveal backtest: for each K (e.g. 10,25,50), reveal K states' actual positions per roll call and score the rest")
    .option("--reveal-mode <mode>", "how the revealed states are chosen: random, or p5 (the permanent members, then K - 5 drawn)", "random")
    .option("--body <body>", "GA (the Assembly, default) or SC (the Security Council: use --years)", "GA")
    .option("--years <range>", "with --body SC: years to forecast, e.g. 2015-2025", "2015-2025")
    .option("--each-day-before", "with --body SC: each vote from the record up to the day before (default: before the year's first vote)"))
    .action(async (opts: { sessions: string; emergency?: boolean; draws: string; seed: string; json?: boolean; markdown?: boolean; chart?: string; cacheDir?: string; cache?: boolean; reveal?: string; revealMode: string; body: string; years: string; eachDayBefore?: boolean }, command: Command) => {
      if (opts.body !== "GA" && opts.body !== "SC") throw new PlenaryError(`invalid --body; expected GA or SC: ${JSON.stringify(opts.body)}`);
      if (opts.body === "SC") {
        const { councilBacktestCommand } = await import("./councilBacktestCommand.ts");
        return councilBacktestCommand({ ...opts, draws: parseDraws(opts.draws), seed: parseSeed(opts.seed), cacheDir: cacheDirFrom(opts) });
      }
      // every option is checked before any work starts (the backtest takes minutes)
      if (opts.emergency && command.getOptionValueSource("sessions") === "cli") {
        throw new PlenaryError(`invalid --sessions; give either --sessions or --emergency, not both: ${JSON.stringify(opts.sessions)}`);
      }
      const sessions = opts.emergency ? undefined : parseSessions(opts.sessions);
      const reveal = opts.reveal === undefined ? undefined : parseReveal(opts.reveal);
      const revealMode = parseRevealMode(opts.revealMode, reveal);
      const draws = parseDraws(opts.draws);
      const seed = parseSeed(opts.seed);
      if (opts.chart !== undefined) checkChartPath(opts.chart, "--chart");
      const cacheDir = cacheDirFrom(opts);
      // the data, model and forecast code are loaded only once the options are valid
      const [{ loadAssembly }, { findModelForAsOf }, { backtest }] = await Promise.all([import("../data/loadAssembly.ts"), import("../model/modelForAsOf.ts"), import("../forecast/backtest.ts")]);
      const assembly = loadAssembly();
      const models: Record<string, ModelProvenance> = {};
      const modelFor = (asOf: string) => {
        const found = findModelForAsOf(assembly, asOf, { cacheDir, onWarning: warn });
        models[asOf] = modelProvenance(found);
        return found.model;
      };
      const r = backtest({ ...(sessions ? { sessions } : { emergency: true }), draws, seed, assembly, modelFor, onProgress: progressBar("backtest") });
      const revealed = reveal
        ? (await import("../forecast/revealBacktest.ts")).revealBacktest({ ...(sessions ? { sessions } : { emergency: true }), k: reveal, mode: revealMode, draws, seed, assembly, modelFor, onProgress: progressBar("reveal") })
        : undefined;
      if (opts.chart) {
        await (await import("./writeForecastCharts.ts")).writeCalibrationChart(r, opts.chart); // Vega loaded only for charts
        // on stdout with the text report, on stderr with --json (stdout stays one JSON document)
        if (opts.json) process.stderr.write(`wrote ${opts.chart}\n`);
      }
      const wrote = opts.chart ? `\nwrote ${opts.chart}` : "";
      if (opts.json) {
        const spec = { ...(sessions ? { sessions } : { emergency: true }), draws, seed, ...(reveal ? { reveal, revealMode } : {}) };
        return printJson({ ...r, ...(revealed ? { reveal: revealed.reveal, revealSeconds: revealed.seconds } : {}), provenance: provenance({ seed, draws, model: models, dataFingerprint: assembly.fingerprint, spec }) });
      }
      const revealTables = revealed ? "\n\n" + revealed.reveal.map(revealTable).join("\n\n") : "";
      if (opts.markdown) return printText(backtestTable(r) + revealTables + wrote);
      const label = opts.emergency ? "emergency special sessions" : `sessions ${r.sessions[0]}-${r.sessions[r.sessions.length - 1]}`;
      printText(`${label}: ${r.overall[0].resolutions} roll calls (${r.sets.heldOut} held out, ${r.sets.tuning} in a tuning set), ${r.overall[0].votes} votes; a previous vote on the same text for ${(r.matched * 100).toFixed(0)}%; ${r.seconds.toFixed(0)} s\n`);
      printText(formatTable(
        ["session", "set", "method", "log-loss", "accuracy", "macro-F1", "MAE yes", "cover80", "cover95"],
        r.bySession.map((m) => [m.session, m.set, m.method, m.logLoss.toFixed(3), m.accuracy.toFixed(3), m.macroF1.toFixed(3), m.maeYes.toFixed(1), cover(m.coverage80), cover(m.coverage95)]),
      ));
      printText("\npooled:\n" + backtestTable(r) + revealTables + wrote);
    });
}
