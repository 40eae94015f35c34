import type { RegionalGroup } from "../data/regionalGroup.ts";
/**
 * One lobbying effort of a scenario: who lobbies (`by`), toward which vote,
 * whom (`Targets`) and how hard; and the same effort once its targets are
 * resolved to states (`ResolvedIntervention`). The parameterization is
 * described in ./Scenario.ts and docs/lobbying.md.
 */

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

/**
 * A strength in the empirical unit: a number of typical US campaigns on the
 * State Department's important votes, as estimated from the record
 * (models/lobbying.json, `plenary lobbying`). The estimate's uncertainty is
 * carried into the scenario: each Monte Carlo draw uses its own strength of
 * one campaign, drawn from the estimate's bootstrap distribution with common
 * random numbers. Only for interventions toward "Y" or "N".
 */
export interface CampaignStrength {
  /**
   * How many typical campaigns. No default; range [0, 10].
   * @minimum 0
   * @maximum 10
   */
  campaigns: number;
}

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
   * and "stay away") of a target with susceptibility 1, in [0, 20]; or
   * `{ "campaigns": n }`, n typical US important-vote campaigns (see
   * `CampaignStrength`). 0 changes nothing. No default.
   */
  strength: LatentStrength | CampaignStrength;
  /**
   * Overrides the default susceptibility: "agreement" (recent agreement with
   * the lobbying side, relative to the membership's mean agreement with it),
   * "measured" (each member's responsiveness to US important-vote campaigns,
   * estimated from the record with shrinkage; lobbying sides including the
   * United States only), one multiplier for every target, or multipliers by
   * ISO3 (the others keep the default). Default: "agreement"; range [0, 10].
   */
  susceptibility?: "agreement" | "measured" | number | Record<string, number>;
}

/**
 * A strength on the model's latent scale. Range [0, 20].
 * @minimum 0
 * @maximum 20
 */
export type LatentStrength = number;

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

/** An intervention as applied: its targets resolved to states, each with its susceptibility. */
export interface ResolvedIntervention {
  label: string;
  by: string[];
  toward: Toward;
  /** Strength on the latent scale (for a strength in campaigns: campaigns x the estimated typical campaign). */
  strength: number;
  /** The same strength in typical US important-vote campaigns (strength / the estimate's latent shift). */
  campaigns: number;
  /** The unit the scenario gave: "latent" or "campaigns" (then each draw uses its own strength; see CampaignStrength). */
  unit: "latent" | "campaigns";
  /** The susceptibility used: "agreement", "measured" or "given" (a number or per-state multipliers; others agreement). */
  susceptibilityKind: "agreement" | "measured" | "given";
  /** Targets actually moved, with their susceptibility multipliers. */
  targets: { iso3: string; susceptibility: number }[];
  /** With `"spillover"`: the share used and how many partners (not targeted themselves) the pressure spilled to. */
  spillover?: { share: number; partners: number };
  /** Targets left out, and why (the lobbying side itself, a known position, not a member as of asOf). */
  skipped: { iso3: string; reason: string }[];
}
