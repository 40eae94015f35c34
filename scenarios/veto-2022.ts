/**
 * Lobbying in the Security Council: the draft on the annexations of four
 * Ukrainian regions (S/2022/720, 30 September 2022; 10 yes, Russia no,
 * Brazil, China, Gabon and India abstaining: vetoed), forecast as of 29
 * September from the record before it. Prints the forecast and the veto
 * probabilities, the members the sponsors would have had to win for nine
 * votes (and beyond: the abstainers), what pressure on Russia's veto would
 * have done to P(adopted), and counter-lobbying of the swing members.
 *
 * Run: npx tsx scenarios/veto-2022.ts
 */
import { readFileSync } from "node:fs";
import { councilCounterLobbying, councilVetoPressure, councilWinOver, forecastCouncil, type CouncilForecast, type CouncilSpec } from "../src/index.ts";

/** The forecast in a few lines: outcome, vetoes, each member's probabilities. */
function councilForecastText(f: CouncilForecast): string {
  const pct = (p: number) => `${(100 * p).toFixed(0)}%`;
  return [
    `${f.title} (as of ${f.asOf}): P(adopted) ${pct(f.pAdopted)}, expected ${f.expected.yes.toFixed(1)} yes, ${f.expected.no.toFixed(1)} no, ${f.expected.abstain.toFixed(1)} abstaining`,
    `veto (P of a no): ${Object.entries(f.vetoes).map(([m, p]) => `${m} ${pct(p)}`).join(", ")}`,
    ...f.countries.map((c) => `  ${c.iso3} ${c.permanent ? "P5" : "  "} yes ${pct(c.pYes).padStart(4)}  abstain ${pct(c.pAbstain).padStart(4)}  no ${pct(c.pNo).padStart(4)}`),
  ].join("\n");
}

/** Runs the scenario and prints it (or hands the text to `print`). */
export function veto2022(options: { print?: (text: string) => void } = {}) {
  const print = options.print ?? ((t: string) => console.log(t));
  const spec = JSON.parse(readFileSync(new URL("./sc-2022-720.json", import.meta.url), "utf8")) as CouncilSpec;
  const f = forecastCouncil(spec);
  print(councilForecastText(f));
  const pct = (p: number) => `${(100 * p).toFixed(1)}%`;
  print(`\nP(at least nine yes) ${pct(f.pNineYes)}; P(adopted) ${pct(f.pAdopted)}; actual: 10 yes, Russia no (veto), 4 abstaining`);
  const win = councilWinOver(spec, { k: 5, target: 0.99 });
  print("\nmembers to win over (greedy, each won outright):");
  for (const p of win.picks) print(`  + ${p.iso3} (P(yes) was ${pct(p.pYesBefore)}): P(nine yes) ${pct(p.pNineYes)}, P(adopted) ${pct(p.pAdopted)}, expected yes ${p.expectedYes.toFixed(1)}`);
  const abstainers = ["BRA", "GAB", "IND", "CHN"];
  const all = forecastCouncil({ ...spec, known: Object.fromEntries(abstainers.map((m) => [m, "Y" as const])) });
  print(`\nwinning all four abstainers (Brazil, Gabon, India, China): expected yes ${all.expected.yes.toFixed(1)}, P(nine yes) ${pct(all.pNineYes)}, P(adopted) ${pct(all.pAdopted)}: the veto remains`);
  print("\npressure on Russia's veto (share of its P(no) moved to abstention):");
  const pressure = councilVetoPressure(spec, "RUS", [0, 0.25, 0.5, 0.75, 0.9, 1]);
  for (const r of pressure) print(`  strength ${r.strength.toFixed(2)}: P(RUS no) ${pct(r.pNo)}, P(adopted) ${pct(r.pAdopted)}`);
  const swing = f.countries.filter((c) => !c.permanent && c.pYes > 0.2 && c.pYes < 0.8).map((c) => c.iso3);
  const won = win.picks.slice(0, 2).map((p) => p.iso3);
  const pulled = swing.filter((m) => !won.includes(m));
  const counter = councilCounterLobbying(spec, won, pulled, 0.5);
  print(`\ncounter-lobbying: sponsors win ${won.join(", ")}; opponents pull ${pulled.join(", ")} halfway to abstention: P(nine yes) ${pct(counter.without.pNineYes)} -> ${pct(counter.with.pNineYes)}`);
  return { forecast: f, win, pressure, counter };
}

if (import.meta.url === `file://${process.argv[1]}`) veto2022();
