import { checkOptions } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { VoteKind } from "./types.ts";

/** One tunable setting of the forecast engine: its default and valid range. */
interface Setting {
  default: number;
  min: number;
  max: number;
  /** Whether min (max) itself is allowed. */
  minOpen?: boolean;
  maxOpen?: boolean;
  integer?: boolean;
  doc: string;
}

/**
 * Every setting of the forecast engine with its default and range, in one
 * table: the defaults were chosen on sessions 62-69 (the novel-text ones on
 * the novel texts of 54-69) and on the emergency votes before 2015
 * (`npx tsx scripts/tuneForecast.ts`), apart from the sessions the backtest
 * reports. See docs/forecast.md.
 */
export const FORECAST_SETTINGS = {
  residualSd: { default: 5, min: 0, max: 10, minOpen: true, doc: "prior sd of a state's residual on the resembling roll calls' subject" },
  itemSdRepeated: { default: 0.2, min: 0, max: 5, doc: "sd of the new roll call's cutpoints around a resembling one's, for a repeated text" },
  itemSdNovel: { default: 0.35, min: 0, max: 5, doc: "the same for a novel text" },
  itemSdEmergency: { default: 0.45, min: 0, max: 5, doc: "the same for a vote in an emergency special session" },
  absencePrior: { default: 0.3, min: 0, max: 1000, minOpen: true, doc: "weight (pseudo-votes) of the absence model against the state's absences on the resembling roll calls" },
  recencyDecay: { default: 0.85, min: 0, max: 1, minOpen: true, doc: "weight of a resembling vote per session older than the newest" },
  noiseScale: { default: 0.75, min: 0, max: 1, minOpen: true, doc: "scale of the new vote's logistic error relative to one roll call's when the same text was voted before (persistence)" },
  noiseScaleOther: { default: 1.3, min: 0, max: 3, minOpen: true, doc: "the same for a component of other texts (no persistence to count on)" },
  noiseScaleNovel: { default: 0.85, min: 0, max: 3, minOpen: true, doc: "the same for the components of a novel text (none is the same text)" },
  turnoutSd: { default: 0.7, min: 0, max: 3, doc: "sd of the per-draw turnout shock (log scale on P(absent); mean-preserving)" },
  bandMean: { default: 1, min: 0, max: 20, minOpen: true, doc: "prior mean of a state's abstention band on the subject" },
  novelAbsence: { default: 0, min: 0, max: 3, doc: "for a novel text, share of the recent excess absence on first votes (log-odds, over the novel pool's sessions: novelAbsenceExcess) added to every state's P(absent)" },
  resumedAbsence: { default: 1, min: 0, max: 5, doc: "how much likelier (log-odds) a state is to be absent from a vote in the resumed part of a regular session (from the January after it opened) than from one in the main part, applied for the share of its absence evidence (resembling votes, absence model) from the other part" },
  habitWeight: { default: 0.85, min: 0, max: 1, maxOpen: true, doc: "probability that a state repeats its latest vote on the same text (habit)" },
  habitSd: { default: 1, min: 0, max: 5, doc: "sd of the habits' common shock on the log-odds scale (on a roll call where some states break their habit, others are likelier to)" },
  habitMargin: { default: 10, min: 0, max: 20, minOpen: true, doc: "how far inside its category a habitual vote sits (logistic units)" },
  retrievalSessions: { default: 15, min: 1, max: 100, integer: true, doc: "sessions searched for resembling roll calls" },
  maxResembling: { default: 12, min: 1, max: 50, integer: true, doc: "resembling roll calls kept at most" },
  similarityScale: { default: 8, min: 0, max: 100, doc: "sharpness of the weights by title similarity: weight ~ exp(scale x (similarity - best similarity))" },
  descriptionWeight: { default: 0.5, min: 0, max: 1, doc: "weight of the share of the new title's words found in a candidate's description (Voeten's, up to 2019) in its similarity" },
  sameSessionBoost: { default: 4, min: 1, max: 100, doc: "weight multiplier of an earlier vote in the same session (emergency sessions)" },
  sameTextSimilarity: { default: 0.6, min: 0, max: 1, doc: "title similarity from which an earlier roll call counts as the same text (habit, repeated kind)" },
  agreement: { default: 0.85, min: 0, max: 1, doc: "share of states voting alike from which two resembling roll calls form one mixture component" },
  maxComponents: { default: 4, min: 1, max: 12, integer: true, doc: "mixture components from resembling roll calls at most (plus the broad one)" },
  neighborWeight: { default: 0.5, min: 0, max: 1, doc: "weight of a state's vote on a resembling roll call that is not the same text, in its residual's likelihood" },
  crossWeight: { default: 0.25, min: 0, max: 1, doc: "weight of the state's votes in the other components (broad included) in a component's residual, unless the component is the same text" },
  broadRepeated: { default: 0.01, min: 0, max: 1, maxOpen: true, doc: "weight of the broad component (a split unlike any resembling vote), repeated text" },
  broadNovel: { default: 0.6, min: 0, max: 1, maxOpen: true, doc: "the same for a novel text" },
  broadEmergency: { default: 0.5, min: 0, max: 1, maxOpen: true, doc: "the same in an emergency special session" },
  shockDf: { default: 4, min: 0, max: 100, integer: true, doc: "degrees of freedom of the common shock (Student-t: heavier tails for the yes count); 0 for a normal shock" },
  broadItemSd: { default: 0.3, min: 0, max: 5, doc: "sd of the cutpoints around a recent roll call in the broad component" },
  novelShift: { default: 0.5, min: -5, max: 5, doc: "for a novel text, how far the new roll call's cutpoints sit below the resembling ones' (toward yes), in logistic units" },
  novelPoolSessions: { default: 8, min: 0, max: 20, integer: true, doc: "for a novel text, the broad component draws from the first votes on their texts (new texts) of this many sessions instead (0: from recent roll calls, as for the other kinds)" },
  broadSessions: { default: 2, min: 1, max: 20, integer: true, doc: "sessions of recent roll calls the broad component draws from" },
  breakaway: { default: 0.02, min: 0, max: 1, minOpen: true, maxOpen: true, doc: "prior probability that a known position is a state breaking with every draw (a floor on its likelihood: keeps a surprising known vote from collapsing the draws)" },
  surpriseBelow: { default: 0.01, min: 0, max: 1, doc: "a known position whose probability under the posterior (after conditioning on all the known positions) is below this is reported as a surprise" },
  moveSteps: { default: 2, min: 0, max: 100, integer: true, doc: "Metropolis sweeps per tempering stage of the conditioning on known positions" },
  knownPower: { default: 0.5, min: 0, max: 1, minOpen: true, doc: "power of the known positions' likelihood (1: the model's posterior; below 1 a tempered posterior, wider, for a model whose independence assumptions overstate what a known vote says)" },
  knownPowerNovel: { default: 1, min: 0, max: 1, minOpen: true, doc: "the same for a novel text (no earlier vote on the same text: the known positions are most of what there is to learn from)" },
  knownWiden: { default: 0.4, min: 0, max: 5, doc: "how much wider the unknown states' yes, no and abstain counts are drawn about their means when positions are known, at 50 known (factor 1 + knownWiden x sqrt(min(known, 50) / 50)); known positions narrow the intervals faster than the errors shrink. 0: no widening" },
  knownWidenContest: { default: 0.1, min: 0, max: 1, minOpen: true, doc: "the forecast's expected no share of yes + no from which the widening is full (below it, in proportion: a near-unanimous count is not widened)" },
  particles: { default: 2000, min: 10, max: 100000, integer: true, doc: "particles of the conditioning on known positions (each stands for draws / particles of the forecast's draws)" },
  blocFactors: { default: 4, min: 1, max: 10, integer: true, doc: "camps (factors) of the states-move-together model the forecast uses" },
  blocSessions: { default: 10, min: 1, max: 40, integer: true, doc: "regular sessions before asOf the camps are estimated from" },
  blocShare: { default: 0.5, min: 0, max: 3, doc: "share of a state's logistic noise that the camps (states that move together) carry, per unit of its communality (0: states independent given the roll call)" },
} as const satisfies Record<string, Setting>;

/** Names of the engine's settings. */
export type ForecastSettingName = keyof typeof FORECAST_SETTINGS;

/** Validated settings, every one filled. */
export type ForecastSettings = Record<ForecastSettingName, number>;

/**
 * Fills defaults and range-checks the settings given (unknown names are
 * refused). Errors name the setting and echo the value, e.g.
 * `invalid residualSd; expected a number in (0, 10]: 12`.
 */
export function resolveForecastSettings(given: Partial<Record<string, number>> = {}): ForecastSettings {
  checkOptions(given, "given");
  const out = {} as ForecastSettings;
  for (const name of Object.keys(given)) {
    if (!(name in FORECAST_SETTINGS) && given[name] !== undefined) throw new PlenaryError(`invalid forecast setting; unknown name: ${JSON.stringify(name)}`);
  }
  for (const [name, s] of Object.entries(FORECAST_SETTINGS) as [ForecastSettingName, Setting][]) {
    const v = given[name] ?? s.default;
    const lowOk = s.minOpen ? s.min < v : s.min <= v;
    const highOk = s.maxOpen ? v < s.max : v <= s.max;
    if (!(typeof v === "number" && lowOk && highOk && (!s.integer || Number.isInteger(v)))) {
      const range = `${s.minOpen ? "(" : "["}${s.min}, ${s.max}${s.maxOpen ? ")" : "]"}`;
      throw new PlenaryError(`invalid ${name}; expected ${s.integer ? "a whole number" : "a number"} in ${range}: ${JSON.stringify(v)}`);
    }
    out[name] = v;
  }
  return out;
}

/** The common-shock sd (cutpoint noise) for a kind of vote. */
export function itemSdFor(settings: ForecastSettings, kind: VoteKind): number {
  return kind === "emergency" ? settings.itemSdEmergency : kind === "novel" ? settings.itemSdNovel : settings.itemSdRepeated;
}

/** The broad component's weight for a kind of vote. */
export function broadWeightFor(settings: ForecastSettings, kind: VoteKind): number {
  return kind === "emergency" ? settings.broadEmergency : kind === "novel" ? settings.broadNovel : settings.broadRepeated;
}

