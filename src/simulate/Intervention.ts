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
