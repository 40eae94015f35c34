import type { Forecast } from "../forecast/types.ts";
import { formatPercent } from "../render/formatPercent.ts";
import { formatTable } from "./formatTable.ts";

const r1 = (x: number) => Math.round(x * 10) / 10;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** The forecast as the CLI's JSON: expected counts, intervals, P(adopted) and each state's probabilities (rounded). */
export function forecastJson(f: Forecast): object {
  return {
    title: f.title,
    asOf: f.asOf,
    ...(f.voteDate ? { voteDate: f.voteDate } : {}),
    rule: f.rule,
    members: f.members,
    expected: { yes: r1(f.expected.yes), no: r1(f.expected.no), abstain: r1(f.expected.abstain), absent: r1(f.expected.absent) },
    interval80: f.interval80,
    interval95: f.interval95,
    pAdopted: r3(f.pAdopted),
    threshold: f.threshold,
    ...(f.actual ? { actual: f.actual } : {}),
    kind: f.kind,
    warnings: f.warnings,
    issue: f.issue ? { code: f.issue.code, name: f.issue.name, predicted: f.issue.predicted, probability: r3(f.issue.probability) } : null,
    resembling: f.resembling.map((r) => ({ symbol: r.symbol, date: r.date, title: r.title, weight: r3(r.weight), similarity: r3(r.similarity), component: r.component, totals: r.totals })),
    components: f.components.map((c) => ({ label: c.label, prior: r3(c.prior), posterior: r3(c.posterior), expectedYes: Number.isFinite(c.expectedYes) ? r1(c.expectedYes) : null })),
    surprises: f.surprises.map((x) => ({ iso3: x.iso3, vote: x.vote, priorProbability: r3(x.priorProbability), posteriorProbability: r3(x.posteriorProbability) })),
    ...(f.knownEffect ? { knownEffect: knownEffectJson(f.knownEffect) } : {}),
    ...(f.conditioning ? { conditioning: { known: f.conditioning.known, effectiveDraws: Math.round(f.conditioning.effectiveDraws), acceptance: Number.isFinite(f.conditioning.acceptance) ? r3(f.conditioning.acceptance) : null, stages: f.conditioning.stages } } : {}),
    countries: f.countries.map((c) => ({ iso3: c.iso3, name: c.name, group: c.group, pYes: r3(c.pYes), pAbstain: r3(c.pAbstain), pNo: r3(c.pNo), pAbsent: r3(c.pAbsent) })),
  };
}

/** What the known positions changed, rounded as the rest of the JSON. */
function knownEffectJson(k: NonNullable<Forecast["knownEffect"]>): object {
  const counts = (c: Forecast["expected"]) => ({ yes: r1(c.yes), no: r1(c.no), abstain: r1(c.abstain), absent: r1(c.absent) });
  const probs = (p: { pYes: number; pAbstain: number; pNo: number; pAbsent: number }) => ({ pYes: r3(p.pYes), pAbstain: r3(p.pAbstain), pNo: r3(p.pNo), pAbsent: r3(p.pAbsent) });
  return { without: counts(k.without), with: counts(k.with), moved: k.moved.map((m) => ({ iso3: m.iso3, name: m.name, before: probs(m.before), after: probs(m.after), change: r3(m.change) })) };
}

/** The forecast as readable text: the outcome, then the states sorted from most to least likely to vote yes. */
export function forecastText(f: Forecast, options: { all?: boolean } = {}): string {
  const e = f.expected;
  const i80 = f.interval80;
  const lines = [
    `${f.title}`,
    `as of ${f.asOf}${f.voteDate ? ` for a vote on ${f.voteDate}` : ""}, ${f.members} member states, adoption by ${f.rule === "two-thirds" ? "two-thirds" : "a simple majority"} of those present and voting`,
    "",
    formatTable(
      ["", "expected", "80% interval", "95% interval", ...(f.actual ? ["actual"] : [])],
      (["yes", "no", "abstain", "absent"] as const).map((k) => [k, e[k].toFixed(1), `${i80[k][0]}-${i80[k][1]}`, `${f.interval95[k][0]}-${f.interval95[k][1]}`, ...(f.actual ? [f.actual[k]] : [])]),
    ),
    "",
    `chance of adoption ${formatPercent(f.pAdopted)}`,
    "",
    ...resemblingLines(f),
  ];
  const sorted = [...f.countries].sort((a, b) => b.pYes - a.pYes);
  const undecided = sorted.filter((c) => Math.max(c.pYes, c.pNo, c.pAbstain, c.pAbsent) < 0.8);
  const shown = options.all ? sorted : undecided;
  lines.push(options.all ? "every member state:" : `states with no outcome above 80% (${undecided.length}; --all lists every state):`);
  const pct = formatPercent;
  lines.push(formatTable(["ISO3", "state", "yes", "abstain", "no", "absent"], shown.map((c) => [c.iso3, c.name, pct(c.pYes), pct(c.pAbstain), pct(c.pNo), pct(c.pAbsent)])));
  return lines.join("\n");
}

const VOTE_WORDS = { Y: "yes", N: "no", A: "abstain", X: "absent" } as const;

/** The resembling votes the forecast leaned on, the mixture's components, the issue area and the surprises, as text lines. */
function resemblingLines(f: Forecast): string[] {
  const lines: string[] = [];
  const kind = f.kind === "repeated" ? "a repeated text" : f.kind === "novel" ? "a novel text (no earlier vote on it: whether it passes near-unanimously is hard to tell; known positions or a like list narrow it)" : "an emergency special session";
  const issue = f.issue ? `; issue area: ${f.issue.name}${f.issue.predicted ? ` (predicted from the title, ${(f.issue.probability * 100).toFixed(0)}%)` : ""}` : "";
  lines.push(`kind of vote: ${kind}${issue}`);
  if (f.resembling.length > 0) {
    lines.push("resembling votes leaned on:");
    lines.push(formatTable(
      ["symbol", "date", "yes-no-abstain", "weight", "title"],
      f.resembling.map((r) => [r.symbol, r.date, `${r.totals.yes}-${r.totals.no}-${r.totals.abstain}`, `${(r.weight * 100).toFixed(0)}%`, r.title.length > 60 ? `${r.title.slice(0, 57)}...` : r.title]),
    ));
  } else lines.push("no resembling vote found: forecast from the recent record only");
  if (f.components.length > 1) {
    lines.push("", "mixture components (weight before -> after the known positions; expected yes):");
    for (const c of f.components) lines.push(`  ${c.label}: ${(c.prior * 100).toFixed(0)}% -> ${(c.posterior * 100).toFixed(0)}%; ${Number.isFinite(c.expectedYes) ? c.expectedYes.toFixed(1) : "-"} yes`);
  }
  if (f.knownEffect) {
    const k = f.knownEffect;
    const known = f.conditioning?.known ?? 0;
    lines.push("", `what the ${known} known position${known === 1 ? "" : "s"} changed: expected yes ${k.without.yes.toFixed(1)} without them, ${k.with.yes.toFixed(1)} with them (no ${k.without.no.toFixed(1)} -> ${k.with.no.toFixed(1)}, abstain ${k.without.abstain.toFixed(1)} -> ${k.with.abstain.toFixed(1)})`);
    if (k.moved.length > 0) {
      lines.push("states whose outlook moved most because of them:");
      const pct = formatPercent;
      lines.push(formatTable(
        ["ISO3", "state", "yes", "abstain", "no", "absent"],
        k.moved.slice(0, 8).map((m) => [m.iso3, m.name, `${pct(m.before.pYes)} -> ${pct(m.after.pYes)}`, `${pct(m.before.pAbstain)} -> ${pct(m.after.pAbstain)}`, `${pct(m.before.pNo)} -> ${pct(m.after.pNo)}`, `${pct(m.before.pAbsent)} -> ${pct(m.after.pAbsent)}`]),
      ));
    }
  }
  if (f.surprises.length > 0) {
    lines.push("", "surprises (known positions that stay unlikely after learning from all of them; each still informs the forecast):");
    for (const x of f.surprises) lines.push(`  ${x.iso3} votes ${VOTE_WORDS[x.vote]}: probability ${(x.posteriorProbability * 100).toFixed(1)}% given the other known positions (${(x.priorProbability * 100).toFixed(1)}% before any)`);
  }
  for (const w of f.warnings) lines.push("", `warning: ${w}`);
  lines.push("");
  return lines;
}
