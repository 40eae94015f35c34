import type { ImpliedPlacement } from "../simulate/lobbying/placeImplied.ts";
import { checkObject, checkOptions, showValue } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { formatPercent } from "../render/formatPercent.ts";
import type { ScenarioResult, StateChange } from "../simulate/types.ts";
import { formatTable } from "./formatTable.ts";

const r1 = (x: number) => Math.round(x * 10) / 10;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r4 = (x: number) => Math.round(x * 10000) / 10000;
const signed = (x: number, digits = 1) => `${x >= 0 ? "+" : "-"}${Math.abs(x).toFixed(digits)}`;
const pct = formatPercent;
const pp = (d: number) => `${d >= 0 ? "+" : "-"}${(Math.abs(d) * 100).toFixed(1)}`;

/**
 * A scenario result as the CLI's JSON (`plenary scenario --json`): baseline
 * and scenario summaries, the change, flips, every state's change, the
 * interventions as applied, and the curve, best targets and implied
 * strength when asked; numbers rounded, the full forecasts left out.
 */
export function scenarioJson(r: ScenarioResult): object {
  const counts = (c: { yes: number; no: number; abstain: number; absent: number }) => ({ yes: r1(c.yes), no: r1(c.no), abstain: r1(c.abstain), absent: r1(c.absent) });
  const summary = (s: ScenarioResult["baseline"]) => ({ ...s, expected: counts(s.expected), pAdopted: r4(s.pAdopted) });
  const probs = (p: StateChange["before"]) => ({ pYes: r3(p.pYes), pAbstain: r3(p.pAbstain), pNo: r3(p.pNo), pAbsent: r3(p.pAbsent) });
  return {
    title: r.title,
    asOf: r.asOf,
    rule: r.rule,
    baseline: summary(r.baseline),
    scenario: summary(r.scenario),
    delta: { ...counts(r.delta), pAdopted: r4(r.delta.pAdopted) },
    flips: r.flips.map((f) => ({ ...f, pBefore: r3(f.pBefore), pAfter: r3(f.pAfter) })),
    changes: r.changes.map((c) => ({ iso3: c.iso3, name: c.name, group: c.group, targeted: c.targeted, before: probs(c.before), after: probs(c.after), size: r3(c.size) })),
    interventions: r.interventions.map((iv) => ({ ...iv, targets: iv.targets.map((t) => ({ iso3: t.iso3, susceptibility: r3(t.susceptibility) })) })),
    ...(r.curveIntervention ? { curveIntervention: r.curveIntervention } : {}),
    ...(r.targetsIntervention ? { targetsIntervention: r.targetsIntervention } : {}),
    ...(r.curve ? { curve: r.curve.map((p) => ({ ...p, strength: r4(p.strength), expectedYes: r1(p.expectedYes), pAdopted: r4(p.pAdopted) })) } : {}),
    ...(r.targets ? { targets: r.targets.map((t) => ({ ...t, gain: r4(t.gain), deltaYes: r3(t.deltaYes), expectedYes: r1(t.expectedYes), pAdopted: r4(t.pAdopted) })) } : {}),
    ...(r.impliedStrength ? { impliedStrength: { ...r.impliedStrength, strength: r.impliedStrength.strength === null ? null : r3(r.impliedStrength.strength), expected: r1(r.impliedStrength.expected), range: r.impliedStrength.range.map(r1) } } : {}),
    ...(r.actual ? { actual: r.actual } : {}),
  };
}

/** Smallest change (probability) that shows as a non-zero 0.1-point change in the report. */
const MOVED = 0.0005;

const KEY = { Y: "pYes", A: "pAbstain", N: "pNo", X: "pAbsent" } as const;
const WORD = { Y: "yes", A: "abstain", N: "no", X: "absent" } as const;

/** "SEN abstain -> yes (yes 47.5% -> 57.1%, abstain 49.0% -> 40.0%)" */
function flipText(r: ScenarioResult, f: ScenarioResult["flips"][number]): string {
  const c = r.changes.find((x) => x.iso3 === f.iso3);
  const from = c ? `, ${WORD[f.from]} ${pct(c.before[KEY[f.from]])} -> ${pct(c.after[KEY[f.from]])}` : "";
  return `${f.iso3} ${WORD[f.from]} -> ${WORD[f.to]} (${WORD[f.to]} ${pct(f.pBefore)} -> ${pct(f.pAfter)}${from})`;
}

/** Options of {@link scenarioText}. */
export interface ScenarioTextOptions {
  /** How many of the most movable states to list. Default 10. */
  top?: number;
}

/**
 * A scenario result as a readable report: the interventions, baseline and
 * scenario outcomes against the actual result, the most movable states, the
 * states whose most likely vote flips, the response curve, the best targets
 * and the implied strength.
 */
export function scenarioText(r: ScenarioResult, options: ScenarioTextOptions = {}): string {
  checkObject(r, "r", "a scenario result (runScenario)");
  if (!(r.baseline && r.forecasts && Array.isArray(r.changes))) throw new PlenaryError(`invalid r; expected a scenario result (runScenario): ${showValue(r)}`);
  checkOptions(options);
  const top = options.top ?? 10;
  const out: string[] = [];
  out.push(r.title, `forecast as of ${r.asOf}; adoption by ${r.rule === "two-thirds" ? "two-thirds" : "a simple majority"} of those present and voting; ${r.baseline.members} member states`, "");
  out.push("Interventions (strength: shift on the latent scale for a target of susceptibility 1, and in typical US important-vote campaigns)");
  r.interventions.forEach((iv, i) => {
    const sus = iv.targets.map((t) => t.susceptibility).sort((a, b) => a - b);
    const range = sus.length ? `, susceptibility ${sus[0].toFixed(2)}-${sus[sus.length - 1].toFixed(2)} (median ${sus[sus.length >> 1].toFixed(2)})` : "";
    const skipped = iv.skipped.length ? `; skipped ${iv.skipped.map((s) => `${s.iso3} (${s.reason})`).join(", ")}` : "";
    const plain = `${iv.by.join("+")} toward ${iv.toward}`;
    out.push(`  ${i}. ${iv.label === plain ? plain : `${iv.label}: ${plain}`}, strength ${strengthText(iv)}${iv.strength === 0 ? " (off)" : ""}, ${iv.targets.length} targets${range}${iv.susceptibilityKind ? ` (${iv.susceptibilityKind} susceptibility)` : ""}${skipped}`);
  });
  out.push("");
  const row = (name: string, s: ScenarioResult["baseline"]) => [
    name, s.expected.yes.toFixed(1), `${s.interval80.yes[0]}-${s.interval80.yes[1]}`, s.expected.no.toFixed(1), s.expected.abstain.toFixed(1), s.expected.absent.toFixed(1), pct(s.pAdopted),
  ];
  const rows = [row("baseline", r.baseline), row("scenario", r.scenario), ["change", signed(r.delta.yes), "", signed(r.delta.no), signed(r.delta.abstain), signed(r.delta.absent), `${signed(r.delta.pAdopted * 100)} pts`]];
  if (r.actual) {
    const a = r.actual;
    const adopted = r.rule === "two-thirds" ? 3 * a.yes >= 2 * (a.yes + a.no) : a.yes > a.no;
    rows.push(["actual", String(a.yes), "", String(a.no), String(a.abstain), String(a.absent), adopted ? "adopted" : "rejected"]);
  }
  out.push(formatTable(["", "yes", "yes 80%", "no", "abstain", "absent", "P(adopted)"], rows), "");

  // a state whose every change rounds to 0.0 points did not move: never listed as "movable"
  const moved = r.changes.filter((c) => Math.max(Math.abs(c.delta.pYes), Math.abs(c.delta.pAbstain), Math.abs(c.delta.pNo), Math.abs(c.delta.pAbsent)) >= MOVED);
  const shown = moved.slice(0, top);
  if (shown.length === 0) out.push("No state's probabilities moved by 0.05 percentage points or more.", "");
  else out.push(shown.length < top
    ? `${shown.length} most movable states (only ${shown.length} moved by 0.05 percentage points or more; largest probability changes; percentage points)`
    : `${top} most movable states (largest probability changes; percentage points)`);
  if (shown.length > 0) out.push(formatTable(
    ["ISO3", "state", "P(yes)", "", "change", "abstain", "no", "absent"],
    shown.map((c) => [c.iso3, c.name, `${pct(c.before.pYes)} ->`, pct(c.after.pYes), pp(c.delta.pYes), pp(c.delta.pAbstain), pp(c.delta.pNo), pp(c.delta.pAbsent)]),
  ), "");

  out.push(r.flips.length === 0
    ? "No state's most likely vote flips."
    : `Most likely vote flips (${r.flips.length}): ${r.flips.map((f) => flipText(r, f)).join("; ")}`);
  out.push("");

  if (r.curve) {
    out.push(`Response curve: strength of "${r.curveIntervention}" swept, other interventions fixed`);
    out.push(formatTable(["strength", "campaigns", "expected yes", "yes 80%", "P(adopted)"], r.curve.map((p) => [p.strength.toFixed(2), p.campaigns === undefined ? "" : p.campaigns.toFixed(2), p.expectedYes.toFixed(1), `${p.yesLo80}-${p.yesHi80}`, pct(p.pAdopted)])), "");
  }
  if (r.targets) {
    out.push(`Best ${r.targets.length} targets for "${r.targetsIntervention}" (greedy marginal gain, toward the lobbying side's aim)`);
    out.push(formatTable(
      ["#", "ISO3", "state", "gain", "yes change", "expected yes", "P(adopted)"],
      r.targets.map((t, i) => [String(i + 1), t.iso3, t.name, Math.abs(t.gain) < 1 && t.gain !== 0 ? t.gain.toFixed(3) : t.gain.toFixed(1), signed(t.deltaYes, 3), t.expectedYes.toFixed(1), pct(t.pAdopted)]),
    ), "");
  }
  if (r.impliedStrength) {
    const s = r.impliedStrength;
    out.push(s.strength === null
      ? `Implied strength of "${s.intervention}": none in [0, ${s.maxStrength}]; ${s.note}`
      : `Implied strength of "${s.intervention}": ${s.strength.toFixed(2)}${s.campaigns != null ? ` (${s.campaigns.toFixed(2)} typical campaigns)` : ""}: expected ${s.match} ${s.expected.toFixed(1)} = observed ${s.observed} (expected ${s.match} ${s.range[0].toFixed(1)} at strength 0, ${s.range[1].toFixed(1)} at ${s.maxStrength})`);
    if (s.placement) out.push(placementText(s.placement));
  }
  return out.join("\n");
}

/** "0.35 latent (0.60 typical campaigns, drawn per draw)" for an intervention. */
function strengthText(iv: ScenarioResult["interventions"][number]): string {
  if (iv.campaigns === undefined) return String(iv.strength);
  return iv.unit === "campaigns"
    ? `${iv.campaigns} typical campaign${iv.campaigns === 1 ? "" : "s"} (${iv.strength.toFixed(3)} latent; each draw its own strength)`
    : `${iv.strength} (${iv.campaigns.toFixed(2)} typical campaigns)`;
}

/** How unusual an implied strength is among past votes' (models/lobbying.json). */
export function placementText(p: ImpliedPlacement): string {
  const pc = (x: number) => `${Math.round(x * 100)}%`;
  return `  That is more than ${pc(p.percentileAmongCampaigns)} of past US important-vote campaigns imply; ${pc(p.noCampaignAtLeast)} of non-important votes (no campaign) show a gap that large${p.beyondRange ? " (beyond the range searched for past votes: bounds)" : ""}.`;
}
