import { loadAssembly } from "../data/loadAssembly.ts";
import { stateNameAt } from "../data/stateNameAt.ts";
import type { Assembly } from "../data/types.ts";
import type { VoteLetter } from "../data/voteCodes.ts";
import type { FittedModel } from "../model/types.ts";
import { randomNormal, seededRandom } from "../model/seededRandom.ts";
import { checkOptions } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { checkCouncilSpec } from "./checkCouncilSpec.ts";
import { N_FEATURES, type DraftFacts } from "./councilFeatures.ts";
import { councilModelAsOf, permanentProbabilities, type CouncilModel } from "./councilModel.ts";
import { nameIndex } from "./councilNames.ts";
import { classProbabilities } from "./fitMultinomial.ts";
import { findCouncilVote } from "./findCouncilVote.ts";
import { loadCouncil } from "./loadCouncil.ts";
import { normalCdf } from "./normalCdf.ts";
import { agendaKey } from "./readCouncilVotes.ts";
import { PERMANENT, type CouncilForecast, type CouncilRecord, type CouncilSpec, type PermanentMember } from "./types.ts";

/** Correlation of the members' votes on one draft through a common shock (Gaussian copula; marginals unchanged). */
export const COUNCIL_RHO = 0.5;

/** Options of `forecastCouncil`. */
export interface CouncilForecastOptions {
  assembly?: Assembly;
  council?: CouncilRecord;
  /** Assembly model for the positions (cutoff on or before asOf). Default: `modelForAsOf(assembly, asOf)`. */
  model?: FittedModel;
  /** The Council model, when already fitted for asOf (the backtest passes it). */
  councilModel?: CouncilModel;
  /** Cache folder for the Council model's coefficients; null for none. */
  cacheDir?: string | null;
  /** Correlation of the common shock. Default COUNCIL_RHO. */
  rho?: number;
  /**
   * Lobbying: for each member (ISO3), a share `strength` in [0, 1] of its probability moved to the vote `toward`
   * (p' = (1 - s) p + s on that vote): 1 wins it over outright, 0.5 moves half the way. See src/simulate/councilLobbying.ts.
   */
  adjust?: Record<string, { toward: "Y" | "A" | "N" | "X"; strength: number }>;
}

/** Each member's probabilities of yes, abstain, no, absent for a draft, from the Council model (no draws). */
export function councilProbabilities(cm: CouncilModel, draft: DraftFacts & { members: readonly string[] }): Float64Array[] {
  const f = new Float64Array(N_FEATURES);
  return draft.members.map((m) => {
    cm.history.features(m, draft, cm.positions, f, 0, cm.disagreement);
    // order of the model's classes: yes, abstain, no, absent
    return f[1] === 1 ? permanentProbabilities(cm, f) : classProbabilities(cm.fit, f);
  });
}

/** The Council's members on a date, from the record's composition (the latest year recorded after the record ends). */
export function councilMembersOn(council: CouncilRecord, date: string): string[] {
  const year = Number(date.slice(0, 4));
  const c = council.composition.find((y) => y.year === year) ?? (year > council.composition[council.composition.length - 1].year ? council.composition[council.composition.length - 1] : undefined);
  if (!c) throw new PlenaryError(`invalid asOf; no Council composition recorded for ${year} (the record covers ${council.composition[0].year}-${council.composition[council.composition.length - 1].year}); give members: ${JSON.stringify(date)}`);
  return [...c.permanent, ...c.elected];
}

/**
 * Forecasts a Security Council draft: each member's probabilities of yes,
 * abstain, no and not participating (the Council model, councilModel.ts),
 * the distribution of the yes count, each permanent member's probability of
 * a negative vote (a veto), and P(adopted) under Art. 27(3): nine yes and no
 * permanent member against. Members' votes are drawn jointly (a common shock,
 * `rho`), with `known` positions fixed. See docs/security-council.md.
 *
 * @example
 * const f = forecastCouncil({ body: "SC", title: "Ukraine annexations", asOf: "2022-09-29", agenda: "Maintenance of peace and security of Ukraine", sponsors: ["USA", "ALB"] });
 * f.vetoes.RUS; // P(Russia votes no)
 */
export function forecastCouncil(specInput: CouncilSpec, options: CouncilForecastOptions = {}): CouncilForecast {
  const spec = checkCouncilSpec(specInput);
  checkOptions(options);
  const rho = options.rho ?? COUNCIL_RHO;
  if (!(typeof rho === "number" && rho >= 0 && rho < 1)) throw new PlenaryError(`invalid rho; expected a number in [0, 1): ${JSON.stringify(rho)}`);
  const council = options.council ?? loadCouncil();
  const assembly = options.assembly ?? loadAssembly();
  const warnings: string[] = [];
  const likeVotes = spec.like.map((symbol, k) => {
    let v;
    try {
      v = findCouncilVote(council, symbol);
    } catch (e) {
      throw new PlenaryError(`invalid like[${k}]; ${(e as Error).message}`);
    }
    if (v.date >= spec.asOf) throw new PlenaryError(`invalid like[${k}]; ${symbol} was voted on ${v.date}, not before asOf ${spec.asOf}`);
    return v;
  });
  const lastLike = [...likeVotes].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  const key = lastLike ? lastLike.agendaKey : agendaKey(nameIndex(), "", spec.agenda ?? spec.title);
  const before = council.votes.filter((v) => v.date < spec.asOf && v.agendaKey === key);
  const region = spec.region ?? lastLike?.region ?? before[before.length - 1]?.region ?? "Thematic";
  if (before.length === 0) warnings.push(`no earlier Council vote on this item (${JSON.stringify(key)}): the forecast leans on the members' general habits and their distance from the sponsors`);
  const codes = new Set(assembly.states.map((st) => st.iso3));
  for (const [field, list] of [["members", spec.members ?? []], ["sponsors", spec.sponsors]] as const) {
    list.forEach((m, k) => {
      if (!codes.has(m)) throw new PlenaryError(`invalid ${field}[${k}]; unknown country code (not a state in the record): ${JSON.stringify(m)}`);
    });
  }
  const members = spec.members ?? councilMembersOn(council, spec.asOf);
  const known = spec.known;
  for (const m of Object.keys(known)) if (!members.includes(m)) throw new PlenaryError(`invalid known.${m}; not a member of the Council as of ${spec.asOf}: ${JSON.stringify(m)}`);
  for (const m of PERMANENT) if (!members.includes(m)) warnings.push(`members leave out the permanent member ${m}`);
  const cm = options.councilModel ?? councilModelAsOf(council, assembly, spec.asOf, { ...(options.model ? { model: options.model } : {}), ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}) });
  const probs = councilProbabilities(cm, { date: spec.asOf, agendaKey: key, region, sponsors: spec.sponsors, members, rivalDrafts: spec.rivalDrafts ?? 0, like: likeVotes });
  // lobbying moves probability toward a vote; known positions replace the model's probabilities
  for (const [m, a] of Object.entries(options.adjust ?? {})) {
    const i = members.indexOf(m);
    if (i < 0) throw new PlenaryError(`invalid adjust.${m}; not a member of the Council as of ${spec.asOf}: ${JSON.stringify(m)}`);
    if (!(typeof a?.strength === "number" && a.strength >= 0 && a.strength <= 1)) throw new PlenaryError(`invalid adjust.${m}.strength; expected a number in [0, 1]: ${JSON.stringify(a?.strength)}`);
    const k = ["Y", "A", "N", "X"].indexOf(a.toward);
    if (k < 0) throw new PlenaryError(`invalid adjust.${m}.toward; expected one of Y, A, N, X: ${JSON.stringify(a.toward)}`);
    probs[i] = probs[i].map((p, c) => (1 - a.strength) * p + (c === k ? a.strength : 0));
  }
  members.forEach((m, i) => {
    const v = known[m];
    if (v) probs[i] = Float64Array.from([v === "Y" ? 1 : 0, v === "A" ? 1 : 0, v === "N" ? 1 : 0, v === "X" ? 1 : 0]);
  });
  const result = drawCouncil(members, probs, spec.draws, spec.seed, rho);
  const countries = members.map((m, i) => ({
    iso3: m,
    name: stateNameAt(assembly, m, spec.asOf),
    permanent: (PERMANENT as readonly string[]).includes(m),
    pYes: probs[i][0],
    pAbstain: probs[i][1],
    pNo: probs[i][2],
    pAbsent: probs[i][3],
    ...(known[m] ? { known: known[m] as VoteLetter } : {}),
  }));
  const vetoes = Object.fromEntries(PERMANENT.map((m) => [m, members.includes(m) ? probs[members.indexOf(m)][2] : 0])) as Record<PermanentMember, number>;
  const resembling = [...before, ...likeVotes.filter((v) => v.agendaKey !== key)]
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .slice(0, 10)
    .map((v) => {
      const vals = Object.values(v.votes);
      return { symbol: v.resolution ?? v.draft, date: v.date, outcome: v.outcome, yes: vals.filter((x) => x === "Y").length, no: vals.filter((x) => x === "N").length, abstain: vals.filter((x) => x === "A").length, vetoedBy: v.vetoedBy };
    });
  return {
    body: "SC",
    title: spec.title,
    asOf: spec.asOf,
    members: members.length,
    agendaKey: key,
    region,
    sponsors: spec.sponsors,
    countries,
    ...result,
    threshold: 9,
    vetoes,
    resembling,
    ...(spec.actual ? { actual: spec.actual } : {}),
    warnings,
  };
}

/**
 * Joint draws of the members' votes: a Gaussian copula with a common shock
 * (correlation `rho`), each member's uniform mapped to its vote in the order
 * yes, absent, abstain, no (a shock towards opposition moves every member the
 * same way); marginals are the members' probabilities. Returns expected
 * counts, 80% and 95% intervals, the yes-count distribution and P(adopted)
 * (nine yes, no permanent member against).
 */
export function drawCouncil(members: readonly string[], probs: readonly Float64Array[], draws: number, seed: number, rho: number) {
  const rand = seededRandom(seed);
  const n = members.length;
  const perm = members.map((m) => (PERMANENT as readonly string[]).includes(m));
  const yesCounts = new Int32Array(draws);
  const counts = { yes: new Int32Array(draws), no: new Int32Array(draws), abstain: new Int32Array(draws), absent: new Int32Array(draws) };
  const s = Math.sqrt(1 - rho * rho);
  let adopted = 0;
  for (let d = 0; d < draws; d++) {
    const c = randomNormal(rand);
    let y = 0;
    let no = 0;
    let ab = 0;
    let x = 0;
    let veto = false;
    for (let i = 0; i < n; i++) {
      const u = normalCdf(rho * c + s * randomNormal(rand));
      const p = probs[i];
      if (u < p[0]) y++;
      else if (u < p[0] + p[3]) x++;
      else if (u < p[0] + p[3] + p[1]) ab++;
      else {
        no++;
        if (perm[i]) veto = true;
      }
    }
    yesCounts[d] = y;
    counts.yes[d] = y;
    counts.no[d] = no;
    counts.abstain[d] = ab;
    counts.absent[d] = x;
    if (y >= 9 && !veto) adopted++;
  }
  const yesDistribution = new Array<number>(n + 1).fill(0);
  for (const y of yesCounts) yesDistribution[y] += 1 / draws;
  const mean = (a: Int32Array) => a.reduce((t, v) => t + v, 0) / draws;
  const interval = (a: Int32Array, level: number): [number, number] => {
    const sorted = Int32Array.from(a).sort();
    const lo = sorted[Math.floor(((1 - level) / 2) * (draws - 1))];
    const hi = sorted[Math.ceil((1 - (1 - level) / 2) * (draws - 1))];
    return [lo, hi];
  };
  const intervals = (level: number) => ({ yes: interval(counts.yes, level), no: interval(counts.no, level), abstain: interval(counts.abstain, level), absent: interval(counts.absent, level) });
  return {
    expected: { yes: mean(counts.yes), no: mean(counts.no), abstain: mean(counts.abstain), absent: mean(counts.absent) },
    interval80: intervals(0.8),
    interval95: intervals(0.95),
    yesDistribution,
    pAdopted: adopted / draws,
    /** P(at least nine yes), whatever the permanent members do. */
    pNineYes: yesDistribution.slice(9).reduce((a, b) => a + b, 0),
  };
}
