/**
 * Shared by the scenario scripts in this folder (blinken-2022.ts,
 * jerusalem-2017.ts, hrc-suspension-2022.ts): loads a scenario file,
 * prepares its forecast once, runs it and a few variants on the same draws
 * (common random numbers, so differences between variants are not noise),
 * prints a readable report and, unless told not to, writes charts to out/.
 */
import { mean } from "simple-statistics";
import { fileURLToPath } from "node:url";
import {
  exportChart, findRollCall, formatTable, loadAssembly, loadScenario, prepareForecast, responseChart, rollCallVotes, runScenario, scenarioChart, scenarioText,
  loadLobbying, type ForecastSpec, type Intervention, type Scenario, type ScenarioResult,
} from "../src/index.ts";

/** A variant: the scenario's interventions changed, run on the same prepared forecast. */
export interface Variant {
  /** Row label in the variants table. */
  label: string;
  /** The interventions of the variant, from the scenario's (and the main result, e.g. to reuse the implied strength). */
  interventions: (base: readonly Intervention[], main: ScenarioResult) => Intervention[];
  /** Also solve for the implied strength in this variant. Default false. */
  implied?: boolean;
}

/** Options of {@link runScenarioScript}. */
export interface ScenarioScriptOptions {
  /** Variants to compare with the scenario. Default none. */
  variants?: Variant[];
  /** Write charts to out/<name>-scenario.png and out/<name>-response.png. Default true. */
  charts?: boolean;
  /** Where the report goes. Default: standard output. */
  print?: (text: string) => void;
  /** A closing note printed after the report. */
  note?: string;
  /** Symbol of the vote the scenario is about (e.g. "A/RES/ES-11/4"): the movable states' actual votes are shown, and how well each forecast predicted every state's vote. */
  actualVote?: string;
}

/** Runs scenarios/<name>.json and its variants and prints the report; returns the main result and the variants'. */
export async function runScenarioScript(name: string, options: ScenarioScriptOptions = {}): Promise<{ result: ScenarioResult; variants: ScenarioResult[] }> {
  const print = options.print ?? ((text: string) => process.stdout.write(text + "\n"));
  const t0 = performance.now();
  const assembly = loadAssembly();
  const scenario = loadScenario(fileURLToPath(new URL(`./${name}.json`, import.meta.url)), { states: assembly.states });
  const prepared = prepareForecast(scenario.forecast as ForecastSpec, { assembly });
  const result = runScenario(scenario, { assembly, prepared });
  print(scenarioText(result));
  if (!options.variants || options.variants.length === 0) print("\n" + campaignReport(result));

  const variants: ScenarioResult[] = [];
  if (options.variants && options.variants.length > 0) {
    const rows: string[][] = [["scenario (as in the file)", ...summaryCells(result)]];
    const base = [row(result, "baseline (no lobbying)")];
    for (const v of options.variants) {
      const s: Scenario = {
        ...scenario,
        interventions: v.interventions(scenario.interventions, result),
        curve: undefined,
        targets: undefined,
        observed: v.implied ? scenario.observed : undefined,
      };
      const r = runScenario(s, { assembly, prepared, baseline: result.forecasts.baseline });
      variants.push(r);
      const implied = impliedCell(r);
      rows.push([v.label, ...summaryCells(r), implied]);
    }
    print("");
    print("Variants (same draws)");
    print(formatTable(["", "expected yes", "yes 80%", "no", "abstain", "absent", "P(adopted)", "implied strength"], [...base, ...rows.map((r, i) => (i === 0 ? [...r, impliedCell(result)] : r))]));
  }
  print("\n" + campaignReport(result));
  if (options.actualVote) print("\n" + actualVotesReport(assembly, options.actualVote, result, variants, options.variants ?? []));
  if (options.note) print(`\n${options.note}`);

  if (options.charts ?? true) {
    const written = await writeCharts(name, result);
    if (written.length > 0) print(`\nwrote ${written.join(", ")}`);
  }
  print(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return { result, variants };
}

const WORD: Record<string, string> = { Y: "yes", A: "abstain", N: "no", X: "absent" };

/**
 * How the forecasts fare against the actual vote: the most movable states'
 * actual votes, and the mean log-loss of every state's actual outcome (yes,
 * abstain, no, absent) under the baseline, the scenario and each variant: if
 * lobbying of the modelled kind happened, the scenario should predict the
 * states' votes better than the baseline, not only the totals.
 */
function actualVotesReport(assembly: ReturnType<typeof loadAssembly>, symbol: string, result: ScenarioResult, variants: ScenarioResult[], specs: Variant[]): string {
  const actual = rollCallVotes(assembly, findRollCall(assembly, symbol)).votes;
  const key = { Y: "pYes", A: "pAbstain", N: "pNo", X: "pAbsent" } as const;
  const lines: string[] = [];
  const top = result.changes.slice(0, 10);
  lines.push(`The 10 most movable states and their actual vote on ${symbol}`);
  lines.push(formatTable(
    ["ISO3", "state", "P(yes) baseline", "scenario", "actual vote", "P(actual) baseline", "scenario"],
    top.map((c) => {
      const v = actual[c.iso3];
      return [c.iso3, c.name, pct(c.before.pYes), pct(c.after.pYes), v ? WORD[v] : "-", v ? pct(c.before[key[v]]) : "-", v ? pct(c.after[key[v]]) : "-"];
    }),
  ));
  const logLoss = (r: ScenarioResult, which: "baseline" | "scenario", only?: Set<string>) => {
    const losses: number[] = [];
    for (const c of r.forecasts[which].countries) {
      const v = actual[c.iso3];
      if (!v || (only && !only.has(c.iso3))) continue;
      losses.push(-Math.log(Math.max(1e-6, c[key[v]])));
    }
    return losses.length > 0 ? mean(losses).toFixed(3) : "-";
  };
  const targeted = new Set(result.changes.filter((c) => c.targeted).map((c) => c.iso3));
  const rows = [
    ["baseline (no lobbying)", logLoss(result, "baseline"), logLoss(result, "baseline", targeted)],
    ["scenario (as in the file)", logLoss(result, "scenario"), logLoss(result, "scenario", targeted)],
    ...variants.map((v, i) => [specs[i].label, logLoss(v, "scenario"), logLoss(v, "scenario", targeted)]),
  ];
  lines.push("", `Mean log-loss of each state's actual outcome on ${symbol} (lower is better; targets: the ${targeted.size} states the file's interventions target)`);
  lines.push(formatTable(["", "all states", "targets"], rows));
  return lines.join("\n");
}

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** "1.23 (0.60 campaigns)" for a result's implied strength, "none" or "". */
function impliedCell(r: ScenarioResult): string {
  const s = r.impliedStrength;
  if (!s) return "";
  if (s.strength === null) return "none";
  return s.campaigns != null ? `${s.strength.toFixed(2)} (${s.campaigns.toFixed(2)} campaigns)` : s.strength.toFixed(2);
}

/**
 * The scenario in the empirical unit (docs/lobbying.md, "Strength in typical
 * campaigns"): each intervention's strength in typical US important-vote
 * campaigns, and the implied strength placed among past votes'.
 */
export function campaignReport(r: ScenarioResult): string {
  const m = loadLobbying();
  const lines = [`In typical US important-vote campaigns (1 campaign = latent shift ${m.effect.estimate.toFixed(3)}, 90% ${m.effect.interval90[0].toFixed(3)}-${m.effect.interval90[1].toFixed(3)}; estimated on ${m.effect.votes} important votes ${m.from.slice(0, 4)}-${m.until.slice(0, 4)}, models/lobbying.json)`];
  r.interventions.forEach((iv, i) => lines.push(`  ${i}. ${iv.label}: strength ${iv.strength.toFixed(3)} latent = ${iv.campaigns.toFixed(2)} campaigns`));
  const s = r.impliedStrength;
  if (s && s.strength !== null && s.campaigns != null && s.placement) {
    const p = s.placement;
    lines.push(`  implied strength of "${s.intervention}": ${s.strength.toFixed(3)} latent = ${s.campaigns.toFixed(2)} typical campaigns`);
    lines.push(`  percentile: ${Math.round(p.percentileAmongCampaigns * 100)}th among past US important-vote campaigns (${m.implied.campaigns.length}), ${Math.round(p.percentileAmongNoCampaign * 100)}th among non-important votes (${m.implied.noCampaign.length}); ${Math.round(p.noCampaignAtLeast * 100)}% of no-campaign votes show a gap that large${p.beyondRange ? ` (beyond the ${m.implied.range[1].toFixed(1)} campaigns searched for past votes, whose values at that end mean "at least": the ranks are bounds)` : ""}`);
    lines.push(`  (past votes' implied strengths are for the US moving every member toward its vote; this scenario's intervention targets ${r.interventions[0]?.targets.length ?? 0} states, so read it as an order of magnitude)`);
  } else if (s) lines.push(`  implied strength: none in range`);
  return lines.join("\n");
}

function summaryCells(r: ScenarioResult): string[] {
  const s = r.scenario;
  return [s.expected.yes.toFixed(1), `${s.interval80.yes[0]}-${s.interval80.yes[1]}`, s.expected.no.toFixed(1), s.expected.abstain.toFixed(1), s.expected.absent.toFixed(1), `${(s.pAdopted * 100).toFixed(1)}%`];
}

function row(r: ScenarioResult, label: string): string[] {
  const s = r.baseline;
  return [label, s.expected.yes.toFixed(1), `${s.interval80.yes[0]}-${s.interval80.yes[1]}`, s.expected.no.toFixed(1), s.expected.abstain.toFixed(1), s.expected.absent.toFixed(1), `${(s.pAdopted * 100).toFixed(1)}%`, ""];
}

/** Writes the baseline-vs-scenario and response-curve charts. */
async function writeCharts(name: string, result: ScenarioResult): Promise<string[]> {
  const out: string[] = [];
  const scenarioPath = `out/${name}-scenario.png`;
  await exportChart(scenarioChart(result.forecasts.baseline, result.forecasts.scenario), scenarioPath);
  out.push(scenarioPath);
  if (result.curve) {
    const curvePath = `out/${name}-response.png`;
    await exportChart(responseChart(result.curve, { threshold: result.baseline.threshold, strengthTitle: curveTitle(result) }), curvePath);
    out.push(curvePath);
  }
  return out;
}

/** The response chart's x title: the latent unit, one typical campaign in it, and where the implied strength falls among past votes'. */
function curveTitle(result: ScenarioResult): string {
  const m = loadLobbying();
  const p = result.impliedStrength?.placement;
  const where = p ? `; implied ${p.campaigns.toFixed(1)} campaigns, above ${Math.round(p.percentileAmongCampaigns * 100)}% of past campaigns` : "";
  return `Strength of "${result.curveIntervention}" (latent shift; 1 typical US campaign = ${m.effect.estimate.toFixed(2)}${where})`;
}
