import { loadAssembly } from "../data/loadAssembly.ts";
import { ABSENT, ABSTAIN, NO, YES, type Assembly, type RollCall } from "../data/types.ts";
import { seededRandom } from "../model/seededRandom.ts";
import type { FittedModel } from "../model/types.ts";
import { yesInterval80 } from "./countIntervals.ts";
import { matchPrevious } from "./matchPrevious.ts";
import { modelForAsOf } from "../model/modelForAsOf.ts";
import { prepareForecast, type ForecastOptions } from "./prepareForecast.ts";
import { simulateOutcome } from "./simulateOutcome.ts";
import { voteScores, type VoteClass, type VoteScores } from "./voteScores.ts";

/** The methods compared in one backtest run. */
export const BACKTEST_METHODS = ["plenary", "B1 recent shares", "B2 shares + last vote"] as const;
export type BacktestMethod = (typeof BACKTEST_METHODS)[number];

/** Options of `backtest`. */
export interface BacktestOptions {
  /** Sessions (regular session numbers) to forecast, e.g. [70, 71, 72, 73, 74]. */
  sessions: number[];
  assembly?: Assembly;
  /** Model for a session's start; default `modelForAsOf` (a saved model or one fitted now on the 30 years before). */
  modelFor?: (asOf: string) => FittedModel;
  /** Monte Carlo draws per forecast. Default 2000. */
  draws?: number;
  /** Seed. Default 1. */
  seed?: number;
  /** B2's weight on the state's vote on the matched previous roll call. Default 0.75; range [0, 1]. */
  blend?: number;
  /** Options passed to the forecast engine (e.g. residualSd), for tuning. */
  forecast?: Pick<ForecastOptions, "residualSd" | "itemSd" | "absencePrior" | "recencyDecay" | "noiseScale" | "turnoutSd" | "bandMean" | "habitWeight" | "habitMargin">;
  /** Called after each session with a message. */
  onProgress?: (fraction: number, message: string) => void;
  /** Called for every scored vote with each method's probabilities of [yes, abstain, no, absent] (for analysis). */
  onVote?: (vote: BacktestVote) => void;
}

/** One scored vote of a backtest, as passed to `onVote`. */
export interface BacktestVote {
  session: number;
  symbol: string;
  iso3: string;
  /** What happened: 0 yes, 1 abstain, 2 no. */
  actual: VoteClass;
  /** The state's vote on the matched previous roll call (0 yes, 1 abstain, 2 no, 3 absent), or null without one. */
  previous: 0 | 1 | 2 | 3 | null;
  probs: Record<BacktestMethod, readonly number[]>;
}

/** Scores of one method over a set of roll calls. */
export interface MethodScores extends VoteScores {
  method: BacktestMethod;
  /** Roll calls forecast. */
  resolutions: number;
  /** Mean absolute error of the expected yes, abstain and no counts per resolution. */
  maeYes: number;
  maeAbstain: number;
  maeNo: number;
  /** Share of resolutions whose actual yes count fell inside the 80% interval. */
  coverage80: number;
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
  sessions: number[];
  /** Scores per session and method. */
  bySession: (MethodScores & { session: number; asOf: string })[];
  /** Scores pooled over all sessions, per method. */
  overall: MethodScores[];
  /** Share of forecast roll calls for which a previous roll call on the same subject was found. */
  matched: number;
  calibration: BacktestCalibrationBin[];
  seconds: number;
}

interface Accumulator {
  votes: ReturnType<typeof voteScores>;
  n: number;
  absYes: number;
  absAbstain: number;
  absNo: number;
  covered: number;
  bins: { p: number; hit: number; n: number }[][];
}

const CLASS: Record<number, VoteClass> = { [YES]: 0, [ABSTAIN]: 1, [NO]: 2 };

/**
 * Rolling-origin backtest, session by session, never training on the future:
 * for each session, the model sees only votes before the session's first vote
 * (asOf), and every recorded vote of the session is forecast with `like` =
 * the previous roll calls on the same subject (title similarity, last five
 * sessions; else the roll calls on its Voeten issue area, else the whole last
 * session). Baselines in the same run: B1, each state's shares over the last
 * three sessions (with add-one-half smoothing); B2, B1 blended with the
 * state's vote on the matched previous roll call.
 */
export function backtest(options: BacktestOptions): BacktestResult {
  const t0 = performance.now();
  const a = options.assembly ?? loadAssembly();
  const draws = options.draws ?? 2000;
  const seed = options.seed ?? 1;
  const blend = options.blend ?? 0.75;
  if (!(0 <= blend && blend <= 1)) throw new Error(`invalid blend; expected a number in [0, 1]: ${blend}`);
  if (options.sessions.length === 0) throw new Error("invalid sessions; empty");
  const known = new Set(a.rollCalls.map((r) => r.period));
  for (const s of options.sessions) if (!known.has(s)) throw new Error(`invalid sessions; no recorded vote in session: ${JSON.stringify(s)}`);
  const modelFor = options.modelFor ?? ((asOf: string) => modelForAsOf(a, asOf));
  const random = seededRandom(seed);
  const total = new Map<BacktestMethod, Accumulator>(BACKTEST_METHODS.map((m) => [m, accumulator()]));
  const bySession: BacktestResult["bySession"] = [];
  let matchedCount = 0;
  let forecastCount = 0;
  const { codes, nStates } = a.matrix;

  options.sessions.forEach((session, si) => {
    const rows = a.rollCalls.map((r, i) => [r, i] as const).filter(([r]) => r.period === session);
    const asOf = rows.reduce((m, [r]) => (r.date < m ? r.date : m), "9999-12-31");
    const model = modelFor(asOf);
    const shares = recentShares(a, session, asOf);
    const acc = new Map<BacktestMethod, Accumulator>(BACKTEST_METHODS.map((m) => [m, accumulator()]));
    const lastSession = a.rollCalls.filter((r) => r.period === session - 1 && r.date < asOf);
    for (const [target, row] of rows) {
      let like = matchPrevious(a, target, { before: asOf });
      const matched = like.length > 0;
      if (matched) matchedCount++;
      forecastCount++;
      if (!matched) {
        const issue = target.issues[0];
        const recentIssue = issue ? a.rollCalls.filter((r) => r.issues.includes(issue) && r.date < asOf && r.period >= session - 3) : [];
        like = recentIssue.length > 0 ? recentIssue : lastSession;
      }
      const modelIds = new Set(model.rollCalls.map((r) => r.undlId));
      like = like.filter((r) => modelIds.has(r.undlId));
      if (like.length === 0) continue;
      const f = simulateOutcome(
        prepareForecast(
          { title: target.title || target.symbol, asOf, like: like.map((r) => r.symbol), rule: "majority", draws, seed },
          // unmatched: the resembling roll calls are other texts, so no habit to repeat
          { ...options.forecast, ...(matched ? {} : { habitWeight: 0 }), assembly: a, model, likeRollCalls: like },
        ),
      );
      const byIso = new Map(f.countries.map((c) => [c.iso3, c]));
      const probs: Record<BacktestMethod, number[][]> = { plenary: [], "B1 recent shares": [], "B2 shares + last vote": [] };
      const actual: number[] = [];
      const prevRow = matched ? a.rollCalls.indexOf(like[0]) : -1;
      for (let s = 0; s < nStates; s++) {
        const code = codes[row * nStates + s];
        const c = byIso.get(a.states[s].iso3);
        if (code === 0 || !c) continue;
        actual.push(code);
        probs.plenary.push([c.pYes, c.pAbstain, c.pNo, c.pAbsent]);
        const b1 = shares[s];
        probs["B1 recent shares"].push(b1);
        const prev = prevRow >= 0 ? codes[prevRow * nStates + s] : 0;
        if (prev === 0) probs["B2 shares + last vote"].push(b1);
        else {
          const onehot = [prev === YES ? 1 : 0, prev === ABSTAIN ? 1 : 0, prev === NO ? 1 : 0, prev === ABSENT ? 1 : 0];
          probs["B2 shares + last vote"].push(b1.map((p, k) => blend * onehot[k] + (1 - blend) * p));
        }
        const cls = CLASS[code];
        if (options.onVote && cls !== undefined) {
          const k = actual.length - 1;
          const previous = prev === 0 ? null : prev === YES ? 0 : prev === ABSTAIN ? 1 : prev === NO ? 2 : 3;
          const byMethod = { plenary: probs.plenary[k], "B1 recent shares": probs["B1 recent shares"][k], "B2 shares + last vote": probs["B2 shares + last vote"][k] };
          options.onVote({ session, symbol: target.symbol, iso3: a.states[s].iso3, actual: cls, previous, probs: byMethod });
        }
      }
      for (const m of BACKTEST_METHODS) {
        const interval = m === "plenary" ? f.interval80.yes : yesInterval80(probs[m], 500, random);
        for (const target of [acc.get(m) as Accumulator, total.get(m) as Accumulator]) score(target, probs[m], actual, interval);
      }
    }
    for (const m of BACKTEST_METHODS) bySession.push({ session, asOf, ...summarize(m, acc.get(m) as Accumulator) });
    options.onProgress?.((si + 1) / options.sessions.length, `session ${session}`);
  });
  const calibration: BacktestCalibrationBin[] = [];
  for (const m of BACKTEST_METHODS) {
    const bins = (total.get(m) as Accumulator).bins;
    (["yes", "abstain", "no"] as const).forEach((outcome, c) => {
      for (const b of bins[c]) if (b.n > 0) calibration.push({ outcome, predicted: b.p / b.n, observed: b.hit / b.n, n: b.n, method: m });
    });
  }
  return {
    sessions: [...options.sessions],
    bySession,
    overall: BACKTEST_METHODS.map((m) => summarize(m, total.get(m) as Accumulator)),
    matched: forecastCount ? matchedCount / forecastCount : 0,
    calibration,
    seconds: (performance.now() - t0) / 1000,
  };
}

function accumulator(): Accumulator {
  const bins = () => Array.from({ length: 10 }, () => ({ p: 0, hit: 0, n: 0 }));
  return { votes: voteScores(), n: 0, absYes: 0, absAbstain: 0, absNo: 0, covered: 0, bins: [bins(), bins(), bins()] };
}

function score(acc: Accumulator, probs: number[][], actual: number[], interval: [number, number]): void {
  const exp = [0, 0, 0];
  const obs = [0, 0, 0];
  probs.forEach((p, k) => {
    exp[0] += p[0];
    exp[1] += p[1];
    exp[2] += p[2];
    const cls = CLASS[actual[k]];
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
  if (interval[0] <= obs[0] && obs[0] <= interval[1]) acc.covered++;
}

function summarize(method: BacktestMethod, acc: Accumulator): MethodScores {
  return {
    method,
    ...acc.votes.result(),
    resolutions: acc.n,
    maeYes: acc.absYes / acc.n,
    maeAbstain: acc.absAbstain / acc.n,
    maeNo: acc.absNo / acc.n,
    coverage80: acc.covered / acc.n,
  };
}

/** B1: each state's shares of yes, abstain, no and absent over the three sessions before `session` (votes before asOf), smoothed by one half. */
function recentShares(a: Assembly, session: number, asOf: string): number[][] {
  const { codes, nStates } = a.matrix;
  const counts = Array.from({ length: nStates }, () => [0, 0, 0, 0]);
  a.rollCalls.forEach((r: RollCall, i) => {
    if (r.date >= asOf || r.period < session - 3) return;
    for (let s = 0; s < nStates; s++) {
      const v = codes[i * nStates + s];
      if (v === YES) counts[s][0]++;
      else if (v === ABSTAIN) counts[s][1]++;
      else if (v === NO) counts[s][2]++;
      else if (v === ABSENT) counts[s][3]++;
    }
  });
  return counts.map(([y, ab, n, x]) => {
    const present = y + ab + n;
    const pAway = (x + 0.5) / (present + x + 1);
    const d = present + 1.5;
    return [((y + 0.5) / d) * (1 - pAway), ((ab + 0.5) / d) * (1 - pAway), ((n + 0.5) / d) * (1 - pAway), pAway];
  });
}
