import { PlenaryError } from "../util/PlenaryError.ts";
import { formatTable } from "./formatTable.ts";
import { printJson, printText } from "./output.ts";
import { progressBar } from "./progressBar.ts";
import type { CouncilBacktestRow } from "../council/councilBacktest.ts";

/** Parses `--years 2015-2025`; errors name the value. */
export function parseYears(value: string): [number, number] {
  const m = /^\s*(\d{4})(?:-(\d{4}))?\s*$/.exec(value);
  const from = m ? Number(m[1]) : NaN;
  const to = m ? Number(m[2] ?? m[1]) : NaN;
  if (!(from >= 1995 && to >= from && to <= 2100)) throw new PlenaryError(`invalid --years; expected a range like 2015-2025 within 1995-2100: ${JSON.stringify(value)}`);
  return [from, to];
}

const HEADER = ["segment", "method", "log-loss", "accuracy", "macro-F1", "Brier (adopted)", "log-loss (adopted)", "veto AUC", "vetoes caught", "member votes", "drafts"];
const cells = (r: CouncilBacktestRow) => [r.segment, r.method, r.logLoss.toFixed(3), r.accuracy.toFixed(3), r.macroF1.toFixed(3), r.brierAdopted.toFixed(3), r.logLossAdopted.toFixed(3), Number.isNaN(r.vetoAuc) ? "-" : r.vetoAuc.toFixed(3), `${r.vetoesCaught}/${r.vetoes}`, String(r.votes), String(r.resolutions)];

/** `plenary backtest --body SC`: the Council backtest's table, Markdown or JSON rows. */
export async function councilBacktestCommand(opts: { years: string; eachDayBefore?: boolean; draws: number; seed: number; json?: boolean; markdown?: boolean; cacheDir: string | null }): Promise<void> {
  const [from, to] = parseYears(opts.years);
  const { councilBacktest } = await import("../council/councilBacktest.ts");
  const r = councilBacktest({ from, to, eachDayBefore: opts.eachDayBefore, draws: opts.draws, seed: opts.seed, cacheDir: opts.cacheDir, onProgress: opts.json ? undefined : progressBar("Council backtest") });
  if (opts.json) return printJson({ body: "SC", years: r.years, eachDayBefore: !!opts.eachDayBefore, baselines: r.settings, rows: r.rows, vetoCalibration: r.vetoCalibration });
  const calHeader = ["P(no) forecast", "permanent members' votes", "mean P(no)", "share voting no"];
  const calCells = r.vetoCalibration.map((b) => [`${b.from.toFixed(2)}-${b.to.toFixed(2)}`, String(b.votes), b.meanP.toFixed(3), b.observed.toFixed(3)]);
  if (opts.markdown) {
    const md = (h: string[], rs: string[][]) => [`| ${h.join(" | ")} |`, `|${h.map(() => "---").join("|")}|`, ...rs.map((x) => `| ${x.join(" | ")} |`)].join("\n");
    printText(`${md(HEADER, r.rows.map(cells))}\n\nThe engine's veto probabilities against the record (permanent members' votes):\n\n${md(calHeader, calCells)}`);
    return;
  }
  printText(formatTable(HEADER, r.rows.map(cells)));
  printText(`\nThe engine's veto probabilities against the record (permanent members' votes):\n${formatTable(calHeader, calCells)}`);
  printText(`\nbaselines tuned on ${from - 5}-${from - 1}: all yes eps ${r.settings.allYesEps}, shares prior ${r.settings.sharesPrior}, last-vote keep ${r.settings.lastKeep}`);
}
