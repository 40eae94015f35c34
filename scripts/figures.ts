/**
 * `npm run figures`: re-runs every command whose figures the README and
 * docs/ quote (cheap and deterministic ones; see EXCLUDED), and fails when a
 * quoted figure differs from the fresh one by more than its stated precision
 * (one unit of its last decimal). Generated blocks and inline figures are
 * marked in the Markdown (see scripts/figuresCheck.ts).
 *
 *   npm run figures               # check README.md and docs/*.md; fresh figures to out/figures.json
 *   npm run figures -- --write    # rewrite the blocks and inline figures, and docs/figures.json
 *
 * Runs, two at a time: `plenary backtest --sessions 70-74 --json`, the same
 * for 75-79, `plenary backtest --emergency --json`, the baselines' tuning
 * (`BASELINES=1 scripts/tuneForecast.ts`, in process) and
 * `scripts/fitQuality.ts`. 192-210 s on the shared 2-core machine (load
 * about 9) with the models cached; the first run also fits and caches the
 * emergency backtest's models (about 2.5 minutes more).
 */
import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  B5_CHOICE, BASELINE_WEIGHTS, FORECAST_SETTINGS, TUNING_SETS, baselineTuningVotes, loadAssembly, tuneBaselines, writeAtomic,
  type BacktestResult, type MethodScores, type SegmentScores,
} from "../src/index.ts";
import { checkText, type FigureProblem } from "./figuresCheck.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const write = process.argv.includes("--write");
const t0 = performance.now();
const DRAWS = 2000;
const SEED = 1;

/** What the README or docs quote that this script does not re-run, and why. */
const EXCLUDED = [
  { what: "reveal backtests (README: With known positions; backtest --reveal 10,25,50)", why: "30-40 minutes each on a 2-core machine: far beyond the 10-minute budget" },
  { what: "hostile-inputs run (scripts/hostileInputs.ts) and its limits", why: "timed by design (CPU budgets); its pass/fail is tested in tests/cli/hostileInputs.test.ts" },
  { what: "every timing (seconds, minutes) quoted anywhere", why: "depends on the machine and its load: not checkable" },
  { what: "the engine's tuning tables of docs/forecast.md (scripts/tuneForecast.ts grids)", why: "each grid point is a backtest of 62-69 (minutes); the baselines' tuning, seconds, is re-run" },
  { what: "bench/ timings, notebook outputs, chart images", why: "timings; images are checked by their own tests (spec hashes)" },
];

/** Runs a command of the repository, resolving with its stdout. */
function run(args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", ...args], { cwd: ROOT, env: { ...process.env, TZ: "UTC", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(" ")} exited with ${code}: ${err.slice(-2000)}`))));
  });
}

/** Runs jobs at most `n` at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < jobs.length) {
      const k = next++;
      out[k] = await jobs[k]();
    }
  }));
  return out;
}

const backtestArgs = (extra: string[]) => ["src/cli/main.ts", "backtest", ...extra, "--draws", String(DRAWS), "--seed", String(SEED), "--json"];
// FIGURES_REUSE=1 (editing prose only, never in CI): the runs of the last check, from out/figures-runs.json
const reuse = process.env.FIGURES_REUSE ? JSON.parse(readFileSync(join(ROOT, "out/figures-runs.json"), "utf8")) as string[] : null;
const runs = reuse ?? await pool<string>([
  () => run(backtestArgs(["--sessions", "70-74"])),
  () => run(backtestArgs(["--sessions", "75-79"])),
  () => run(backtestArgs(["--emergency"])),
  () => run(["scripts/fitQuality.ts"]),
], 2);
mkdirSync(join(ROOT, "out"), { recursive: true });
if (!reuse) writeAtomic(join(ROOT, "out/figures-runs.json"), JSON.stringify(runs));
const [bt7074, bt7579, btEmergency, fitQualityText] = runs;
const results: Record<string, BacktestResult> = { "70-74": JSON.parse(bt7074), "75-79": JSON.parse(bt7579), emergency: JSON.parse(btEmergency) };
const tuning = tuneBaselines(baselineTuningVotes(loadAssembly()));

// ---- figures (flat keys) ----
const SHORT: Record<string, string> = { plenary: "plenary", "B1 recent shares": "B1", "B2 shares + last vote": "B2", "B3 nearest title": "B3", "B5 best baseline": "B5" };
const METRICS = ["logLoss", "accuracy", "macroF1", "maeYes", "maeAbstain", "maeNo", "coverage80", "coverage95", "resolutions", "votes"] as const;
const figures: Record<string, number> = {};
const put = (prefix: string, m: MethodScores) => {
  for (const k of METRICS) if (m[k] !== null) figures[`${prefix}.${SHORT[m.method]}.${k}`] = m[k] as number;
};
for (const [name, r] of Object.entries(results)) {
  for (const m of r.overall) put(`bt.${name}.overall`, m);
  for (const s of r.segments) put(`bt.${name}.${s.segment}.${s.set}`, s);
  figures[`bt.${name}.matched`] = r.matched;
  figures[`bt.${name}.sets.tuning`] = r.sets.tuning;
  figures[`bt.${name}.sets.heldOut`] = r.sets.heldOut;
}
for (const kind of ["repeated", "novel", "emergency"] as const) {
  figures[`tune.${kind}.votes`] = tuning.votes[kind];
  figures[`tune.${kind}.B2.weight`] = tuning.B2[kind];
  figures[`tune.${kind}.B3.weight`] = tuning.B3[kind];
  for (const [b, short] of [["B1 recent shares", "B1"], ["B2 shares + last vote", "B2"], ["B3 nearest title", "B3"]] as const) figures[`tune.${kind}.${short}.logLoss`] = tuning.best[kind][b];
}

// ---- generated blocks ----
const f = (x: number, d = 3) => x.toFixed(d);
const n = (x: number) => x.toLocaleString("en-US");
const cover = (x: number | null) => (x === null ? "—" : f(x, 2));
const md = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((x) => `| ${x.join(" | ")} |`)].join("\n");

function backtestBlock(r: BacktestResult): string {
  const pooled = md(
    ["method", "log-loss", "accuracy", "macro-F1", "MAE yes", "MAE abstain", "MAE no", "80% cover (yes)", "95% cover (yes)"],
    r.overall.map((m) => [m.method, f(m.logLoss), f(m.accuracy), f(m.macroF1), f(m.maeYes, 1), f(m.maeAbstain, 1), f(m.maeNo, 1), cover(m.coverage80), cover(m.coverage95)]),
  );
  const rows: (string | number)[][] = [];
  for (const seg of ["repeated", "novel", "emergency", "important"]) {
    for (const set of ["held-out", "tuning"] as const) {
      const of = (m: string) => r.segments.find((s) => s.segment === seg && s.set === set && s.method === m);
      const p = of("plenary");
      if (!p) continue;
      const label = set === "tuning" ? `${seg} (tuning)` : seg;
      for (const [k, m] of [p, of("B1 recent shares")!, of("B5 best baseline")!].entries()) {
        rows.push([k === 0 ? label : "", k === 0 ? m.resolutions : "", k === 0 ? n(m.votes) : "", m.method.split(" ")[0], f(m.logLoss), f(m.accuracy), f(m.macroF1), f(m.maeYes, 1), cover(m.coverage80), cover(m.coverage95)]);
      }
    }
  }
  const segments = md(["segment", "roll calls", "votes", "method", "log-loss", "accuracy", "macro-F1", "MAE yes", "80% cover", "95% cover"], rows);
  return `${pooled}\n\n${segments}\n`;
}

function emergencyBlock(r: BacktestResult): string {
  const rows: (string | number)[][] = [];
  for (const set of ["held-out", "tuning"] as const) {
    const seg = r.segments.filter((s: SegmentScores) => s.segment === "emergency" && s.set === set);
    seg.forEach((m, k) => {
      rows.push([k === 0 ? (set === "held-out" ? "held out (2015 on)" : "tuning (before 2015)") : "", k === 0 ? m.resolutions : "", k === 0 ? n(m.votes) : "", m.method, f(m.logLoss), f(m.accuracy), f(m.macroF1), f(m.maeYes, 1), f(m.maeAbstain, 1), cover(m.coverage80), cover(m.coverage95)]);
    });
  }
  return md(["votes", "roll calls", "votes cast", "method", "log-loss", "accuracy", "macro-F1", "MAE yes", "MAE abstain", "80% cover", "95% cover"], rows) + "\n";
}

function weightsBlock(): string {
  const kinds = ["repeated", "novel", "emergency"] as const;
  const where = { repeated: "repeated texts of 62-69", novel: "novel texts of 54-69", emergency: "emergency votes before 2015" };
  return md(
    ["segment kind", "tuning votes", "B1 log-loss", "B2 weight", "B2 log-loss", "B3 weight", "B3 log-loss", "B5 uses"],
    kinds.map((k) => [`${k} (${where[k]})`, n(tuning.votes[k]), f(tuning.best[k]["B1 recent shares"]), k === "novel" ? "— (no previous vote)" : tuning.B2[k], f(tuning.best[k]["B2 shares + last vote"]), tuning.B3[k], f(tuning.best[k]["B3 nearest title"]), tuning.B5[k].split(" ")[0]]),
  ) + "\n";
}

/** fitQuality's report without its timing line, as an indented block. */
const fitQualityBlock = "\n" + fitQualityText.trim().split("\n").filter((l) => !l.startsWith("fit:")).map((l) => `    ${l}`).join("\n") + "\n\n";

const blocks: Record<string, string> = {
  "backtest-70-74": backtestBlock(results["70-74"]),
  "backtest-75-79": backtestBlock(results["75-79"]),
  "backtest-emergency": emergencyBlock(results.emergency),
  "baseline-weights": weightsBlock(),
  "fit-quality": fitQualityBlock,
};

// ---- the check ----
const problems: FigureProblem[] = [];
let checked = 0;
const files = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((x) => x.endsWith(".md")).map((x) => `docs/${x}`)];
for (const file of files) {
  const text = readFileSync(join(ROOT, file), "utf8");
  const r = checkText(file, text, blocks, figures);
  problems.push(...r.problems);
  checked += r.checked;
  if (write && r.written !== text) {
    writeAtomic(join(ROOT, file), r.written);
    console.log(`wrote ${file}`);
  }
}

let commit = "unknown";
try {
  commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
} catch {
  // not a git checkout
}
const doc = {
  generatedBy: "npm run figures",
  commit,
  settings: {
    draws: DRAWS,
    seed: SEED,
    engine: Object.fromEntries(Object.entries(FORECAST_SETTINGS).map(([k, v]) => [k, v.default])),
    baselines: { ...BASELINE_WEIGHTS, B5: B5_CHOICE },
    tuningSets: Object.fromEntries(Object.entries(TUNING_SETS).map(([k, v]) => [k, v.doc])),
  },
  excluded: EXCLUDED,
  figures,
  blocks,
};
const seconds = (performance.now() - t0) / 1000;
if (write) {
  writeAtomic(join(ROOT, "docs/figures.json"), JSON.stringify(doc, null, 2) + "\n");
  console.log("wrote docs/figures.json");
} else {
  writeAtomic(join(ROOT, "out/figures.json"), JSON.stringify(doc, null, 2) + "\n");
  // the committed figures.json must hold the fresh figures too (its commit aside)
  let committed: typeof doc = { ...doc, figures: {} };
  try {
    committed = JSON.parse(readFileSync(join(ROOT, "docs/figures.json"), "utf8")) as typeof doc;
  } catch (e) {
    problems.push({ file: "docs/figures.json", where: "(file)", quoted: (e as Error).message.slice(0, 200), fresh: "(run npm run figures -- --write)" });
  }
  for (const [k, v] of Object.entries(figures)) {
    const c = committed.figures[k];
    if (c === undefined || Math.abs(c - v) > 1e-9 * Math.max(1, Math.abs(v))) problems.push({ file: "docs/figures.json", where: k, quoted: String(c), fresh: String(v) });
  }
  for (const k of Object.keys(committed.figures)) if (!(k in figures)) problems.push({ file: "docs/figures.json", where: k, quoted: String(committed.figures[k]), fresh: "(no longer computed)" });
}
console.log(`${checked} quoted figures checked in ${files.length} files, ${Object.keys(figures).length} figures computed; ${seconds.toFixed(0)} s`);
if (problems.length > 0 && !write) {
  console.error(`${problems.length} figure(s) differ from the fresh ones (run \`npm run figures -- --write\` after checking why):`);
  for (const p of problems.slice(0, 50)) console.error(`  ${p.file}: ${p.where}: quoted ${p.quoted}, fresh ${p.fresh}`);
  process.exit(1);
}
if (problems.length > 0) for (const p of problems.filter((x) => x.fresh.startsWith("(no such"))) console.error(`  ${p.file}: ${p.where}: ${p.fresh}`);
