import type { LobbyingModel } from "./fitLobbying.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";
import type { StrengthEstimate } from "./fitCampaignStrength.ts";

const f = (x: number, d = 3) => x.toFixed(d);
const est = (e: { estimate: number; interval90: [number, number] }) =>
  Number.isFinite(e.interval90[0]) ? `${f(e.estimate)} [${f(e.interval90[0])}, ${f(e.interval90[1])}]` : f(e.estimate);
const n = (e: StrengthEstimate) => `${est(e)} (${e.votes} votes)`;

/** The share of `sorted` at or above `x` (0-1). */
export function shareAtLeast(sorted: readonly number[], x: number): number {
  if (sorted.length === 0) return NaN;
  let k = 0;
  for (const v of sorted) if (v >= x) k++;
  return k / sorted.length;
}

/**
 * Plain-text report of a lobbying model (`plenary lobbying`, scripts/fitLobbying.ts): the effect, placebo, by
 * decade, switched texts, responsiveness extremes, held-out validation, spill-over and implied strengths.
 *
 * @example
 * formatLobbying(loadLobbying()).split("\n")[0]; // the date range of the evidence
 */
export function formatLobbying(m: LobbyingModel): string {
  if (m === null || typeof m !== "object" || m.format !== "plenary-lobbying") throw new PlenaryError(`invalid m; expected a lobbying model (fitLobbying, loadLobbying): ${JSON.stringify(m)?.slice(0, 80)}`);
  const lines: string[] = [];
  lines.push(`Typical US important-vote campaign, from the record ${m.from} to ${m.until} (validated on ${m.until} to ${m.validateUntil})`);
  lines.push(`  latent shift toward the US vote of a state with susceptibility 1, maximum likelihood, 90% bootstrap interval over roll calls`);
  lines.push(`  important votes (campaigns):  ${n(m.effect)}`);
  lines.push(`  non-important votes (placebo): ${n(m.placebo)}`);
  lines.push(`  difference:                    ${est(m.difference)}`);
  lines.push(`  texts important in some years only (${m.switched.texts} texts): important ${n(m.switched.important)}, not important ${n(m.switched.notImportant)}, difference ${est(m.switched.difference)}`);
  lines.push(`By decade (important | placebo):`);
  for (const d of m.byDecade) lines.push(`  ${d.decade}: ${n(d.important)} | ${n(d.placebo)}`);
  const r = m.responsiveness;
  const sorted = [...r.members].filter((x) => x.votes > 0).sort((a, b) => b.estimate - a.estimate);
  lines.push(`Responsiveness (x typical; prior mean shift ${f(r.prior.mean)}, sd ${f(r.prior.sd)}; ${r.members.length} members):`);
  lines.push(`  most:  ${sorted.slice(0, 5).map((x) => `${x.iso3} ${f(x.estimate, 2)} [${f(x.interval90[0], 2)}, ${f(x.interval90[1], 2)}]`).join(", ")}`);
  lines.push(`  least: ${sorted.slice(-5).map((x) => `${x.iso3} ${f(x.estimate, 2)} [${f(x.interval90[0], 2)}, ${f(x.interval90[1], 2)}]`).join(", ")}`);
  const v = m.validation;
  const row = (label: string, x: LobbyingModel["validation"]["important"]) =>
    `  ${label}: log-loss without ${f(x.without.logLoss, 4)}, uniform ${f(x.uniform.logLoss, 4)}, agreement ${f(x.agreement.logLoss, 4)}, measured ${f(x.measured.logLoss, 4)}; yes MAE ${f(x.without.maeYes, 2)} / ${f(x.uniform.maeYes, 2)} / ${f(x.agreement.maeYes, 2)} / ${f(x.measured.maeYes, 2)} (${x.without.votes} votes)`;
  lines.push(`Held out (${m.until} to ${m.validateUntil}), one typical campaign:`);
  lines.push(row("important", v.important));
  lines.push(row("placebo  ", v.placebo));
  lines.push(`  default susceptibility: ${m.defaultSusceptibility}; campaign on by default in important-vote forecasts: ${m.defaultInImportantForecasts ? "yes" : "no"}`);
  if (m.spillover) {
    lines.push(`Spill-over to partners (strength refitted on ${m.spillover.fitOn}; held-out log-loss, agreement susceptibility): ${m.spillover.rows.map((r) => `share ${r.share}: s ${f(r.strength, 2)}, ${f(r.heldOutLogLoss, 4)}`).join("; ")} (no campaign: ${f(m.validation.important.without.logLoss, 4)}); ${m.spillover.helps ? "lower than without spill-over" : "no better than without spill-over"}; ${m.spillover.defaultOn ? "on by default" : "off by default"}`);
  }
  const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  const [lo, hi] = m.implied.range ?? [-Infinity, Infinity];
  const ends = (xs: number[]) => Math.round((100 * xs.filter((x) => x <= lo || x >= hi).length) / xs.length);
  const dist = (xs: number[]) => `median ${f(q(xs, 0.5), 2)}, 10-90% ${f(q(xs, 0.1), 2)} to ${f(q(xs, 0.9), 2)} (${xs.length}; ${ends(xs)}% at the ends of the searched range [${f(lo, 2)}, ${f(hi, 2)}])`;
  lines.push(`Implied strength (typical campaigns): important votes ${dist(m.implied.campaigns)}; non-important ${dist(m.implied.noCampaign)}`);
  return lines.join("\n");
}
