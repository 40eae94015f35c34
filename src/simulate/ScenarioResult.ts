import type { ImpliedPlacement } from "./lobbying/placeImplied.ts";
import type { Counts, CountIntervals, Forecast } from "../forecast/types.ts";
import type { OutcomeProbabilities as KernelProbabilities } from "../forecast/statesOutcome.ts";
import type { ResolvedIntervention } from "./Intervention.ts";
/**
 * What `runScenario` returns (`ScenarioResult`) and its parts: forecast
 * summaries, flips, per-state changes, best-target picks, the implied
 * strength and response-curve points.
 */

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
  /** The implied strength in typical US important-vote campaigns (null with `strength`). */
  campaigns?: number | null;
  /** Where it falls among past important votes' and non-important votes' implied strengths (models/lobbying.json). */
  placement?: ImpliedPlacement;
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
  /** The same strength in typical US important-vote campaigns (runScenario adds it). */
  campaigns?: number;
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
