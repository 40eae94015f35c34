import type { RegionalGroup } from "../data/countryCatalog.ts";
import type { OutcomeProbabilities as KernelProbabilities } from "../forecast/statesOutcome.ts";
/**
 * The lobbying-scenario contract: what a scenario file says (`Scenario`,
 * `Intervention`, ...) and what `runScenario` returns (`ScenarioResult`).
 * The JSON Schema in schemas/scenario.schema.json is generated from the
 * `Scenario` type (`npx tsx scripts/generateSchemas.ts`), so the JSDoc here,
 * including the @minimum / @maximum / @pattern tags, is the specification.
 *
 * The parameterization (see docs/lobbying.md): an intervention shifts each
 * target's latent utility of voting yes (or its absence log-odds) by
 * `strength x susceptibility`; the ordered logit of the forecast then turns
 * that shift into probability changes, which are largest for states near the
 * roll call's cutpoints and tiny for states far on either side. This is the
 * continuous analogue of the vote-buying models of Groseclose and Snyder
 * (1996), where a lobbyist must pay each legislator the distance between the
 * legislator's preference and indifference.
 */
import type { ForecastSpec, Counts, CountIntervals, Forecast } from "../forecast/types.ts";

/**
 * An ISO 3166-1 alpha-3 code of a member state, upper case, e.g. "USA".
 * @pattern ^[A-Z]{3}$
 */
export type Iso3 = string;

/** A UN regional group, as in `MemberState.group` (src/data/countryCatalog.ts). */
export type { RegionalGroup };

/**
 * Toward which outcome an intervention pushes its targets:
 * "Y" raises the latent utility of voting yes, "N" lowers it, "A" pulls it
 * toward the middle of the roll call's two cutpoints (abstention), "attend"
 * lowers the log-odds of being absent and "stay away" raises them.
 */
export type Toward = "Y" | "N" | "A" | "attend" | "stay away";

/** Targets given as a UN regional group, or several groups. */
export interface GroupTargets {
  /** One UN regional group or a list of them (their union). No default. */
  group: RegionalGroup | RegionalGroup[];
}

/** Targets given as a named list defined in the scenario's `lists`. */
export interface ListTargets {
  /** Name of a list in `Scenario.lists`, e.g. "attendees". No default. */
  list: string;
}

/**
 * The N states this intervention moves most (largest change of the
 * probability of the outcome it pushes toward, at its own strength and the
 * default or given susceptibility, alone).
 */
export interface PersuadableTargets {
  /**
   * How many states. No default; range [1, 193].
   * @asType integer
   * @minimum 1
   * @maximum 193
   */
  mostPersuadable: number;
  /** Candidates to choose from. Default: every member state except the lobbying side and states with a known position. */
  among?: Iso3[] | GroupTargets | ListTargets;
}

/**
 * Whom an intervention lobbies: an explicit list of ISO3 codes, a UN regional
 * group, a named list from the scenario (e.g. a meeting's attendees) or the N
 * most persuadable states. The lobbying side itself and states with a known
 * position in the forecast spec are never moved.
 */
export type Targets = Iso3[] | GroupTargets | ListTargets | PersuadableTargets;

/** One lobbying effort: who pushes whom toward which vote, and how hard. */
export interface Intervention {
  /** Short label for reports, e.g. "US outreach". Default: "<by> toward <toward>". */
  label?: string;
  /** The lobbying side: one member state's ISO3 code, or a list (a coalition). No default. */
  by: Iso3 | Iso3[];
  /** The outcome pushed for: "Y", "N", "A", "attend" or "stay away". No default. */
  toward: Toward;
  /** Whom: ISO3 list, { group }, { list } or { mostPersuadable }. No default. */
  targets: Targets;
  /**
   * How hard: the shift on the model's latent scale (the ordered logit's
   * utility of yes for "Y", "N" and "A"; the absence log-odds for "attend"
   * and "stay away") of a target with susceptibility 1. 0 changes nothing.
   * No default; range [0, 20].
   * @minimum 0
   * @maximum 20
   */
  strength: number;
  /**
   * Overrides the default susceptibility (recent agreement with the lobbying
   * side, relative to the membership's mean agreement with it): one multiplier
   * for every target, or multipliers by ISO3 (the others keep the default).
   * Default: agreement-based; range [0, 10].
   */
  susceptibility?: number | Record<string, number>;
}

/** A named list of member states, e.g. the attendees of a meeting. */
export interface NamedList {
  /** How the list was built and from which sources; shown in reports. Default "". */
  description?: string;
  /**
   * ISO3 codes of the members of the list; at least one, no repeats.
   * @minItems 1
   */
  members: Iso3[];
}

/** A response curve: the outcome as one intervention's strength sweeps a range. */
export interface CurveOptions {
  /**
   * First strength. Default 0; range [0, 20].
   * @minimum 0
   * @maximum 20
   */
  from?: number;
  /**
   * Last strength, greater than `from`. Default: twice the swept intervention's strength (1 when that is 0); range (0, 50].
   * @exclusiveMinimum 0
   * @maximum 50
   */
  to?: number;
  /**
   * Number of strengths, evenly spaced, both ends included. Default 21; range [2, 201].
   * @asType integer
   * @minimum 2
   * @maximum 201
   */
  points?: number;
  /**
   * Index of the intervention whose strength is swept (the others keep theirs). Default 0.
   * @asType integer
   * @minimum 0
   */
  intervention?: number;
}

/** Best-k targeting: which k states one intervention should lobby for the largest gain (greedy marginal gain). */
export interface TargetSearch {
  /**
   * How many states to pick. No default; range [1, 50].
   * @asType integer
   * @minimum 1
   * @maximum 50
   */
  k: number;
  /** What to gain: the expected yes count or the probability of adoption. Default "expectedYes". */
  objective?: "expectedYes" | "pAdopted";
  /** Candidates. Default: every member state except the lobbying side and states with a known position. */
  pool?: Iso3[] | GroupTargets | ListTargets;
  /**
   * Index of the intervention whose targets are chosen (its own targets are replaced; the others stay). Default 0.
   * @asType integer
   * @minimum 0
   */
  intervention?: number;
}

/** An observed result, for the implied strength. */
export interface ObservedOutcome {
  /**
   * Yes votes actually cast. Range [0, 193].
   * @asType integer
   * @minimum 0
   * @maximum 193
   */
  yes: number;
  /**
   * No votes. Optional; range [0, 193].
   * @asType integer
   * @minimum 0
   * @maximum 193
   */
  no?: number;
  /**
   * Abstentions. Optional; range [0, 193].
   * @asType integer
   * @minimum 0
   * @maximum 193
   */
  abstain?: number;
  /**
   * Absent (non-voting) members. Optional; range [0, 193].
   * @asType integer
   * @minimum 0
   * @maximum 193
   */
  absent?: number;
  /** Which count the implied strength matches (it must be given). Default "yes". */
  match?: "yes" | "no" | "abstain" | "absent";
  /**
   * Index of the intervention whose strength is solved for (the others keep theirs). Default 0.
   * @asType integer
   * @minimum 0
   */
  intervention?: number;
  /**
   * Largest strength searched. Default 10; range (0, 50].
   * @exclusiveMinimum 0
   * @maximum 50
   */
  maxStrength?: number;
}

/** How the default susceptibility is measured. */
export interface AgreementOptions {
  /**
   * Recent regular sessions (model periods) over which agreement is measured: the session of `asOf` and the ones before it. Default 3; range [1, 30].
   * @asType integer
   * @minimum 1
   * @maximum 30
   */
  sessions?: number;
}

/**
 * A lobbying scenario: a base forecast plus interventions, and what to
 * compute around them (a response curve, best targets, the implied strength
 * of an observed result). Saved as JSON in scenarios/ and validated against
 * schemas/scenario.schema.json.
 */
export interface Scenario {
  /** JSON Schema reference, ignored. */
  $schema?: string;
  /** Title for reports and charts. Default: the forecast's title. */
  title?: string;
  /** What the scenario represents, with its sources. Default "". */
  description?: string;
  /** The base forecast: a forecast spec, or the path of a spec JSON file (relative to the scenario file, or to the working directory for scenarios given as objects). No default. */
  forecast: ForecastSpec | string;
  /** Named lists of states that targets refer to with { list: name }. Default none. */
  lists?: Record<string, NamedList>;
  /**
   * The interventions, applied together (counter-lobbying is one more intervention toward the other side). At least one.
   * @minItems 1
   */
  interventions: Intervention[];
  /** A response curve over strength. Default: none. */
  curve?: CurveOptions;
  /** Best-k targeting. Default: none. */
  targets?: TargetSearch;
  /** An observed result whose implied strength is wanted. Default: none. */
  observed?: ObservedOutcome;
  /** How the default susceptibility is measured. Default { sessions: 3 }. */
  agreement?: AgreementOptions;
}

/** Expected counts, intervals and chance of adoption of one forecast (a `Forecast` without the per-state detail). */
export interface ForecastSummary {
  /** Member states forecast. */
  members: number;
  /** Expected counts (means over draws). */
  expected: Counts;
  /** 80% intervals of the counts. */
  interval80: CountIntervals;
  /** 95% intervals of the counts. */
  interval95: CountIntervals;
  /** Probability of adoption under the rule; range [0, 1]. */
  pAdopted: number;
  /** Yes votes needed to adopt given the expected yes + no. */
  threshold: number;
}

/** One of the four outcomes, as in the UN records: Y yes, A abstain, N no, X absent (non-voting). */
export type Outcome = "Y" | "A" | "N" | "X";

/** A state whose most likely outcome differs between baseline and scenario. */
export interface Flip {
  iso3: string;
  name: string;
  /** Most likely outcome in the baseline. */
  from: Outcome;
  /** Most likely outcome in the scenario. */
  to: Outcome;
  /** Baseline probability of the new most likely outcome `to`. */
  pBefore: number;
  /** Scenario probability of `to`. */
  pAfter: number;
}

/** Four outcome probabilities of one state (defined with the simulation kernel). */
export type OutcomeProbabilities = KernelProbabilities;

/** One state's probability changes from baseline to scenario. */
export interface StateChange {
  iso3: string;
  name: string;
  group: string;
  /** True when some intervention targets this state. */
  targeted: boolean;
  before: OutcomeProbabilities;
  after: OutcomeProbabilities;
  /** after - before, per outcome. */
  delta: OutcomeProbabilities;
  /** Total variation distance between before and after (half the sum of absolute changes); range [0, 1]. Changes are sorted by it. */
  size: number;
}

/** An intervention as applied: its targets resolved to states, each with its susceptibility. */
export interface ResolvedIntervention {
  label: string;
  by: string[];
  toward: Toward;
  strength: number;
  /** Targets actually moved, with their susceptibility multipliers. */
  targets: { iso3: string; susceptibility: number }[];
  /** Targets left out, and why (the lobbying side itself, a known position, not a member as of asOf). */
  skipped: { iso3: string; reason: string }[];
}

/** One pick of the greedy best-k search. */
export interface TargetPick {
  iso3: string;
  name: string;
  /** Marginal gain of this pick in the objective (expected yes votes or probability of adoption), signed so that positive helps the lobbying side (for interventions toward "N", "A" or "stay away", a fall of the yes count or of P(adopted) is a gain). */
  gain: number;
  /** Marginal change of the expected yes count from this pick (signed as the raw change). */
  deltaYes: number;
  /** Expected yes after this and all earlier picks. */
  expectedYes: number;
  /** P(adopted) after this and all earlier picks. */
  pAdopted: number;
}

/** The strength at which the scenario's expected outcome matches an observed count. */
export interface ImpliedStrength {
  /** The count matched. */
  match: "yes" | "no" | "abstain" | "absent";
  /** The observed count. */
  observed: number;
  /** Label of the intervention solved for. */
  intervention: string;
  /** The implied strength, or null when the observed count is outside what strengths in [0, maxStrength] reach. */
  strength: number | null;
  /** Expected count at the implied strength (or at the closest end of the range when null). */
  expected: number;
  /** Expected count at strength 0 and at maxStrength. */
  range: [number, number];
  /** Largest strength searched. */
  maxStrength: number;
  /** Why `strength` is null, if it is. */
  note?: string;
}

/**
 * One point of a response curve; the same shape as `ResponsePoint` in
 * src/render/responseChart.ts, so curves go straight to `responseChart`.
 */
export interface CurvePoint {
  /** Strength of the swept intervention; range [0, 50]. */
  strength: number;
  /** Expected yes count; range [0, members]. */
  expectedYes: number;
  /** Probability of adoption; range [0, 1]. */
  pAdopted: number;
  /** Lower end of the 80% interval of the yes count. */
  yesLo80: number;
  /** Upper end of the 80% interval of the yes count. */
  yesHi80: number;
}

/** What `runScenario` returns; everything but `forecasts` is JSON-friendly and small. */
export interface ScenarioResult {
  title: string;
  asOf: string;
  rule: Forecast["rule"];
  /** The forecast without lobbying. */
  baseline: ForecastSummary;
  /** The forecast with all interventions. */
  scenario: ForecastSummary;
  /** Scenario minus baseline: expected counts and P(adopted). */
  delta: { yes: number; no: number; abstain: number; absent: number; pAdopted: number };
  /** States whose most likely outcome changes, by size of pAfter - pBefore. */
  flips: Flip[];
  /** Every state's probability changes, largest first. */
  changes: StateChange[];
  /** The interventions as applied. */
  interventions: ResolvedIntervention[];
  /** Response curve, when the scenario asked for one. */
  curve?: CurvePoint[];
  /** Label of the intervention whose strength the curve sweeps. */
  curveIntervention?: string;
  /** Best targets in pick order, when asked. */
  targets?: TargetPick[];
  /** Label of the intervention whose targets were chosen. */
  targetsIntervention?: string;
  /** Implied strength, when an observed result was given. */
  impliedStrength?: ImpliedStrength;
  /** Actual result from the forecast spec, when given. */
  actual?: Counts;
  /** The full forecasts (per-state probabilities, yes distributions) for charts. */
  forecasts: { baseline: Forecast; scenario: Forecast };
}
