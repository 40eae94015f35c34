import { resolve } from "node:path";
import { loadAssembly } from "../data/loadAssembly.ts";
import type { Assembly } from "../data/types.ts";
import type { PreparedForecast } from "../forecast/PreparedForecast.ts";
import { prepareForecast } from "../forecast/prepareForecast.ts";
import { checkActual } from "../forecast/checkActual.ts";
import { simulateOutcome } from "../forecast/simulateOutcome.ts";
import type { Forecast, ForecastSpec } from "../forecast/types.ts";
import type { FittedModel } from "../model/types.ts";
import { bestTargets } from "./bestTargets.ts";
import { compareForecasts, summarizeForecast } from "./compareForecasts.ts";
import { impliedStrength } from "./impliedStrength.ts";
import { readJson } from "./loadScenario.ts";
import { lobbyingEffort, lobbyingShift } from "./lobbyingShift.ts";
import { outcomeEvaluator, type OutcomeEvaluator } from "./outcomeEvaluator.ts";
import { resolveInterventions } from "./resolveInterventions.ts";
import { responseCurve } from "./responseCurve.ts";
import type { Scenario, ScenarioResult } from "./types.ts";
import { validateScenario } from "./validateScenario.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { LobbyingModel } from "./lobbying/fitLobbying.ts";
import { loadLobbying } from "./lobbying/loadLobbying.ts";
import { placeImplied } from "./lobbying/placeImplied.ts";
import { modelForAsOf } from "../model/modelForAsOf.ts";
import { blocsFor } from "../forecast/blocsFor.ts";
import { applySpillover } from "./applySpillover.ts";
import { SPILLOVER_SHARE } from "./spillover.ts";

/** Options of {@link runScenario}. */
export interface RunScenarioOptions {
  /** The voting record. Default: the embedded one (`loadAssembly()`). */
  assembly?: Assembly;
  /** A fitted model for the base forecast (cutoff on or before asOf). Default: `prepareForecast`'s choice (a saved model or one fitted now). */
  model?: FittedModel;
  /** The base forecast already prepared from the scenario's spec (e.g. to run several scenarios on one forecast). Default: prepared here. */
  prepared?: PreparedForecast;
  /** The baseline, `simulateOutcome(prepared)`, when already computed (e.g. for several scenarios on one forecast). Default: simulated here. */
  baseline?: Forecast;
  /** The typical US campaign estimated from the record, for strengths in campaigns, "measured" susceptibility and reports in both units. Default: models/lobbying.json (`loadLobbying()`). */
  lobbying?: LobbyingModel;
  /** Folder a `forecast` path is relative to. Default: the working directory (`loadScenario` inlines paths relative to the file). */
  baseDir?: string;
}

/**
 * Runs a lobbying scenario: the base forecast, then the same draws with
 * every intervention's shift (common random numbers, so a zero strength
 * reproduces the baseline to the last digit and differences are not Monte
 * Carlo noise), compared state by state; plus, when the scenario asks, a
 * response curve over strength, the best k targets by greedy marginal gain
 * and the strength implied by an observed result. Interventions shift each
 * target's latent utility of yes (or absence log-odds) by strength x
 * susceptibility, the susceptibility defaulting to the target's recent
 * agreement with the lobbying side relative to the membership's mean
 * (vote coincidence as in Dreher, Nunnenkamp & Thiele 2008), or its
 * measured responsiveness to US campaigns. A strength may be given in
 * typical US important-vote campaigns (`{ campaigns: n }`, estimated from
 * the record, models/lobbying.json): each draw then uses its own strength
 * of one campaign drawn from the estimate's uncertainty, so intervals,
 * curves and targets carry it; every intervention is reported in both
 * units, and an implied strength is placed among past votes'; see
 * docs/lobbying.md for the model and its limits. Validates the scenario
 * first; does not modify it. Cost: one forecast preparation plus
 * O(draws x targets) per curve point (a 50-point curve with 10,000 draws
 * takes about 2 s).
 *
 * @example
 * const result = runScenario(loadScenario("scenarios/blinken-2022.json"));
 * result.delta.yes; // expected extra yes votes bought
 */
export function runScenario(input: Scenario, options: RunScenarioOptions = {}): ScenarioResult {
  const assembly = options.assembly ?? loadAssembly();
  const scenario = validateScenario(input, { states: assembly.states });
  const spec: ForecastSpec =
    typeof scenario.forecast === "string"
      ? (readJson(resolve(options.baseDir ?? process.cwd(), scenario.forecast), "forecast") as ForecastSpec)
      : scenario.forecast;
  const prepared = options.prepared ?? prepareForecast(spec, { assembly, ...(options.model ? { model: options.model } : {}) });
  checkActual(prepared.spec, prepared.nStates);
  const lobbying = options.lobbying ?? loadLobbying();
  const base = resolveInterventions(scenario, prepared, assembly, lobbying);
  const { susceptibility, candidates } = base;
  let { applied, resolved } = base;
  if (scenario.spillover !== undefined && scenario.spillover !== false) {
    const share = scenario.spillover === true ? SPILLOVER_SHARE : scenario.spillover;
    const model = options.model ?? modelForAsOf(assembly, prepared.spec.asOf);
    ({ applied, resolved } = applySpillover(applied, resolved, prepared, blocsFor(assembly, model, prepared.spec.asOf), share));
  }

  const baseline = options.baseline ?? simulateOutcome(prepared);
  if (baseline.members !== prepared.nStates) throw new PlenaryError(`invalid baseline; expected a forecast of ${prepared.nStates} states, got ${baseline.members}`);
  const effort = lobbyingEffort(prepared.nStates, applied);
  const lobbied = simulateOutcome(prepared, lobbyingShift(prepared, effort));
  const targeted = new Set(resolved.flatMap((r) => r.targets.map((t) => t.iso3)));
  const { delta, flips, changes } = compareForecasts(baseline, lobbied, targeted);

  let evaluator: OutcomeEvaluator | undefined;
  const getEvaluator = (): OutcomeEvaluator => {
    if (!evaluator) {
      evaluator = outcomeEvaluator(prepared);
      // the incremental evaluator mirrors simulateOutcome; if they ever disagree, say so rather than report wrong curves
      const e = evaluator.baseline;
      if (e.pAdopted !== baseline.pAdopted || (["yes", "no", "abstain", "absent"] as const).some((k) => e.expected[k] !== baseline.expected[k])) {
        throw new Error(`internal error: src/simulate's outcome evaluator disagrees with simulateOutcome (expected yes ${e.expected.yes} vs ${baseline.expected.yes}); update src/simulate/outcomeEvaluator.ts to match src/forecast/simulateOutcome.ts`);
      }
    }
    return evaluator;
  };
  const result: ScenarioResult = {
    title: scenario.title ?? prepared.spec.title,
    asOf: prepared.spec.asOf,
    rule: prepared.rule,
    baseline: summarizeForecast(baseline),
    scenario: summarizeForecast(lobbied),
    delta,
    flips,
    changes,
    interventions: resolved,
    ...(prepared.spec.actual ? { actual: { ...prepared.spec.actual } } : {}),
    forecasts: { baseline, scenario: lobbied },
  };
  if (scenario.curve) {
    const i = scenario.curve.intervention ?? 0;
    const from = scenario.curve.from ?? 0;
    const to = scenario.curve.to ?? (applied[i].strength > 0 ? 2 * applied[i].strength : 1);
    if (!(to > from)) throw new PlenaryError(`invalid curve.from; expected a number below curve.to (${to}): ${JSON.stringify(from)}`);
    const points = scenario.curve.points ?? 21;
    const strengths = Array.from({ length: points }, (_, k) => (k === points - 1 ? to : from + ((to - from) * k) / (points - 1)));
    result.curve = responseCurve(prepared, applied, { intervention: i, strengths }, getEvaluator()).map((p) => ({ ...p, campaigns: p.strength / lobbying.effect.estimate }));
    result.curveIntervention = applied[i].label;
  }
  if (scenario.targets) {
    const i = scenario.targets.intervention ?? 0;
    const pool = candidates(i, scenario.targets.pool);
    if (!(scenario.targets.k <= pool.length)) {
      throw new PlenaryError(`invalid targets.k; expected at most the ${pool.length} states in the pool: ${scenario.targets.k}`);
    }
    result.targets = bestTargets(
      prepared,
      applied,
      { intervention: i, k: scenario.targets.k, objective: scenario.targets.objective ?? "expectedYes", pool, susceptibility: pool.map((s) => susceptibility(i, s)) },
      getEvaluator(),
    );
    result.targetsIntervention = applied[i].label;
  }
  if (scenario.observed) {
    const o = scenario.observed;
    const match = o.match ?? "yes";
    if (!(o[match]! <= prepared.nStates)) throw new PlenaryError(`invalid observed.${match}; expected a count in [0, ${prepared.nStates}] (the members as of asOf): ${o[match]}`);
    const index = o.intervention ?? 0;
    const maxStrength = o.maxStrength ?? 10;
    // the curve's points bracket the root for free when they sweep the same intervention over [0, maxStrength]
    const c = scenario.curve;
    const known = result.curve && match === "yes" && (c?.intervention ?? 0) === index ? result.curve.map((p) => ({ strength: p.strength, expected: p.expectedYes })) : undefined;
    const implied = impliedStrength(prepared, applied, { observed: o[match]!, match, intervention: index, maxStrength, ...(known ? { known } : {}) }, getEvaluator());
    const campaigns = implied.strength === null ? null : implied.strength / lobbying.effect.estimate;
    result.impliedStrength = { ...implied, campaigns, ...(campaigns === null ? {} : { placement: placeImplied(lobbying, campaigns) }) };
  }
  return result;
}
