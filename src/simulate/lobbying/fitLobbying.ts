import type { Assembly } from "../../data/types.ts";
import { checkAssembly, checkObject } from "../../util/checkArgs.ts";
import { checkDate } from "../../data/sessionPeriod.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";
import { seededRandom } from "../../model/seededRandom.ts";
import type { FittedModel } from "../../model/types.ts";
import { CAMPAIGN_GRID, type CampaignGrid } from "./campaignGrid.ts";
import { campaignGrids } from "./campaignGrids.ts";
import { campaignVotes, IMPORTANT_FROM, textKey } from "./campaignVotes.ts";
import { fitCampaignStrength, type StrengthEstimate } from "./fitCampaignStrength.ts";
import { fitResponsiveness, type MemberResponsiveness } from "./fitResponsiveness.ts";
import { argmaxOnGrid, quantileSorted, voteTotals } from "./gridMath.ts";
import { impliedShift, scoreCampaign, type CampaignScores } from "./scoreCampaign.ts";
import { measureSpillover, type SpilloverRow } from "./measureSpillover.ts";

/** Format version of models/lobbying.json. */
export const LOBBYING_VERSION = 1;

/** A strength with its 90% interval. */
export interface Interval90 {
  estimate: number;
  interval90: [number, number];
}

/** The typical US important-vote campaign estimated from the record (models/lobbying.json). */
export interface LobbyingModel {
  format: "plenary-lobbying";
  version: number;
  /** The lobbying state. */
  by: "USA";
  /** Roll calls in [from, until) are the evidence; validation on [until, validateUntil). */
  from: string;
  until: string;
  validateUntil: string;
  /** Fingerprint of the data it was fitted on. */
  fingerprint: string;
  /** How it was made: command, code files, settings. */
  provenance: Record<string, unknown>;
  /** The typical campaign: latent shift toward the US vote of a state with susceptibility 1, on important votes. */
  effect: StrengthEstimate;
  /** The same fit on non-important votes (a random subsample): what a forecaster's lean toward or away from the US looks like without a campaign. */
  placebo: StrengthEstimate;
  /** Effect minus placebo, with the interval of the difference of the two independent bootstraps. */
  difference: Interval90;
  /** Quantiles 0, 0.01, ..., 1 of the effect's bootstrap draws (a scenario draws its strength from them). */
  effectQuantiles: number[];
  /** By decade of the vote: important and placebo. */
  byDecade: { decade: string; important: StrengthEstimate; placebo: StrengthEstimate }[];
  /** Texts designated important in some years and not in others: the fit on each side, the difference resampling texts. */
  switched: { texts: number; important: StrengthEstimate; notImportant: StrengthEstimate; difference: Interval90 };
  /** Each member's responsiveness (susceptibility multiplier, 1 = typical) with empirical-Bayes shrinkage. */
  responsiveness: { prior: { mean: number; sd: number }; members: MemberResponsiveness[] };
  /**
   * Implied strengths (in typical campaigns) of past roll calls: important votes (campaigns) and non-important ones
   * (no campaign), sorted. `range` is the searched range: a value at its end means "at least" (or "at most") that.
   */
  implied: { campaigns: number[]; noCampaign: number[]; range: [number, number] };
  /** Held-out scores on [until, validateUntil). */
  validation: LobbyingValidation;
  /**
   * Spill-over to the partners of lobbied states (`"spillover"` in scenarios): for each share, the strength
   * refitted on the important votes of the last ten sessions before `until` and the held-out log-loss; `helps`
   * when a positive share beats share 0 on the held-out important votes; `defaultOn` only if, besides, the
   * campaign itself beats no campaign there (it is a part of the campaign).
   */
  spillover: { rows: SpilloverRow[]; helps: boolean; defaultOn: boolean; fitOn: string };
  /** Whether a one-campaign shift is applied by default in forecasts of important votes (only if it won on held-out important votes and the placebo gained nothing). */
  defaultInImportantForecasts: boolean;
  /** The default susceptibility for "campaigns" strengths: the one with the lower held-out log-loss. */
  defaultSusceptibility: "agreement" | "measured";
  seconds: number;
}

/** Held-out scores of forecasts with and without the campaign. */
export interface LobbyingValidation {
  important: { without: CampaignScores; uniform: CampaignScores; agreement: CampaignScores; measured: CampaignScores };
  placebo: { without: CampaignScores; uniform: CampaignScores; agreement: CampaignScores; measured: CampaignScores };
}

/** Options of {@link fitLobbying}. */
export interface FitLobbyingOptions {
  /** Evidence strictly before this date. Default "2015-09-01" (sessions before 70). */
  until?: string;
  /** Validation on [until, validateUntil). Default "2020-09-01" (sessions 70-74). */
  validateUntil?: string;
  /** First date. Default IMPORTANT_FROM (1983, session 38). */
  from?: string;
  /** Non-important roll calls sampled for the placebo. Default 400; range [10, 5000]. */
  placebo?: number;
  /** Non-important roll calls sampled for the held-out placebo. Default 150. */
  placeboHeldOut?: number;
  draws?: number;
  seed?: number;
  bootstrap?: number;
  cacheDir?: string | null;
  modelFor?: (asOf: string) => FittedModel;
  onProgress?: (message: string) => void;
}

/**
 * Estimates the typical US important-vote campaign from the record (see
 * docs/lobbying.md): forecasts every important vote in [from, until) as of
 * the day before with the US vote known (`campaignGrids`, cached), fits the
 * strength of "the US moves every member toward its own vote" by maximum
 * likelihood with a bootstrap interval (`fitCampaignStrength`), the same on
 * a seeded subsample of non-important votes (placebo), by decade, and on
 * texts designated important in some years and not others; each member's
 * responsiveness with empirical-Bayes shrinkage (`fitResponsiveness`); the
 * implied strengths of past votes; and the held-out scores on
 * [until, validateUntil). Cost: about 0.3 s per roll call the first time
 * (some 1,100 roll calls), seconds once cached.
 *
 * @example
 * // a small window (the committed fit, sessions 38-69: `npx tsx scripts/fitLobbying.ts`, about 10 minutes)
 * const small = fitLobbying(assembly, { from: "2017-11-01", until: "2017-12-01", validateUntil: "2018-01-01", placebo: 10, placeboHeldOut: 10, bootstrap: 50, draws: 200 });
 * small.effect.votes > 0; // true
 */
export function fitLobbying(assembly: Assembly, options: FitLobbyingOptions = {}): LobbyingModel {
  checkAssembly(assembly);
  checkObject(options, "options");
  const t0 = performance.now();
  const from = checkDate("from", options.from ?? IMPORTANT_FROM);
  const until = checkDate("until", options.until ?? "2015-09-01");
  const validateUntil = checkDate("validateUntil", options.validateUntil ?? "2020-09-01");
  if (!(from < until && until <= validateUntil)) throw new PlenaryError(`invalid until; expected from < until <= validateUntil: ${JSON.stringify({ from, until, validateUntil })}`);
  const placeboN = options.placebo ?? 400;
  if (!(Number.isInteger(placeboN) && 10 <= placeboN && placeboN <= 5000)) throw new PlenaryError(`invalid placebo; expected a whole number in [10, 5000]: ${JSON.stringify(options.placebo)}`);
  const seed = options.seed ?? 1;
  const bootstrap = options.bootstrap ?? 1000;
  const train = campaignVotes(assembly, { from, until, placebo: placeboN, seed });
  const held = campaignVotes(assembly, { from: until, until: validateUntil, placebo: options.placeboHeldOut ?? 150, seed });
  if (train.important.length === 0) throw new PlenaryError(`invalid until; no important vote in [${from}, ${until})`);
  const rows = [...new Set([...train.important, ...train.placebo, ...train.switched, ...held.important, ...held.placebo])];
  options.onProgress?.(`forecasting ${rows.length} roll calls (cached after the first run)`);
  let last = 0;
  const all = campaignGrids(assembly, rows, {
    draws: options.draws,
    seed,
    cacheDir: options.cacheDir ?? null,
    modelFor: options.modelFor,
    onProgress: (d, n) => {
      if (d - last >= 50 || d === n) {
        last = d;
        options.onProgress?.(`forecasts ${d}/${n}`);
      }
    },
  });
  const byRow = new Map(all.map((g) => [g.row, g]));
  const pick = (rs: number[]) => rs.map((r) => byRow.get(r)).filter((g): g is CampaignGrid => g !== undefined);
  const imp = pick(train.important);
  const pla = pick(train.placebo);
  options.onProgress?.("fitting");
  const { draws: effectDraws, ...effect } = fitCampaignStrength(imp, { bootstrap, seed });
  if (pla.length === 0) throw new PlenaryError(`invalid until; no non-important vote with a US yes or no in [${from}, ${until})`);
  const { draws: placeboDraws, ...placebo } = fitCampaignStrength(pla, { bootstrap, seed: seed + 1 });
  const diffs = effectDraws.map((e, b) => e - placeboDraws[b]).sort((x, y) => x - y);
  const difference: Interval90 = { estimate: effect.estimate - placebo.estimate, interval90: [quantileSorted(diffs, 0.05), quantileSorted(diffs, 0.95)] };
  const effectSorted = [...effectDraws].sort((x, y) => x - y);
  const effectQuantiles = Array.from({ length: 101 }, (_, i) => round(quantileSorted(effectSorted, i / 100)));
  const decadeOf = (g: CampaignGrid) => `${g.date.slice(0, 3)}0s`;
  const decades = [...new Set(imp.map(decadeOf))].sort();
  const strip = (e: StrengthEstimate & { draws: number[] }): StrengthEstimate => ({ estimate: e.estimate, interval90: e.interval90, votes: e.votes, logLikGain: e.logLikGain });
  const fitSome = (gs: CampaignGrid[], b: number, sd: number): StrengthEstimate =>
    gs.length > 0 ? strip(fitCampaignStrength(gs, { bootstrap: b, seed: sd })) : { estimate: NaN, interval90: [NaN, NaN], votes: 0, logLikGain: NaN };
  const byDecade = decades.map((decade) => ({
    decade,
    important: fitSome(imp.filter((g) => decadeOf(g) === decade), Math.min(bootstrap, 500), seed),
    placebo: fitSome(pla.filter((g) => decadeOf(g) === decade), Math.min(bootstrap, 500), seed),
  }));
  const switched = switchComparison(imp.filter((g) => train.switchKey.has(g.row)), pick(train.switched), train.switchKey, bootstrap, seed);
  const members = [...new Set([...all.flatMap((g) => g.states)])].filter((s) => s !== "USA").sort();
  const responsiveness = fitResponsiveness(imp, effect.estimate, members);
  const heldImp = pick(held.important);
  const heldPla = pick(held.placebo);
  const measured = new Map(responsiveness.members.map((m) => [m.iso3, Math.max(0, m.estimate)]));
  const s = effect.estimate;
  const variants = (grids: CampaignGrid[]) => ({
    without: scoreCampaign(grids, () => 0),
    uniform: scoreCampaign(grids, (g, k) => (g.states[k] === "USA" ? 0 : s)),
    agreement: scoreCampaign(grids, (g, k) => (g.states[k] === "USA" ? 0 : s * g.agreement[k])),
    measured: scoreCampaign(grids, (g, k) => (g.states[k] === "USA" ? 0 : s * (measured.get(g.states[k]) ?? 1))),
  });
  const validation: LobbyingValidation = { important: variants(heldImp), placebo: variants(heldPla) };
  const defaultSusceptibility = validation.important.measured.logLoss < validation.important.agreement.logLoss ? "measured" : "agreement";
  const best = validation.important[defaultSusceptibility];
  const defaultInImportantForecasts =
    best.logLoss < validation.important.without.logLoss && !(validation.placebo[defaultSusceptibility].logLoss < validation.placebo.without.logLoss);
  options.onProgress?.("spill-over");
  const lastPeriod = Math.max(...imp.map((g) => g.period));
  const spillFit = imp.filter((g) => g.period > lastPeriod - 10);
  const spillRows = heldImp.length > 0 ? measureSpillover(assembly, spillFit, heldImp, [0, 0.25, 0.5, 1], options.modelFor) : [];
  const helps = spillRows.length > 0 && spillRows.some((r) => r.share > 0 && r.heldOutLogLoss < spillRows[0].heldOutLogLoss);
  const spill = { rows: spillRows, helps, defaultOn: helps && Math.min(...spillRows.map((r) => r.heldOutLogLoss)) < validation.important.without.logLoss, fitOn: `${spillFit.length} important votes of sessions ${lastPeriod - 9}-${lastPeriod}` };
  const inCampaigns = (gs: CampaignGrid[]) => gs.map((g) => round(impliedShift(g) / s)).sort((x, y) => x - y);
  return {
    format: "plenary-lobbying",
    version: LOBBYING_VERSION,
    by: "USA",
    from,
    until,
    validateUntil,
    fingerprint: assembly.fingerprint,
    provenance: {
      code: ["src/simulate/lobbying/fitLobbying.ts", "src/simulate/lobbying/campaignGrid.ts", "src/simulate/lobbying/fitCampaignStrength.ts", "src/simulate/lobbying/fitResponsiveness.ts"],
      data: `embedded record, fingerprint ${assembly.fingerprint}; important-vote flags from Voeten's data`,
      grid: { from: CAMPAIGN_GRID[0], to: CAMPAIGN_GRID[CAMPAIGN_GRID.length - 1], points: CAMPAIGN_GRID.length },
      draws: options.draws ?? 500,
      seed,
      bootstrap,
      placebo: { sampled: pla.length, available: train.placeboAvailable, note: "seeded random subsample of the non-important votes" },
      heldOut: { important: heldImp.length, placebo: heldPla.length, placeboAvailable: held.placeboAvailable },
      forecasts: "each roll call as of its date (everything strictly before), title only (resembling votes found by retrieval), the US vote known, the model as of the first regular vote of its session; US abstentions and absences left out",
    },
    effect: roundEstimate(effect),
    placebo: roundEstimate(placebo),
    difference: { estimate: round(difference.estimate), interval90: [round(difference.interval90[0]), round(difference.interval90[1])] },
    effectQuantiles,
    byDecade: byDecade.map((d) => ({ decade: d.decade, important: roundEstimate(d.important), placebo: roundEstimate(d.placebo) })),
    switched: {
      ...switched,
      important: roundEstimate(switched.important),
      notImportant: roundEstimate(switched.notImportant),
      difference: { estimate: round(switched.difference.estimate), interval90: [round(switched.difference.interval90[0]), round(switched.difference.interval90[1])] },
    },
    responsiveness: {
      prior: { mean: round(responsiveness.prior.mean), sd: round(responsiveness.prior.sd) },
      members: responsiveness.members.map((m) => ({ iso3: m.iso3, estimate: round(m.estimate), interval90: [round(m.interval90[0]), round(m.interval90[1])], shift: round(m.shift), votes: m.votes })),
    },
    implied: { campaigns: inCampaigns(imp), noCampaign: inCampaigns(pla), range: [round(CAMPAIGN_GRID[0] / s), round(CAMPAIGN_GRID[CAMPAIGN_GRID.length - 1] / s)] },
    validation: roundValidation(validation),
    spillover: spill,
    defaultInImportantForecasts,
    defaultSusceptibility,
    seconds: round((performance.now() - t0) / 1000),
  };
}

/** Texts important in some years and not others: the strength on each side, and their difference with texts resampled. */
function switchComparison(imp: CampaignGrid[], not: CampaignGrid[], keyOf: Map<number, string>, bootstrap: number, seed: number) {
  const key = (g: CampaignGrid) => keyOf.get(g.row) ?? textKey(g.title);
  const texts = [...new Set([...imp.map(key)].filter((k) => not.some((g) => key(g) === k)))].sort();
  const impT = imp.filter((g) => texts.includes(key(g)));
  const notT = not.filter((g) => texts.includes(key(g)));
  if (texts.length === 0) {
    const none = { estimate: NaN, interval90: [NaN, NaN] as [number, number], votes: 0, logLikGain: NaN };
    return { texts: 0, important: none, notImportant: none, difference: { estimate: NaN, interval90: [NaN, NaN] as [number, number] } };
  }
  const important = fitCampaignStrength(impT, { bootstrap: 0 });
  const notImportant = fitCampaignStrength(notT, { bootstrap: 0 });
  const G = CAMPAIGN_GRID.length;
  const sums = (gs: CampaignGrid[]) => {
    const m = new Map<string, Float64Array>(texts.map((t) => [t, new Float64Array(G)]));
    for (const g of gs) {
      const t = voteTotals(g);
      const acc = m.get(key(g))!;
      for (let i = 0; i < G; i++) acc[i] += t[i];
    }
    return texts.map((t) => m.get(t)!);
  };
  const a = sums(impT);
  const b = sums(notT);
  const random = seededRandom(seed + 2);
  const diffs: number[] = [];
  for (let r = 0; r < bootstrap; r++) {
    const sa = new Float64Array(G);
    const sb = new Float64Array(G);
    for (let j = 0; j < texts.length; j++) {
      const t = Math.floor(random() * texts.length);
      for (let i = 0; i < G; i++) {
        sa[i] += a[t][i];
        sb[i] += b[t][i];
      }
    }
    diffs.push(argmaxOnGrid(sa) - argmaxOnGrid(sb));
  }
  diffs.sort((x, y) => x - y);
  const { draws: _a, ...ie } = important;
  const { draws: _b, ...ne } = notImportant;
  return { texts: texts.length, important: ie, notImportant: ne, difference: { estimate: ie.estimate - ne.estimate, interval90: [quantileSorted(diffs, 0.05), quantileSorted(diffs, 0.95)] as [number, number] } };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
function roundEstimate(e: StrengthEstimate): StrengthEstimate {
  return { estimate: round(e.estimate), interval90: [round(e.interval90[0]), round(e.interval90[1])], votes: e.votes, logLikGain: round(e.logLikGain) };
}
function roundScores(c: CampaignScores): CampaignScores {
  return { logLoss: round(c.logLoss), maeYes: round(c.maeYes), votes: c.votes, stateVotes: c.stateVotes };
}
function roundValidation(v: LobbyingValidation): LobbyingValidation {
  const r = (x: LobbyingValidation["important"]) => ({ without: roundScores(x.without), uniform: roundScores(x.uniform), agreement: roundScores(x.agreement), measured: roundScores(x.measured) });
  return { important: r(v.important), placebo: r(v.placebo) };
}
