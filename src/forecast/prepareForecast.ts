import { checkForecastOptions } from "./checkForecastOptions.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { findRollCall } from "../data/findRollCall.ts";
import { loadAssembly } from "../data/loadAssembly.ts";
import { dayNumber, sessionKind, sessionPeriod } from "../data/sessionPeriod.ts";
import type { Assembly, RollCall } from "../data/types.ts";
import { letterOfOutcome, outcomeOfLetter } from "../data/voteCodes.ts";
import type { FittedModel } from "../model/types.ts";
import { planHabits } from "./planHabits.ts";
import { checkSpec } from "./checkSpec.ts";
import { conditionOnKnown, softUtilities } from "./conditionOnKnown.ts";
import { blocsFor } from "./blocsFor.ts";
import { blocTerms } from "./blocTerms.ts";
import { drawForecast, planDraws, type DrawPlan } from "./drawForecast.ts";
import { findResembling, type Resembling } from "./findResembling.ts";
import { resolveForecastSettings, type ForecastSettingName } from "./forecastSettings.ts";
import { groupComponents, type Component } from "./groupComponents.ts";
import { isFirstVote } from "./isFirstVote.ts";
import { isResumedPart } from "./isResumedPart.ts";
import { novelAbsenceExcess } from "./novelAbsenceExcess.ts";
import { issueFor, issuesOf } from "./issueFor.ts";
import { membersAsOf } from "./membersAsOf.ts";
import { modelForAsOf } from "../model/modelForAsOf.ts";
import type { PreparedForecast } from "./PreparedForecast.ts";
import { statesOutcome, type OutcomeProbabilities } from "./statesOutcome.ts";
import type { ForecastSettings } from "./forecastSettings.ts";
import { stateStep, type StatePriors } from "./stateStep.ts";
import type { ForecastSpec, VoteKind } from "./types.ts";
import type { VoteLetter } from "../data/types.ts";

/** Options of `prepareForecast` and `forecastResolution`: the data, the model, and the engine's settings (see FORECAST_SETTINGS in ./forecastSettings.ts for each default and range). */
export type ForecastOptions = Partial<Record<ForecastSettingName, number>> & {
  /** The voting record. Default: the embedded one (`loadAssembly()`). */
  assembly?: Assembly;
  /** A fitted model whose cutoff is on or before asOf. Default: `modelForAsOf(assembly, asOf)` (saved or fitted now). */
  model?: FittedModel;
  /** Progress callback for an on-the-fly fit. */
  onProgress?: (fraction: number, message: string) => void;
  /**
   * Soft positions by ISO3: evidence about a state's vote that is not its vote on this roll call (a Security
   * Council member's vote on a related draft), with the weight of its likelihood in (0, 1]. It informs the
   * posterior (the roll call, the camps, the state's own draws) but the state is still forecast. Non-members
   * and states whose vote is in `known` are left out.
   */
  softKnown?: Record<string, { vote: VoteLetter; weight: number }>;
};

/** How far past the last recorded vote a forecast may be asked for (three years). */
const HORIZON_DAYS = 3 * 365;
const SETTING_KEYS = new Set(["assembly", "model", "onProgress", "softKnown"]);

/**
 * Prepares a forecast of a new resolution: the Monte Carlo draws behind
 * `forecastResolution`, in named stages (docs/forecast.md):
 *
 * 1. settings (`resolveForecastSettings`) and the spec (`checkSpec`); the
 *    spec's symbols and states are checked against the data before any fit;
 * 2. resembling roll calls: the spec's `like` as given, or found from the
 *    title and text (`findResembling`); only votes strictly before asOf;
 * 3. mixture components (`groupComponents`): resembling votes that split the
 *    assembly differently are kept apart, plus a broad component for "a
 *    split unlike any of these" drawn from recent roll calls;
 * 4. the per-state step (`stateStep`): positions projected to asOf,
 *    residuals, bands and habits per component, absence;
 * 5. the draws, shared among components by weight: planned per draw
 *    (`planDraws`), each state's values computed where needed (`drawState`);
 * 6. conditioning on known positions (`conditionOnKnown`, which reads only
 *    the known states' draws), which moves weight between components and
 *    never refuses; surprising known votes are listed; then every state's
 *    draws, in the resampled order, habits included (`planHabits`,
 *    `drawForecast`);
 * 7. the turnout shock; the uniforms for sampling votes are computed from
 *    `uniformSeed` where used (common random numbers for lobbying
 *    scenarios).
 *
 * Cost: O(draws x states); about 0.2 s for 10,000 draws with a saved model
 * (`npm run bench -- forecast`).
 */
export function prepareForecast(specInput: ForecastSpec, options: ForecastOptions = {}): PreparedForecast {
  const spec = checkSpec(specInput);
  checkForecastOptions(options); // guard at the door (hostile inputs, #24)
  const settings = resolveForecastSettings(
    Object.fromEntries(Object.entries(options).filter(([k]) => !SETTING_KEYS.has(k))) as Partial<Record<string, number>>,
  );
  const assembly = options.assembly ?? loadAssembly();
  const first = assembly.rollCalls[0]?.date ?? "";
  if (!(spec.asOf > first)) throw new PlenaryError(`invalid asOf; the record starts on ${first}, so nothing is known before ${JSON.stringify(spec.asOf)}`);
  const warnings: string[] = [];
  const last = assembly.rollCalls[assembly.rollCalls.length - 1]?.date ?? first;
  const daysAfter = dayNumber(spec.asOf) - dayNumber(last);
  if (daysAfter > HORIZON_DAYS) {
    throw new PlenaryError(`invalid asOf; the record ends on ${last}, and ${JSON.stringify(spec.asOf)} is more than three years later (refresh the data with \`plenary data build --official FILE\`)`);
  }
  if (daysAfter > 90) {
    warnings.push(`asOf ${spec.asOf} is ${daysAfter} days after the last recorded vote (${last}): positions are projected that far along the random walk, so intervals are wider, and nothing that happened since is known`);
  }
  // without a session, the regular session in progress by the calendar (any non-regular label does)
  const period = sessionPeriod(spec.session ?? "ES-0", spec.asOf);
  const { columns } = membersAsOf(assembly, spec.asOf);
  const S = columns.length;
  const states = columns.map((c) => ({ iso3: assembly.states[c].iso3, name: assembly.states[c].name, group: assembly.states[c].group }));
  const col = new Map(states.map((s, k) => [s.iso3, k]));
  const fixed = new Int8Array(S).fill(-1);
  for (const [iso3, v] of Object.entries(spec.known ?? {})) {
    const s = col.get(iso3);
    if (s === undefined) throw new PlenaryError(`invalid known.${iso3}; not a member state as of ${spec.asOf}: ${JSON.stringify(iso3)}`);
    fixed[s] = outcomeOfLetter(v);
  }
  const soft = new Map<number, { outcome: number; weight: number }>();
  for (const [iso3, p] of Object.entries(options.softKnown ?? {})) {
    const s = col.get(iso3);
    if (s === undefined || fixed[s] >= 0) continue; // not a member then, or its vote here is known
    if (!(0 < p.weight && p.weight <= 1)) throw new PlenaryError(`invalid softKnown.${iso3}.weight; expected a number in (0, 1]: ${p.weight}`);
    soft.set(s, { outcome: outcomeOfLetter(p.vote), weight: p.weight });
  }
  const likeCalls = (spec.like ?? []).map((symbol, k) => {
    let rc: RollCall;
    try {
      rc = findRollCall(assembly, symbol);
    } catch (e) {
      throw new PlenaryError(`invalid like[${k}]; ${(e as Error).message}`);
    }
    if (rc.date >= spec.asOf) throw new PlenaryError(`invalid like[${k}]; ${rc.symbol} was voted on ${rc.date}, not before asOf ${spec.asOf}`);
    return rc;
  });
  likeCalls.forEach((rc, k) => {
    const j = likeCalls.findIndex((o) => o.undlId === rc.undlId);
    if (j < k) throw new PlenaryError(`invalid like[${k}]; the same roll call as like[${j}]: ${JSON.stringify(spec.like?.[k])}`);
  });

  const model = options.model ?? modelForAsOf(assembly, spec.asOf, { onProgress: options.onProgress, ...(spec.dims ? { dims: spec.dims } : {}) });
  if (model.fingerprint !== assembly.fingerprint) {
    throw new PlenaryError(`model fitted on other data; fingerprint ${JSON.stringify(model.fingerprint)} does not match the data's ${JSON.stringify(assembly.fingerprint)}`);
  }
  if (model.cutoff > spec.asOf) {
    throw new PlenaryError(`model uses data up to ${model.cutoff}, after asOf ${spec.asOf}; fit one with --until ${spec.asOf} (no leakage allowed)`);
  }
  if (spec.dims && model.dims !== spec.dims) throw new PlenaryError(`invalid dims; the model given has ${model.dims} dimension(s), the spec asks for ${spec.dims}`);
  const params = new Map(model.rollCalls.map((r) => [r.undlId, r]));
  const spatial = (rc: RollCall) => params.get(rc.undlId)?.beta.some((b) => b !== 0) ?? false;
  likeCalls.forEach((rc, k) => {
    if (!params.has(rc.undlId)) throw new PlenaryError(`invalid like[${k}]; ${rc.symbol} (${rc.date}) is outside the model's data (${model.from} to ${model.cutoff})`);
  });

  // resembling roll calls: given, or found
  const rowOf = (rc: RollCall) => rowIndex(assembly, rc);
  let resembling: Resembling[];
  if (likeCalls.length > 0) {
    const latest = Math.max(...likeCalls.map((rc) => rc.period));
    resembling = likeCalls.map((rc) => ({ row: rowOf(rc), rollCall: rc, similarity: 1, weight: settings.recencyDecay ** (latest - rc.period), sameText: true }));
  } else {
    resembling = findResembling(assembly.rollCalls, { title: spec.title, text: spec.text, session: spec.session, asOf: spec.asOf, period }, settings, spatial);
  }
  const issue = issueFor(spec);
  const kind: VoteKind =
    spec.session && sessionKind(spec.session) === "emergency" ? "emergency" : resembling.some((r) => r.sameText) ? "repeated" : "novel";
  const broadPool =
    kind === "novel" && settings.novelPoolSessions > 0
      ? recentPool(assembly, spec.asOf, period - settings.novelPoolSessions, spatial, issue?.code, (row) => isFirstVote(assembly, row))
      : recentPool(assembly, spec.asOf, period - settings.broadSessions, spatial, issue?.code);
  const components = groupComponents(resembling, broadPool, kind, assembly.matrix, settings);
  if (components.length === 0) throw new PlenaryError(`invalid asOf; no roll call with a spatial split in the model before ${spec.asOf} to forecast from`);

  const absenceKind = spec.session ? sessionKind(spec.session) : resembling[0]?.rollCall.kind ?? "regular";
  const voteDate = spec.voteDate ?? spec.asOf;
  const resumedPart = isResumedPart(voteDate, absenceKind, sessionPeriod(spec.session ?? "ES-0", voteDate));
  // a novel text draws more absences than its resembling (mostly repeated) texts show: add the recent excess on first votes
  const absenceShift = kind === "novel" && settings.novelAbsence > 0 ? settings.novelAbsence * novelAbsenceExcess(assembly, spec.asOf, period - settings.novelPoolSessions) : 0;
  const priors = stateStep(assembly, model, columns, states.map((s) => s.iso3), components, period, { sessionKind: absenceKind, resumedPart, absenceShift }, settings);
  // the camps: states whose residuals move together, estimated from the record before asOf
  if (settings.blocShare > 0) priors.blocs = blocTerms(blocsFor(assembly, model, spec.asOf, { sessions: settings.blocSessions, factors: settings.blocFactors }), states.map((s) => s.iso3), settings.blocShare);
  const factors = priors.blocs ? priors.blocs.factors : 0;
  // One stream, seededRandom(spec.seed), read by position (uniformAt): the plan takes each draw's
  // numbers and leaves room for its states' uniforms, computed only when a state's draw is.
  const D = spec.draws;
  const prior = planDraws(components, priors, S, model.dims, D, spec.seed, 0, settings.shockDf, factors, settings.habitSd);
  const conditioning = conditionOnKnown(prior, components, priors, fixed, {
    breakaway: settings.breakaway,
    moves: settings.moveSteps,
    particles: settings.particles,
    power: kind === "novel" ? settings.knownPowerNovel : settings.knownPower,
    ...(soft.size > 0 ? { soft } : {}),
    turnoutSd: settings.turnoutSd,
    start: prior.end,
  });
  const plan = conditioning.plan;
  let position = conditioning.end;
  const habits = settings.habitWeight > 0 ? planHabits(plan.component, priors, settings.habitMargin, spec.seed, position) : null;
  if (habits) position = habits.end;
  const draws = drawForecast(plan, priors, null, habits, fixed);
  if (conditioning.softParts) softUtilities(plan, priors, conditioning.softParts, soft, settings.habitWeight > 0 ? settings.habitMargin : 0, draws.eta, draws.band);
  const absentShock = turnoutShock(plan.turnout, settings.turnoutSd);
  const anyKnown = conditioning.priorProbability.size > 0 || soft.size > 0;
  const withoutKnown = anyKnown ? outlookWithout(prior, priors, settings, spec.seed, position) : undefined;

  const surprises = [...conditioning.posteriorProbability.entries()]
    .filter(([, p]) => p < settings.surpriseBelow)
    .sort((a, b) => a[1] - b[1])
    .map(([s, p]) => ({ iso3: states[s].iso3, vote: letterOfOutcome(fixed[s]), priorProbability: conditioning.priorProbability.get(s) as number, posteriorProbability: p }));
  return {
    spec,
    rule: spec.rule,
    states,
    nStates: S,
    nDraws: D,
    eta: draws.eta,
    band: draws.band,
    cutNo: draws.cutNo,
    cutYes: draws.cutYes,
    component: draws.component,
    absentLogit: priors.absentLogit,
    absentShock,
    fixed,
    ...(withoutKnown ? { withoutKnown } : {}),
    ...(conditioning.priorProbability.size > 0 && settings.knownWiden > 0 ? { widen: { scale: settings.knownWiden, contest: settings.knownWidenContest } } : {}),
    uniformSeed: spec.seed ^ 0x5bd1e995,
    period,
    kind,
    issue,
    resembling: describeResembling(components),
    components: components.map((c, k) => ({ label: c.label, prior: c.prior, posterior: conditioning.posterior[k] })),
    conditioning: { known: conditioning.priorProbability.size, effectiveDraws: conditioning.effectiveDraws, acceptance: conditioning.acceptance, stages: conditioning.stages },
    surprises,
    modelCutoff: model.cutoff,
    warnings,
  };
}

/** The resembling roll calls as reported: every component's members but the broad one's, weights normalized to the components' priors. */
function describeResembling(components: readonly Component[]): PreparedForecast["resembling"] {
  return components.flatMap((c, k) => {
    if (c.broad) return [];
    const total = c.members.reduce((s, m) => s + m.weight, 0);
    return c.members.map((m) => ({
      symbol: m.rollCall.symbol,
      date: m.rollCall.date,
      title: m.rollCall.title,
      weight: (c.prior * m.weight) / total,
      similarity: m.similarity,
      component: k,
      totals: { yes: m.rollCall.stated.yes, no: m.rollCall.stated.no, abstain: m.rollCall.stated.abstain },
    }));
  }).sort((a, b) => b.weight - a.weight);
}

/** Row of a roll call in the assembly (a scan; only for the few roll calls of a `like` list). */
function rowIndex(assembly: Assembly, rc: RollCall): number {
  const i = assembly.rollCalls.indexOf(rc);
  if (i < 0) throw new Error(`internal error: roll call ${rc.symbol} not in the assembly`);
  return i;
}

/**
 * The broad component's pool: the roll calls with a spatial split of the
 * sessions from `firstPeriod` on, before asOf, on the issue area when at
 * least 10 are (the 40 most recent), weighted by recency.
 */
function recentPool(
  assembly: Assembly,
  asOf: string,
  firstPeriod: number,
  spatial: (rc: RollCall) => boolean,
  issue: string | undefined,
  keep: (row: number) => boolean = () => true,
): Resembling[] {
  const rows: number[] = [];
  for (let i = assembly.rollCalls.length - 1; i >= 0 && rows.length < 400; i--) {
    const rc = assembly.rollCalls[i];
    if (rc.date >= asOf) continue;
    if (rc.period < firstPeriod) break;
    if (spatial(rc) && keep(i)) rows.push(i);
  }
  const onIssue = issue ? rows.filter((i) => issuesOf(assembly.rollCalls[i]).includes(issue)) : [];
  const chosen = (onIssue.length >= 10 ? onIssue : rows).slice(0, 40);
  const latest = Math.max(...chosen.map((i) => assembly.rollCalls[i].period));
  return chosen.map((row) => ({ row, rollCall: assembly.rollCalls[row], similarity: 0, weight: 0.85 ** (latest - assembly.rollCalls[row].period), sameText: false }));
}

/** The per-draw turnout shock, sd x z - sd^2 / 2 (the multiplier exp of it averages 1), from each draw's standard normal. */
function turnoutShock(turnout: Float64Array, sd: number): Float64Array {
  const out = new Float64Array(turnout.length);
  if (sd > 0) for (let d = 0; d < turnout.length; d++) out[d] = sd * turnout[d] - (sd * sd) / 2;
  return out;
}

/** Draws at most used for the outlook without the known positions (spread evenly over the prior draws). */
const OUTLOOK_DRAWS = 2000;

/**
 * Every state's outlook had nothing been known: the probabilities over an
 * even subsample of the prior draws (every k-th, at most 2,000), habits
 * included, with the uniforms from `start` on. For "what the known
 * positions changed" (`Forecast.knownEffect`).
 */
function outlookWithout(prior: DrawPlan, priors: StatePriors, settings: ForecastSettings, seed: number, start: number): OutcomeProbabilities[] {
  const D = prior.component.length;
  const step = Math.max(1, Math.ceil(D / OUTLOOK_DRAWS));
  const order = Int32Array.from({ length: Math.ceil(D / step) }, (_, k) => k * step);
  const habits = settings.habitWeight > 0 ? planHabits(Int8Array.from(order, (j) => prior.component[j]), priors, settings.habitMargin, seed, start) : null;
  const draws = drawForecast(prior, priors, order, habits);
  const S = prior.nStates;
  const all = Int32Array.from({ length: S }, (_, s) => s);
  return statesOutcome(
    {
      nStates: S,
      nDraws: order.length,
      eta: draws.eta,
      band: draws.band,
      cutNo: draws.cutNo,
      cutYes: draws.cutYes,
      absentLogit: priors.absentLogit,
      absentShock: turnoutShock(Float64Array.from(order, (j) => prior.turnout[j]), settings.turnoutSd),
      fixed: new Int8Array(S).fill(-1),
      uniformSeed: 0,
    },
    {},
    all,
  );
}

/**
 * What `prepareForecast` would find for a spec without `like` — its
 * resembling roll calls as it describes them (same weights, same order) and
 * the member states it forecasts — without the rest of the preparation: the
 * backtest's baselines alone need only this (B3's nearest title). Internal;
 * the spec and model are the backtest's own.
 */
export function retrievalFor(
  assembly: Assembly,
  model: FittedModel,
  spec: { title: string; asOf: string; session: string },
  given: Partial<Record<ForecastSettingName, number>> = {},
): { resembling: PreparedForecast["resembling"]; states: string[] } {
  const settings = resolveForecastSettings(given);
  const period = sessionPeriod(spec.session, spec.asOf);
  const { columns } = membersAsOf(assembly, spec.asOf);
  const params = new Map(model.rollCalls.map((r) => [r.undlId, r]));
  const spatial = (rc: RollCall) => params.get(rc.undlId)?.beta.some((b) => b !== 0) ?? false;
  const resembling = findResembling(assembly.rollCalls, { title: spec.title, session: spec.session, asOf: spec.asOf, period }, settings, spatial);
  const issue = issueFor(spec);
  const kind: VoteKind = sessionKind(spec.session) === "emergency" ? "emergency" : resembling.some((r) => r.sameText) ? "repeated" : "novel";
  const broadPool =
    kind === "novel" && settings.novelPoolSessions > 0
      ? recentPool(assembly, spec.asOf, period - settings.novelPoolSessions, spatial, issue?.code, (row) => isFirstVote(assembly, row))
      : recentPool(assembly, spec.asOf, period - settings.broadSessions, spatial, issue?.code);
  const components = groupComponents(resembling, broadPool, kind, assembly.matrix, settings);
  return { resembling: describeResembling(components), states: columns.map((c) => assembly.states[c].iso3) };
}
