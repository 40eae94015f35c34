import type { AdoptionRule, ComponentSummary, ConditioningSummary, ForecastSpec, OutcomeProbabilitiesOf, IssueArea, ResemblingVote, Surprise, VoteKind } from "./types.ts";

/**
 * A forecast before its outcome is simulated: every Monte Carlo draw of the
 * new roll call's parameters and of each member state's latent utility, plus
 * absence probabilities. `simulateOutcome` turns it into a `Forecast`;
 * lobbying scenarios (src/simulate) shift the utilities or absence logits and
 * simulate again with the same random numbers (common random numbers), so a
 * zero shift reproduces the baseline exactly.
 *
 * Conventions (ordered logit, see src/model/types.ts): for draw d and state s,
 * eta[d * nStates + s] is the latent utility of voting yes; the vote is
 * no if eta + e < cutNo[d], abstain if cutNo[d] <= eta + e < cutYes[d], yes otherwise,
 * with e ~ Logistic(0, 1), the cutpoints widened by band[d * nStates + s] when
 * given. Higher eta always means "more toward yes".
 */
export interface PreparedForecast {
  /** The validated spec. */
  spec: Required<Pick<ForecastSpec, "title" | "asOf" | "rule" | "draws" | "seed">> & ForecastSpec;
  rule: AdoptionRule;
  /** Member states as of asOf (voted in the latest roll call before it), in matrix column order. */
  states: { iso3: string; name: string; group: string }[];
  nStates: number;
  nDraws: number;
  /** Latent utility toward yes per draw and state, length nDraws * nStates. */
  eta: Float64Array;
  /** Lower cutpoint per draw. */
  cutNo: Float64Array;
  /** Upper cutpoint per draw. */
  cutYes: Float64Array;
  /**
   * Per draw and state, how far the state's own cutpoints are widened around
   * the roll call's (cutNo - band, cutYes + band): its room to abstain on this
   * subject. Length nDraws * nStates; absent means no widening.
   */
  band?: Float64Array;
  /** Log-odds of being absent, per state. */
  absentLogit: Float64Array;
  /**
   * Turnout shock per draw, common to every state (turnout varies from one
   * roll call to the next together, e.g. late-night votes): each state's
   * P(absent) in draw d is multiplied by exp(absentShock[d]) (capped at 0.995).
   * Drawn as sd * z - sd^2 / 2 so the multiplier averages 1. Length nDraws;
   * absent means none.
   */
  absentShock?: Float64Array;
  /** Known positions as fixed outcomes per state: -1 none, else 0 no, 1 abstain, 2 yes, 3 absent. */
  fixed: Int8Array;
  /**
   * Seed of the uniform random numbers for sampling votes (common random
   * numbers): state s's vote in draw d uses uniformAt(uniformSeed, d * nStates + s)
   * (src/model/uniformAt.ts), computed where used rather than stored.
   */
  uniformSeed: number;
  /** Period (regular session) of asOf. */
  period: number;
  /** Mixture component of each draw (index into `components`). */
  component: Int8Array;
  /** Kind of vote (sets the common shock's width). */
  kind: VoteKind;
  /** Issue area, given or predicted. */
  issue: IssueArea | null;
  /** The resembling roll calls leaned on, weights normalized with the components'. */
  resembling: ResemblingVote[];
  /** The mixture's components: label, prior and posterior weight. */
  components: Omit<ComponentSummary, "expectedYes">[];
  /**
   * When positions are known: how much wider the unknown states' counts are
   * drawn about their means (settings `knownWiden`, `knownWidenContest`; see
   * `widenFactor`). Absent: no widening.
   */
  widen?: { scale: number; contest: number };
  /** Known positions that stay unlikely under the posterior. */
  surprises: Surprise[];
  /** Every state's outlook had no position been known (when some were): probabilities over the prior draws. */
  withoutKnown?: OutcomeProbabilitiesOf[];
  /** How the conditioning on known positions went. */
  conditioning?: ConditioningSummary;
  /** Cutoff of the model used. */
  modelCutoff: string;
  /** Things the user should know about this forecast (e.g. an asOf far past the last recorded vote). */
  warnings: string[];
}

/** Shifts applied by a scenario before simulating: per state, added to eta (toward yes) and to the absence log-odds. */
export interface OutcomeShift {
  /** Added to every draw's eta of state s (index in PreparedForecast.states); length nStates. */
  eta?: Float64Array;
  /** Optional per-draw shift, length nDraws * nStates; added on top of `eta`. */
  etaByDraw?: Float64Array;
  /** Added to state s's absence log-odds; length nStates. */
  absentLogit?: Float64Array;
  /**
   * A shift whose size varies by draw (a lobbying strength drawn from its estimate's uncertainty): in draw d,
   * `scaled.eta[s] * scaled.scale[d]` is added to state s's eta. `eta` has length nStates, `scale` nDraws.
   */
  scaled?: { eta: Float64Array; scale: Float64Array };
}
