import { checkObject } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { loadAssembly } from "../data/loadAssembly.ts";
import { checkDate } from "../data/sessionPeriod.ts";
import type { Assembly, RollCall } from "../data/types.ts";
import { ABSENT, ABSTAIN, NO, NOT_MEMBER, YES, YES_FIRST_CLASS } from "../data/voteCodes.ts";
import type { FittedModel } from "../model/types.ts";
import { checkSeed } from "../model/checkSeed.ts";
import type { ForecastSettingName } from "./forecastSettings.ts";
import { matchPrevious } from "./matchPrevious.ts";
import { modelForAsOf } from "../model/modelForAsOf.ts";
import { prepareForecast, retrievalFor } from "./prepareForecast.ts";
import { recentShares } from "./recentShares.ts";
import { simulateOutcome } from "./simulateOutcome.ts";
import { voteScores, type VoteClass, type VoteScores } from "./voteScores.ts";
import { BASELINE_WEIGHTS, B5_CHOICE, checkKindWeights, type KindWeights } from "./baselineWeights.ts";
import { reportingSet, segmentKind, type SegmentKind } from "./tuningSets.ts";

/** The methods compared in one backtest run. */
export const BACKTEST_METHODS = ["plenary", "B1 recent shares", "B2 shares + last vote", "B3 nearest title", "B5 best baseline"] as const;
export type BacktestMethod = (typeof BACKTEST_METHODS)[number];

/** The segments scores are reported on (a roll call can be in several: repeated/novel split all; emergency and important are subsets). */
export const BACKTEST_SEGMENTS = ["all", "repeated", "novel", "emergency", "important"] as const;
export type BacktestSegment = (typeof BACKTEST_SEGMENTS)[number];

/**
 * B2's weight on the state's vote on the matched previous roll call for a
 * repeated text (BASELINE_WEIGHTS has every kind's), chosen on the repeated
 * texts of 62-69 (`BASELINES=1 npx tsx scripts/tuneForecast.ts`).
 */
export const B2_BLEND = BASELINE_WEIGHTS.B2.repeated;
/** B3's weight on the state's vote on the nearest earlier title for a repeated text, chosen the same way. */
export const B3_BLEND = BASELINE_WEIGHTS.B3.repeated;

/** Whether a row's roll calls were all in a tuning set, none, or some (in-sample: never reported as held out). */
export type ReportingSet = "tuning" | "held-out" | "in-sample";

/** Options of `backtest`. */
export interface BacktestOptions {
  /** Regular sessions to forecast, e.g. [70, 71, 72, 73, 74]: every recorded vote of each, as of the session's first vote. */
  sessions?: number[];
  /** Instead of sessions: every recorded vote of the emergency special sessions (ES-1 to ES-11), each as of its own date (the day before). Optionally only those in [from, until). */
  emergency?: boolean | { from?: string; until?: string };
  assembly?: Assembly;
  /** Model for a forecast date; default `modelForAsOf` (a saved model or one fitted now on the 30 years before). */
  modelFor?: (asOf: string) => FittedModel;
  /** Monte Carlo draws per forecast. Default 2000. */
  draws?: number;
  /** Seed. Default 1. */
  seed?: number;
  /** B2's weight on the previous vote, per segment kind. Default BASELINE_WEIGHTS.B2; each in [0, 1]. */
  blend?: KindWeights;
  /** B3's weight on the vote on the nearest title, per segment kind. Default BASELINE_WEIGHTS.B3; each in [0, 1]. */
  blendNearest?: KindWeights;
  /** Run the engine (default true); false scores the baselines alone (the engine's retrieval still finds B3's nearest title), for tuning them. */
  engine?: boolean;
  /** Only these roll calls (document symbols) of the sessions or emergency range; default all. */
  symbols?: string[];
  /** Settings passed to the forecast engine (see FORECAST_SETTINGS), for tuning. */
  forecast?: Partial<Record<ForecastSettingName, number>>;
  /** Called after each group of forecasts (session) with a message. */
  onProgress?: (fraction: number, message: string) => void;
  /** Called for every scored vote with each method's probabilities of [yes, abstain, no, absent] (for analysis). */
  onVote?: (vote: BacktestVote) => void;
}

/** One scored vote of a backtest, as passed to `onVote`. */
export interface BacktestVote {
  session: number | string;
  symbol: string;
  iso3: string;
  /** What happened: 0 yes, 1 abstain, 2 no. */
  actual: VoteClass;
  /** The state's vote on the matched previous roll call (0 yes, 1 abstain, 2 no, 3 absent), or null without one. */
  previous: 0 | 1 | 2 | 3 | null;
  /** The state's vote on the nearest earlier title (B3's), coded the same way, or null without one. */
  nearest: 0 | 1 | 2 | 3 | null;
  /** The segments of its roll call. */
  segments: BacktestSegment[];
  /** Its roll call's segment kind (the baselines' weights and B5's choice depend on it). */
  kind: SegmentKind;
  /** Whether its roll call was in a tuning set. */
  set: "tuning" | "held-out";
  /** Each method's probabilities (without the engine, `plenary` is left out). */
  probs: Partial<Record<BacktestMethod, readonly number[]>>;
}

/** Scores of one method over a set of roll calls (as `summarize` computes them). */
export interface AccumulatedScores extends VoteScores {
  /** Roll calls forecast. */
  resolutions: number;
  /** Mean absolute error of the expected yes, abstain and no counts per resolution. */
  maeYes: number;
  maeAbstain: number;
  maeNo: number;
  /** Share of resolutions whose actual yes count fell inside the 80% (95%) interval. */
  coverage80: number;
  coverage95: number;
}

/**
 * Scores of one method over a set of roll calls. Coverage is the engine's
 * alone (null for the baselines): their intervals treat the states' votes as
 * independent, with no common shock, so their coverage is not comparable.
 */
export interface MethodScores extends Omit<AccumulatedScores, "coverage80" | "coverage95"> {
  method: BacktestMethod;
  coverage80: number | null;
  coverage95: number | null;
  /** Whether the roll calls were in a tuning set (TUNING_SETS): all, none, or some. */
  set: ReportingSet;
}

/** Scores of one method on one segment's tuning or held-out roll calls. */
export interface SegmentScores extends MethodScores {
  segment: BacktestSegment;
  set: "tuning" | "held-out";
}

/** One reliability-diagram bin: forecasts of an outcome with probability in a range, and how often it happened. */
export interface BacktestCalibrationBin {
  outcome: "yes" | "abstain" | "no";
  predicted: number;
  observed: number;
  n: number;
  method: BacktestMethod;
}

/** Result of `backtest`. */
export interface BacktestResult {
  /** Sessions forecast (regular numbers, or "ES-n" labels for the emergency backtest). */
  sessions: (number | string)[];
  /** Scores per session and method. */
  bySession: (MethodScores & { session: number | string; asOf: string })[];
  /** Scores pooled over all sessions, per method. */
  overall: MethodScores[];
  /** Scores per segment, set (tuning or held-out roll calls, apart) and method (empty ones left out). */
  segments: SegmentScores[];
  /** Roll calls forecast that were in a tuning set, and that were not. */
  sets: { tuning: number; heldOut: number };
  /** Share of forecast roll calls for which a previous roll call on the same text was found (the repeated segment). */
  matched: number;
  calibration: BacktestCalibrationBin[];
  /** B2's and B3's weights used per segment kind, and B5's choice per kind. */
  weights: { B2: KindWeights; B3: KindWeights; B5: Record<SegmentKind, string> };
  /** The methods scored (the engine's left out with `engine: false`). */
  methods: BacktestMethod[];
  seconds: number;
}

/** Running scores of one method over a set of roll calls. */
export interface Accumulator {
  votes: ReturnType<typeof voteScores>;
  n: number;
  absYes: number;
  absAbstain: number;
  absNo: number;
  covered80: number;
  covered95: number;
  bins: { p: number; hit: number; n: number }[][];
}

/** The backtest's yes-first class of a data code (0 yes, 1 abstain, 2 no), undefined for absent and not a member. */
const CLASS = (code: number): VoteClass | undefined => (YES_FIRST_CLASS[code] >= 0 ? (YES_FIRST_CLASS[code] as VoteClass) : undefined);
/** Index of a data vote code in the [yes, abstain, no, absent] order of the probabilities. */
const OUTCOME_INDEX: Record<number, 0 | 1 | 2 | 3> = { [YES]: 0, [ABSTAIN]: 1, [NO]: 2, [ABSENT]: 3 };
const ONE_HOT: Record<number, number[]> = { [YES]: [1, 0, 0, 0], [ABSTAIN]: [0, 1, 0, 0], [NO]: [0, 0, 1, 0], [ABSENT]: [0, 0, 0, 1] };

/**
 * Rolling-origin backtest, never training on the future. For each regular
 * session, the model sees only votes before the session's first vote
 * (asOf), and every recorded vote of the session is forecast from its title
 * and session alone, as a user's spec without `like` would be: the engine
 * finds the resembling roll calls itself. With `emergency`, every vote of
 * the emergency special sessions is forecast as of its own date, with the
 * model as of that day. Baselines in the same run: B1, each state's shares
 * over the three sessions before (add-one-half smoothing); B2, B1 blended
 * with the state's vote on the previous roll call on the same text (title
 * match, `matchPrevious`); B3, B1 blended with its vote on the nearest
 * earlier title found by the same retrieval as the engine's. Scores by
 * segment: repeated texts (a previous roll call on the same text exists),
 * novel texts, emergency sessions, important votes (Voeten's flag).
 */
export function backtest(options: BacktestOptions): BacktestResult {
  checkObject(options, "options"); // guard at the door (hostile inputs, #24)
  const t0 = performance.now();
  const a = options.assembly ?? loadAssembly();
  const draws = options.draws ?? 2000;
  const seed = checkSeed(options.seed ?? 1);
  const blend = options.blend ?? BASELINE_WEIGHTS.B2;
  const blendNearest = options.blendNearest ?? BASELINE_WEIGHTS.B3;
  checkKindWeights(blend, "blend");
  checkKindWeights(blendNearest, "blendNearest");
  const engine = options.engine ?? true;
  if (typeof engine !== "boolean") throw new PlenaryError(`invalid engine; expected true or false: ${JSON.stringify(engine)}`);
  const methods: BacktestMethod[] = engine ? [...BACKTEST_METHODS] : BACKTEST_METHODS.filter((m) => m !== "plenary");
  const groups = targetGroups(a, options);
  const modelFor = options.modelFor ?? ((asOf: string) => modelForAsOf(a, asOf));
  const total = accumulators(methods);
  type Set2 = "tuning" | "held-out";
  const bySegment = new Map<string, Map<BacktestMethod, Accumulator>>();
  const segmentAcc = (sg: BacktestSegment, set: Set2) => {
    const key = `${sg} ${set}`;
    let m = bySegment.get(key);
    if (!m) bySegment.set(key, (m = accumulators(methods)));
    return m;
  };
  const bySession: BacktestResult["bySession"] = [];
  const sets = { tuning: 0, heldOut: 0 };
  let matchedCount = 0;
  let forecastCount = 0;
  const { codes, nStates } = a.matrix;

  groups.forEach((group, gi) => {
    const acc = accumulators(methods);
    const groupSets = new Set<Set2>();
    const models = new Map<string, FittedModel>();
    for (const { target, row, asOf } of group.targets) {
      let model = models.get(asOf);
      if (!model) models.set(asOf, (model = modelFor(asOf)));
      const previous = matchPrevious(a, target, { before: asOf });
      const kind: SegmentKind = segmentKind(a, target, asOf);
      const set = reportingSet(a, target);
      groupSets.add(set);
      if (set === "tuning") sets.tuning++;
      else sets.heldOut++;
      const segments: BacktestSegment[] = ["all", previous.length > 0 ? "repeated" : "novel"];
      if (target.kind === "emergency") segments.push("emergency");
      if (target.important) segments.push("important");
      if (previous.length > 0) matchedCount++;
      forecastCount++;
      const title = target.title || target.symbol;
      // without the engine, only its retrieval (B3's nearest title) and its member states: the same as a full preparation's
      const prepared = engine
        ? prepareForecast({ title, asOf, voteDate: target.date, session: target.session, rule: "majority", draws, seed }, { ...options.forecast, assembly: a, model })
        : null;
      const retrieved = prepared
        ? { resembling: prepared.resembling, states: prepared.states.map((st) => st.iso3) }
        : retrievalFor(a, model, { title, asOf, session: target.session }, options.forecast);
      const f = prepared ? simulateOutcome(prepared) : null;
      const shares = recentShares(a, target.period, asOf);
      const byIso = new Map((f?.countries ?? []).map((c) => [c.iso3, c]));
      const members = new Set(retrieved.states); // the states the engine forecasts
      const probs = Object.fromEntries(methods.map((m) => [m, [] as number[][]])) as Record<BacktestMethod, number[][]>;
      const actual: number[] = [];
      const prevRow = previous.length > 0 ? a.rollCalls.indexOf(previous[0]) : -1;
      const resembling = retrieved.resembling[0];
      const nearest = resembling ? a.rollCalls.findIndex((r) => r.symbol === resembling.symbol) : -1;
      const best = B5_CHOICE[kind];
      for (let s = 0; s < nStates; s++) {
        const code = codes[row * nStates + s];
        if (code === NOT_MEMBER) continue;
        const c = byIso.get(a.states[s].iso3);
        if (f ? !c : !members.has(a.states[s].iso3)) continue;
        actual.push(code);
        if (c) probs.plenary.push([c.pYes, c.pAbstain, c.pNo, c.pAbsent]);
        const b1 = shares[s];
        probs["B1 recent shares"].push(b1);
        const prev = prevRow >= 0 ? codes[prevRow * nStates + s] : NOT_MEMBER;
        probs["B2 shares + last vote"].push(blendWith(b1, prev, blend[kind]));
        const near = nearest >= 0 ? codes[nearest * nStates + s] : NOT_MEMBER;
        probs["B3 nearest title"].push(blendWith(b1, near, blendNearest[kind]));
        probs["B5 best baseline"].push(probs[best][probs[best].length - 1]);
        const cls = CLASS(code);
        if (options.onVote && cls !== undefined) {
          const k = actual.length - 1;
          const previousVote = OUTCOME_INDEX[prev] ?? null;
          const byMethod = Object.fromEntries(methods.map((m) => [m, probs[m][k]])) as Partial<Record<BacktestMethod, number[]>>;
          options.onVote({ session: group.label, symbol: target.symbol, iso3: a.states[s].iso3, actual: cls, previous: previousVote, nearest: OUTCOME_INDEX[near] ?? null, segments, kind, set, probs: byMethod });
        }
      }
      for (const m of methods) {
        // coverage is the engine's alone: the baselines have no interval comparable with its (see MethodScores)
        const intervals = m === "plenary" && f ? { i80: f.interval80.yes, i95: f.interval95.yes } : NO_INTERVAL;
        const targets = [acc.get(m)!, total.get(m)!, ...segments.map((sg) => segmentAcc(sg, set).get(m)!)];
        for (const t of targets) score(t, probs[m], actual, intervals.i80, intervals.i95);
      }
    }
    const label: ReportingSet = groupSets.size > 1 ? "in-sample" : [...groupSets][0];
    for (const m of methods) bySession.push({ session: group.label, asOf: group.targets[0].asOf, ...scores(m, acc.get(m)!, label) });
    options.onProgress?.((gi + 1) / groups.length, `session ${group.label}`);
  });
  const calibration: BacktestCalibrationBin[] = [];
  // B5 is one of B1-B3 per roll call, not a forecaster of its own: no line of its own in the reliability diagram
  for (const m of methods.filter((x) => x !== "B5 best baseline")) {
    const bins = total.get(m)!.bins;
    (["yes", "abstain", "no"] as const).forEach((outcome, c) => {
      for (const b of bins[c]) if (b.n > 0) calibration.push({ outcome, predicted: b.p / b.n, observed: b.hit / b.n, n: b.n, method: m });
    });
  }
  const segments: SegmentScores[] = [];
  for (const sg of BACKTEST_SEGMENTS) {
    for (const set of ["tuning", "held-out"] as const) {
      const accs = bySegment.get(`${sg} ${set}`);
      if (!accs) continue;
      for (const m of methods) {
        const acc = accs.get(m)!;
        if (acc.n > 0) segments.push({ segment: sg, ...scores(m, acc, set), set });
      }
    }
  }
  const overallSet: ReportingSet = sets.tuning === 0 ? "held-out" : sets.heldOut === 0 ? "tuning" : "in-sample";
  return {
    sessions: groups.map((g) => g.label),
    bySession,
    overall: methods.map((m) => scores(m, total.get(m)!, overallSet)),
    segments,
    sets,
    matched: forecastCount ? matchedCount / forecastCount : 0,
    calibration,
    weights: { B2: { ...blend }, B3: { ...blendNearest }, B5: { ...B5_CHOICE } },
    methods,
    seconds: (performance.now() - t0) / 1000,
  };
}

/** An interval no count falls in: the baselines' coverage is not computed (see MethodScores). */
const NO_INTERVAL: { i80: [number, number]; i95: [number, number] } = { i80: [Infinity, -Infinity], i95: [Infinity, -Infinity] };

/** A method's scores with its set label; coverage left out (null) for the baselines. */
function scores(m: BacktestMethod, acc: Accumulator, set: ReportingSet): MethodScores {
  const s = summarize(m, acc);
  return { ...s, coverage80: m === "plenary" ? s.coverage80 : null, coverage95: m === "plenary" ? s.coverage95 : null, set };
}

/** Roll calls to forecast, grouped by session, each with its forecast date. */
export interface TargetGroup {
  label: number | string;
  targets: { target: RollCall; row: number; asOf: string }[];
}

/** The roll calls to forecast, grouped by session, each with its forecast date. */
export function targetGroups(a: Assembly, options: BacktestOptions): TargetGroup[] {
  const symbols = options.symbols;
  if (symbols !== undefined) {
    if (!Array.isArray(symbols) || symbols.length === 0 || symbols.some((x) => typeof x !== "string")) throw new PlenaryError(`invalid symbols; expected a non-empty array of document symbols: ${JSON.stringify(symbols)?.slice(0, 100)}`);
    const known = new Set(a.rollCalls.map((r) => r.symbol));
    for (const x of symbols) if (!known.has(x)) throw new PlenaryError(`invalid symbols; no roll call with this symbol: ${JSON.stringify(x.slice(0, 100))}`);
    const keep = new Set(symbols);
    return groupsOf(a, options).map((g) => ({ ...g, targets: g.targets.filter((t) => keep.has(t.target.symbol)) })).filter((g) => g.targets.length > 0);
  }
  return groupsOf(a, options);
}

function groupsOf(a: Assembly, options: BacktestOptions): TargetGroup[] {
  if (options.emergency) {
    if (options.sessions) throw new PlenaryError("invalid sessions; give either sessions or emergency, not both");
    const range = typeof options.emergency === "object" ? options.emergency : {};
    if (range.from !== undefined) checkDate("emergency.from", range.from);
    if (range.until !== undefined) checkDate("emergency.until", range.until);
    const groups = new Map<string, TargetGroup>();
    a.rollCalls.forEach((target, row) => {
      if (target.kind !== "emergency" || (range.from && target.date < range.from) || (range.until && target.date >= range.until)) return;
      if (!hasVotes(a, row)) return;
      let g = groups.get(target.session);
      if (!g) groups.set(target.session, (g = { label: target.session, targets: [] }));
      g.targets.push({ target, row, asOf: target.date });
    });
    if (groups.size === 0) throw new PlenaryError(`invalid emergency; no emergency special session vote in the range: ${JSON.stringify(range)}`);
    return [...groups.values()];
  }
  const sessions = options.sessions ?? [];
  if (sessions.length === 0) throw new PlenaryError("invalid sessions; empty");
  const known = new Set(a.rollCalls.map((r) => r.period));
  for (const s of sessions) if (!known.has(s)) throw new PlenaryError(`invalid sessions; no recorded vote in session: ${JSON.stringify(s)}`);
  return sessions.map((session) => {
    const rows = a.rollCalls.map((r, i) => [r, i] as const).filter(([r]) => r.period === session);
    const asOf = rows.reduce((m, [r]) => (r.date < m ? r.date : m), "9999-12-31");
    return { label: session, targets: rows.filter(([, row]) => hasVotes(a, row)).map(([target, row]) => ({ target, row, asOf })) };
  });
}

export function hasVotes(a: Assembly, row: number): boolean {
  const { codes, nStates } = a.matrix;
  for (let s = 0; s < nStates; s++) if (codes[row * nStates + s] !== NOT_MEMBER) return true;
  return false;
}

/** `weight` x one-hot(the vote) + (1 - weight) x shares; the shares alone when there is no vote (code 0). */
export function blendWith(shares: number[], code: number, weight: number): number[] {
  const onehot = ONE_HOT[code];
  return onehot ? shares.map((p, k) => weight * onehot[k] + (1 - weight) * p) : shares;
}

function accumulators(methods: readonly BacktestMethod[]): Map<BacktestMethod, Accumulator> {
  return new Map(methods.map((m) => [m, accumulator()]));
}

export function accumulator(): Accumulator {
  const bins = () => Array.from({ length: 10 }, () => ({ p: 0, hit: 0, n: 0 }));
  return { votes: voteScores(), n: 0, absYes: 0, absAbstain: 0, absNo: 0, covered80: 0, covered95: 0, bins: [bins(), bins(), bins()] };
}

export function score(acc: Accumulator, probs: number[][], actual: number[], i80: [number, number], i95: [number, number]): void {
  const exp = [0, 0, 0];
  const obs = [0, 0, 0];
  probs.forEach((p, k) => {
    exp[0] += p[0];
    exp[1] += p[1];
    exp[2] += p[2];
    const cls = CLASS(actual[k]);
    if (cls === undefined) return;
    obs[cls]++;
    acc.votes.add(p, cls);
    const present = p[0] + p[1] + p[2];
    for (let c = 0; c < 3; c++) {
      const q = p[c] / present;
      const bin = acc.bins[c][Math.min(9, Math.floor(q * 10))];
      bin.p += q;
      bin.hit += cls === c ? 1 : 0;
      bin.n++;
    }
  });
  acc.n++;
  acc.absYes += Math.abs(exp[0] - obs[0]);
  acc.absAbstain += Math.abs(exp[1] - obs[1]);
  acc.absNo += Math.abs(exp[2] - obs[2]);
  if (i80[0] <= obs[0] && obs[0] <= i80[1]) acc.covered80++;
  if (i95[0] <= obs[0] && obs[0] <= i95[1]) acc.covered95++;
}

export function summarize<M extends string = BacktestMethod>(method: M, acc: Accumulator): AccumulatedScores & { method: M } {
  return {
    method,
    ...acc.votes.result(),
    resolutions: acc.n,
    maeYes: acc.absYes / acc.n,
    maeAbstain: acc.absAbstain / acc.n,
    maeNo: acc.absNo / acc.n,
    coverage80: acc.covered80 / acc.n,
    coverage95: acc.covered95 / acc.n,
  };
}
