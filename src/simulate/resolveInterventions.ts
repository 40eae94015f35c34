import type { PreparedForecast } from "../forecast/PreparedForecast.ts";
import type { Assembly } from "../data/types.ts";
import { agreementShares } from "./agreementShares.ts";
import { checkLobbyingSides } from "./checkLobbyingSides.ts";
import { constantShift, lobbyingEffort, type AppliedIntervention } from "./lobbyingShift.ts";
import { statesOutcome } from "../forecast/statesOutcome.ts";
import { susceptibilityFromAgreement } from "./susceptibilityFromAgreement.ts";
import { uniformAt } from "../model/uniformAt.ts";
import type { LobbyingModel } from "./lobbying/fitLobbying.ts";
import { loadLobbying } from "./lobbying/loadLobbying.ts";
import { campaignQuantile } from "./lobbying/campaignQuantile.ts";
import type { GroupTargets, Intervention, ListTargets, OutcomeProbabilities, ResolvedIntervention, Scenario, Toward } from "./types.ts";

/** Interventions resolved against a prepared forecast. Private to src/simulate. */
export interface ResolvedScenario {
  /** Index-based interventions for the computations. */
  applied: AppliedIntervention[];
  /** The same, by ISO3, for reports. */
  resolved: ResolvedIntervention[];
  /** Susceptibility of state s (index into prepared.states) to intervention i. */
  susceptibility(i: number, s: number): number;
  /** States intervention i may move: members, not on its lobbying side, no known position. */
  movable(i: number, s: number): boolean;
  /** Resolves a candidate set ({ group }, { list } or ISO3 list) for intervention i to movable state indices. */
  candidates(i: number, spec: string[] | GroupTargets | ListTargets | undefined, skipped?: { iso3: string; reason: string }[]): number[];
}

/** The probability an intervention pushes up ("A": abstain; "attend": present). */
export function aimProbability(toward: Toward, p: OutcomeProbabilities): number {
  switch (toward) {
    case "Y": return p.pYes;
    case "N": return p.pNo;
    case "A": return p.pAbstain;
    case "attend": return 1 - p.pAbsent;
    case "stay away": return p.pAbsent;
  }
}

/**
 * Resolves a validated scenario's interventions: lobbying sides to lists,
 * targets to states of the forecast (named lists, groups, the most
 * persuadable), and each target's susceptibility (override, or recent
 * agreement with the lobbying side relative to the membership's mean).
 * The lobbying side and states with known positions are skipped, and so are
 * listed states that are not members as of asOf; all skips are reported.
 */
export function resolveInterventions(
  scenario: Scenario,
  prepared: PreparedForecast,
  assembly: Pick<Assembly, "rollCalls" | "states" | "matrix">,
  lobbying: LobbyingModel = loadLobbying(),
): ResolvedScenario {
  const S = prepared.nStates;
  const unit = lobbying.effect.estimate;
  // one draw of "how strong is a typical campaign" per Monte Carlo draw, shared by every intervention, curve point and
  // candidate set (common random numbers); uniforms past the ones the votes use (d x nStates + s < nDraws x nStates)
  let scale: Float64Array | undefined;
  const campaignScale = (): Float64Array =>
    (scale ??= Float64Array.from({ length: prepared.nDraws }, (_, d) => campaignQuantile(lobbying, uniformAt(prepared.uniformSeed, prepared.nDraws * S + d))));
  const measured = new Map(lobbying.responsiveness.members.map((m) => [m.iso3, Math.max(0, Math.min(10, m.estimate))]));
  const latent = (iv: Intervention): number => (typeof iv.strength === "number" ? iv.strength : iv.strength.campaigns * unit);
  const campaignOf = (iv: Intervention) => (typeof iv.strength === "number" ? {} : { campaign: { unit, scale: campaignScale() } });
  const index = new Map(prepared.states.map((st, s) => [st.iso3, s]));
  const members = prepared.states.map((st) => st.iso3);
  checkLobbyingSides(scenario, members, prepared.spec.asOf);
  const lists = scenario.lists ?? {};
  const sessions = scenario.agreement?.sessions ?? 3;
  const sides = scenario.interventions.map((iv) => (Array.isArray(iv.by) ? [...iv.by] : [iv.by]));
  const defaults = new Map<string, Record<string, number>>();
  const defaultFor = (by: string[]): Record<string, number> => {
    const key = [...by].sort().join(",");
    let d = defaults.get(key);
    if (!d) {
      d = susceptibilityFromAgreement(agreementShares(assembly, by, { asOf: prepared.spec.asOf, sessions }), members, by);
      defaults.set(key, d);
    }
    return d;
  };
  const susceptibility = (i: number, s: number): number => {
    const o = scenario.interventions[i].susceptibility;
    const iso3 = members[s];
    if (typeof o === "number") return o;
    if (o === "measured") return measured.get(iso3) ?? 1;
    if (o && o !== "agreement" && o[iso3] !== undefined) return o[iso3];
    return defaultFor(sides[i])[iso3] ?? 1;
  };
  const movable = (i: number, s: number) => !sides[i].includes(members[s]) && prepared.fixed[s] < 0;
  const candidates = (i: number, spec: string[] | GroupTargets | ListTargets | undefined, skipped: { iso3: string; reason: string }[] = []): number[] => {
    let codes: string[];
    if (spec === undefined) codes = members;
    else if (Array.isArray(spec)) codes = spec;
    else if ("group" in spec) {
      const groups = new Set<string>([spec.group].flat());
      codes = prepared.states.filter((st) => groups.has(st.group)).map((st) => st.iso3);
    } else codes = Object.hasOwn(lists, spec.list) ? lists[spec.list].members : [];
    const out: number[] = [];
    const seen = new Set<number>();
    for (const iso3 of codes) {
      const s = index.get(iso3);
      if (s === undefined) { skipped.push({ iso3, reason: `not a member as of ${prepared.spec.asOf}` }); continue; }
      if (seen.has(s)) continue;
      seen.add(s);
      if (sides[i].includes(iso3)) { if (spec !== undefined) skipped.push({ iso3, reason: "lobbying side" }); continue; }
      if (prepared.fixed[s] >= 0) { if (spec !== undefined) skipped.push({ iso3, reason: "known position" }); continue; }
      out.push(s);
    }
    return out;
  };
  const applied: AppliedIntervention[] = [];
  const resolved: ResolvedIntervention[] = [];
  scenario.interventions.forEach((iv: Intervention, i) => {
    const skipped: { iso3: string; reason: string }[] = [];
    let targets: number[];
    const t = iv.targets;
    if (!Array.isArray(t) && "mostPersuadable" in t) {
      const pool = Int32Array.from(candidates(i, t.among, skipped));
      // each state's outcome depends only on its own shift: all candidates in one pass
      const sus = Float64Array.from(pool, (s) => susceptibility(i, s));
      const effort = lobbyingEffort(S, [{ label: "", by: sides[i], toward: iv.toward, strength: latent(iv), targets: pool, susceptibility: sus, ...campaignOf(iv) }]);
      const before = statesOutcome(prepared, {}, pool);
      const after = statesOutcome(prepared, constantShift(effort), pool, undefined, effort.pull);
      const effect = Array.from(pool, (s, k) => ({ s, gain: aimProbability(iv.toward, after[k]) - aimProbability(iv.toward, before[k]) }));
      effect.sort((a, b) => b.gain - a.gain || a.s - b.s);
      targets = effect.slice(0, t.mostPersuadable).map((e) => e.s).sort((a, b) => a - b);
    } else {
      targets = candidates(i, t as string[] | GroupTargets | ListTargets, skipped);
    }
    const sus = targets.map((s) => susceptibility(i, s));
    const by = sides[i];
    const label = iv.label ?? `${by.join("+")} toward ${iv.toward}`;
    const strength = latent(iv);
    applied.push({ label, by, toward: iv.toward, strength, targets: Int32Array.from(targets), susceptibility: Float64Array.from(sus), ...campaignOf(iv) });
    resolved.push({
      label,
      by,
      toward: iv.toward,
      strength,
      campaigns: strength / unit,
      unit: typeof iv.strength === "number" ? "latent" : "campaigns",
      susceptibilityKind: iv.susceptibility === undefined || iv.susceptibility === "agreement" ? "agreement" : iv.susceptibility === "measured" ? "measured" : "given",
      targets: targets.map((s, k) => ({ iso3: members[s], susceptibility: sus[k] })),
      skipped,
    });
  });
  return { applied, resolved, susceptibility, movable, candidates };
}
