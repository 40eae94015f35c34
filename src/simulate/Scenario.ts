import type { ForecastSpec } from "../forecast/types.ts";
import type { GroupTargets, Intervention, Iso3, ListTargets, NamedList } from "./Intervention.ts";
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
  /**
   * Let pressure on the targets spill over to their partners (states whose votes move together beyond their
   * positions: the blocs model the forecasts use): true for the default share (0.5 of the partner-weighted mean
   * pressure), or the share, in [0, 2]. Applies to the interventions' own targets (not to best-target searches).
   * Measured on held-out important votes (`plenary lobbying`): off unless given. Default false.
   */
  spillover?: boolean | number;
  /** How the default susceptibility is measured. Default { sessions: 3 }. */
  agreement?: AgreementOptions;
}
