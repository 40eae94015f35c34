import { checkCouncilSpec } from "../council/checkCouncilSpec.ts";
import type { CouncilForecast, CouncilSpec } from "../council/types.ts";
import { formatTable } from "./formatTable.ts";
import { printJson, printText } from "./output.ts";
import { cacheDirFrom } from "./cacheDirOption.ts";

const pct = (p: number) => `${(100 * p).toFixed(p < 0.01 && p > 0 ? 1 : 0)}%`;

/** The Council forecast as text: outcome, vetoes, each member's probabilities. */
export function councilForecastText(f: CouncilForecast): string {
  const e = f.expected;
  const lines = [
    `${f.title}  (Security Council, as of ${f.asOf}; item ${f.agendaKey}, ${f.region})`,
    `P(adopted) ${pct(f.pAdopted)} (nine yes and no permanent member against)`,
    `expected ${e.yes.toFixed(1)} yes, ${e.no.toFixed(1)} no, ${e.abstain.toFixed(1)} abstaining, ${e.absent.toFixed(1)} not participating; yes 80% interval ${f.interval80.yes[0]}-${f.interval80.yes[1]}, 95% ${f.interval95.yes[0]}-${f.interval95.yes[1]}`,
    `veto (P of a no): ${Object.entries(f.vetoes).map(([m, p]) => `${m} ${pct(p)}`).join(", ")}`,
    ...f.warnings.map((w) => `warning: ${w}`),
    "",
    formatTable(
      ["ISO3", "member", "seat", "yes", "abstain", "no", "absent"],
      f.countries.map((c) => [c.iso3, c.name, c.permanent ? "permanent" : "elected", pct(c.pYes), pct(c.pAbstain), pct(c.pNo), pct(c.pAbsent)]),
    ),
  ];
  if (f.resembling.length) lines.push("", `earlier votes on the item: ${f.resembling.slice(0, 5).map((r) => `${r.symbol} ${r.date} ${r.yes}-${r.no}-${r.abstain}${r.vetoedBy.length ? ` vetoed by ${r.vetoedBy.join("+")}` : ""}`).join("; ")}`);
  return lines.join("\n");
}

/** `plenary forecast spec.json` for a spec with "body": "SC". */
export async function councilForecastCommand(raw: unknown, path: string, opts: { json?: boolean; chart?: string; cacheDir?: string; cache?: boolean }): Promise<void> {
  checkCouncilSpec(raw);
  const { forecastCouncil } = await import("../council/forecastCouncil.ts");
  const f = forecastCouncil(raw as CouncilSpec, { cacheDir: cacheDirFrom(opts) });
  if (opts.chart) {
    const { writeCouncilChart } = await import("../render/councilChart.ts");
    const wrote = await writeCouncilChart(f, opts.chart);
    (opts.json ? (t: string) => process.stderr.write(`${t}\n`) : printText)(`wrote ${wrote}`);
  }
  if (opts.json) return printJson({ ...f, specFile: path });
  printText(councilForecastText(f));
}
