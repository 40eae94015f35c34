import type { VoteLetter } from "../data/types.ts";
import type { IssueCode } from "../text/issueAreas.ts";

/** Adoption rule: simple majority, or two-thirds, of those present and voting (yes + no; abstentions do not count). */
export type AdoptionRule = "majority" | "two-thirds";

/** What a user asks for: a new resolution to forecast. Saved as JSON (see scenarios/*.json). */
export interface ForecastSpec {
  /** "GA": the General Assembly (the default; a Security Council spec has "SC", see CouncilSpec). */
  body?: "GA";
  /**
   * A Security Council vote (draft or resolution symbol, e.g. "S/2022/720") before asOf whose members' votes inform
   * their Assembly forecast as soft known positions (weights in src/council/councilSoftKnown.ts); it is listed among the resembling votes.
   */
  council?: string;
  /** Title of the new resolution (free text, shown on charts). At most 1,000 characters. */
  title: string;
  /** ISO date "YYYY-MM-DD"; only data strictly before it is used. */
  asOf: string;
  /**
   * Past roll-call symbols the new resolution resembles, e.g. ["A/RES/ES-11/1"], used as given.
   * Optional: without it the engine finds the resembling roll calls itself from the title, `text`
   * and `issue` (text retrieval, weighted by similarity and recency) and reports which it used.
   */
  like?: string[];
  /** Optional Voeten issue area: "me" | "nu" | "di" | "hr" | "co" | "ec". Default: predicted from the title. */
  issue?: IssueCode;
  /** Free text of the draft (e.g. its operative paragraphs), used to find resembling roll calls. At most 20,000 characters. */
  text?: string;
  /** Session the vote takes place in, as in UN symbols: "77" (regular), "ES-11" (emergency special) or "S-27" (special). Sets the kind of vote (emergency votes swing more) and favours earlier votes of the same session. Default: a regular session. */
  session?: string;
  /**
   * ISO date "YYYY-MM-DD" of the vote, when it is scheduled later than asOf; on or after asOf.
   * A vote in the resumed part of a regular session (from the January after it opened) has more absences. Default: asOf.
   */
  voteDate?: string;
  /** Latent dimensions of the model, 1 or 2. Default 1 (the backtest's choice). */
  dims?: 1 | 2;
  /** Positions already known (sponsors: "Y"; announced opponents: "N"), by ISO3. */
  known?: Record<string, VoteLetter>;
  /** Adoption rule. Default "majority". */
  rule?: AdoptionRule;
  /** Monte Carlo draws for parameter uncertainty and totals. Default 10000; range [100, 1000000]. */
  draws?: number;
  /** Seed for the Monte Carlo draws: a whole number in [0, 4294967295]. Default 1. */
  seed?: number;
  /** Actual result when known (for charts and backtests): yes, no, abstain, absent. */
  actual?: { yes: number; no: number; abstain: number; absent: number };
}

/** One state's forecast. */
export interface CountryForecast {
  iso3: string;
  name: string;
  /** UN regional group (see MemberState.group). */
  group: string;
  pYes: number;
  pAbstain: number;
  pNo: number;
  pAbsent: number;
}

/** Counts of each outcome. */
export interface Counts {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
}

/** A closed interval [lo, hi] of counts per outcome. */
export type CountIntervals = { [K in keyof Counts]: [number, number] };

/** The result of forecasting a resolution. */
export interface Forecast {
  title: string;
  asOf: string;
  /** Day of the vote, when the spec gave one later than asOf. */
  voteDate?: string;
  rule: AdoptionRule;
  /** Number of member states forecast (the membership as of asOf). */
  members: number;
  /** Expected counts (means over draws). */
  expected: Counts;
  interval80: CountIntervals;
  interval95: CountIntervals;
  /** Probability the resolution is adopted under the rule. */
  pAdopted: number;
  /** Distribution of the yes count: yesDistribution[k] = P(yes = k), length members + 1. */
  yesDistribution: number[];
  /** Yes votes needed to adopt given the expected yes + no (for charts). */
  threshold: number;
  countries: CountryForecast[];
  /** Actual result, if the spec gave one. */
  actual?: Counts;
  /** The past roll calls the forecast leaned on (given in `like` or found), with their weights. */
  resembling: ResemblingVote[];
  /** The mixture's components (groups of resembling votes that split the assembly alike, plus "unlike any of these"), prior and posterior weights. */
  components: ComponentSummary[];
  /** Known positions that stay unlikely under the posterior (probability below 1% given every known position), least likely first; each still informs the forecast. */
  surprises: Surprise[];
  /** What the known positions changed (when the spec gave some). */
  knownEffect?: KnownEffect;
  /** How the conditioning on known positions went. */
  conditioning?: ConditioningSummary;
  /** Issue area, given in the spec or predicted from the title. */
  issue: IssueArea | null;
  /** Kind of vote, which sets the width of the common shock: "repeated" (a text voted before), "novel" or "emergency". */
  kind: VoteKind;
  /** Things the user should know about this forecast (e.g. an asOf far past the last recorded vote). */
  warnings: string[];
}

/** Kind of vote for calibration: a repeated text, a novel text, or a vote in an emergency special session. */
export type VoteKind = "repeated" | "novel" | "emergency";

/** A past roll call a forecast leaned on. */
export interface ResemblingVote {
  symbol: string;
  date: string;
  title: string;
  /** Prior weight of this roll call in the mixture (all weights, with the broad component's, sum to 1). */
  weight: number;
  /** Title similarity to the new resolution (IDF-weighted overlap of stemmed words, 0-1); 1 for a `like` given by the user. */
  similarity: number;
  /** Mixture component it belongs to (index into Forecast.components). */
  component: number;
  totals: { yes: number; no: number; abstain: number };
}

/** One component of the forecast's mixture. */
export interface ComponentSummary {
  /** "like A/RES/ES-11/1 (141-5-35)" or "unlike any of these". */
  label: string;
  /** Weight before the known positions. */
  prior: number;
  /** Weight after the known positions. */
  posterior: number;
  /** Expected yes votes in the draws from this component (NaN when it kept no draw). */
  expectedYes: number;
}

/** A known position that stays unlikely after the forecast learned from every known position. */
export interface Surprise {
  iso3: string;
  vote: VoteLetter;
  /** Probability of that vote before conditioning on the known positions. */
  priorProbability: number;
  /** Probability of that vote under the posterior (given all the known positions); below `surpriseBelow` (1%). */
  posteriorProbability: number;
}

/** How the conditioning on known positions went. */
export interface ConditioningSummary {
  /** Known positions conditioned on (absences included). */
  known: number;
  /** Effective number of prior draws after weighting by the known positions (Kish), before the Metropolis moves. */
  effectiveDraws: number;
  /** Share of the Metropolis moves of the roll call's parameters accepted (NaN when nothing was known). */
  acceptance: number;
  /** Tempering stages the sampler took (0 when nothing was known). */
  stages: number;
}

/** What the known positions changed. */
export interface KnownEffect {
  /** Expected counts had no position been known. */
  without: Counts;
  /** Expected counts given the known positions (the forecast's). */
  with: Counts;
  /** The unknown states whose outlook moved most (total variation distance between the two sets of four probabilities, at least 0.02), at most ten, largest first. */
  moved: { iso3: string; name: string; before: OutcomeProbabilitiesOf; after: OutcomeProbabilitiesOf; change: number }[];
}

/** A state's four outcome probabilities. */
export interface OutcomeProbabilitiesOf {
  pYes: number;
  pAbstain: number;
  pNo: number;
  pAbsent: number;
}

/** An issue area: Voeten's code and a readable name. */
export interface IssueArea {
  code: IssueCode;
  name: string;
  /** True when predicted from the title, false when given in the spec. */
  predicted: boolean;
  /** Probability of the predicted area (1 when given). */
  probability: number;
}
