import { checkArray, checkObject, showValue } from "../util/checkArgs.ts";
import { loadAssembly } from "../data/loadAssembly.ts";
import type { Assembly } from "../data/types.ts";
import { ABSENT, ABSTAIN, NO, NOT_MEMBER, VOTE_LETTERS, YES } from "../data/voteCodes.ts";
import { modelForAsOf } from "../model/modelForAsOf.ts";
import { seededRandom } from "../model/seededRandom.ts";
import { uniformAt } from "../model/uniformAt.ts";
import type { FittedModel } from "../model/types.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { accumulator, B2_BLEND, blendWith, score, summarize, targetGroups, type Accumulator, type BacktestSegment, BACKTEST_SEGMENTS } from "./backtest.ts";
import type { ForecastSettingName } from "./forecastSettings.ts";
import { matchPrevious } from "./matchPrevious.ts";
import { membersAsOf } from "./membersAsOf.ts";
import { prepareForecast } from "./prepareForecast.ts";
import { recentShares } from "./recentShares.ts";
import { simulateOutcome } from "./simulateOutcome.ts";
import type { VoteLetter } from "../data/types.ts";
import { yesIntervals } from "./yesIntervals.ts";
import type { Counts, Forecast } from "./types.ts";

/** The methods of a reveal backtest: the engine, the neighbours baseline, and B2 with the revealed votes ignored. */
export const REVEAL_METHODS = ["plenary", "B4 neighbours", "B2 shares + last vote"] as const;
export type RevealMethod = (typeof REVEAL_METHODS)[number];

/** How the revealed states are chosen: `random` (K drawn), or `p5` (the permanent members, then K - 5 drawn). */
export type RevealMode = "random" | "p5";

/** The permanent members of the Security Council (the Soviet Union's seat is Russia's). */
const P5 = ["CHN", "FRA", "GBR", "RUS", "USA"];

/**
 * B4's weight on the revealed neighbours' votes, and the power of the
 * agreement in their weights (weight = agreement^power), chosen on sessions
 * 66-69 at K = 25, random mode (`npx tsx scripts/tuneReveal.ts`).
 */
export const B4_BLEND = 0.8;
export const B4_POWER = 32;

/** Options of {@link revealBacktest}. */
export interface RevealOptions {
  /** Regular sessions to forecast (every recorded vote of each, as of the session's first vote). */
  sessions?: number[];
  /** Instead: every vote of the emergency special sessions, each as of its own date. */
  emergency?: boolean | { from?: string; until?: string };
  /** States revealed per roll call, e.g. [10, 25, 50]; each in [1, 150]. */
  k: number[];
  /** Default "random". */
  mode?: RevealMode;
  assembly?: Assembly;
  modelFor?: (asOf: string) => FittedModel;
  /** Monte Carlo draws per forecast. Default 2000. */
  draws?: number;
  /** Seed of the draws and of the reveals. Default 1. */
  seed?: number;
  /** B4's weight on the neighbours; default B4_BLEND. */
  neighbourBlend?: number;
  /** B4's power of the agreement; default B4_POWER. */
  neighbourPower?: number;
  /** Settings passed to the forecast engine. */
  forecast?: Partial<Record<ForecastSettingName, number>>;
  /** Only the roll calls of this segment (e.g. "novel", for tuning a setting of that kind); default every roll call. */
  only?: BacktestSegment;
  /** Run the engine too (default true); false scores the baselines alone (for tuning them). */
  engine?: boolean;
  onProgress?: (fraction: number, message: string) => void;
  /** Called for every roll call and K with each method's expected unrevealed yes, 80% interval of it, and the actual (for analysis). */
  onRollCall?: (row: RevealRollCall) => void;
}

/** One method's forecast of the unrevealed states of a roll call: the expected yes and absent counts, the 80% interval of yes. */
export interface RevealMethodReport {
  expectedYes: number;
  expectedAbsent: number;
  interval80: [number, number];
}

/** What {@link RevealOptions.onRollCall} reports for one roll call and K. */
export interface RevealRollCall {
  symbol: string;
  k: number;
  /** The segments the roll call is scored in. */
  segments: BacktestSegment[];
  /** The unrevealed states' actual votes, counted. */
  actual: Counts;
  /** The revealed states' votes, counted. */
  revealed: Counts;
  methods: Record<RevealMethod, RevealMethodReport>;
  /** The engine's forecast (with the revealed positions known), when it ran. */
  forecast?: Forecast;
}

/** Scores of one method on one segment at one K. */
export interface RevealRow {
  segment: BacktestSegment;
  method: RevealMethod;
  logLoss: number;
  accuracy: number;
  macroF1: number;
  /** Mean absolute error of the unrevealed states' expected yes count. */
  maeYes: number;
  /** Share of roll calls whose actual yes count fell in the 80% (95%) interval. */
  coverage80: number;
  coverage95: number;
  resolutions: number;
  /** Unrevealed yes/abstain/no votes scored. */
  votes: number;
  /** Mean number of revealed votes listed as surprises per roll call (the engine's; null for the baselines). */
  surprises: number | null;
}

/** One K's rows. */
export interface RevealResult {
  k: number;
  mode: RevealMode;
  rows: RevealRow[];
}

/**
 * The reveal backtest: for every roll call of the sessions (as the plain
 * backtest picks them, each forecast as of the session's first vote), and
 * for each K, the actual positions of K member states (absences included)
 * are revealed (chosen by a seeded draw per roll call and K, the same for
 * every method; in `p5` mode the permanent members first), the rest are
 * forecast and only they are scored: their votes, and the unrevealed part
 * of the yes total. Methods: the engine with the revealed positions as
 * `known`; B4, each unrevealed state's recent shares (B1) blended with the
 * revealed states' votes weighted by agreement^power (agreement: the share
 * of the last three sessions' roll calls on which the two cast the same
 * vote, absences included); B2 with the reveals ignored. Segments as the
 * plain backtest's.
 */
export function revealBacktest(options: RevealOptions): { reveal: RevealResult[]; seconds: number } {
  checkObject(options, "options");
  const t0 = performance.now();
  const a = options.assembly ?? loadAssembly();
  const mode = options.mode ?? "random";
  if (mode !== "random" && mode !== "p5") throw new PlenaryError(`invalid mode; expected "random" or "p5": ${JSON.stringify(mode)}`);
  const ks = options.k;
  if (!Array.isArray(ks) || ks.length === 0) throw new PlenaryError(`invalid k; expected a list of whole numbers in [1, 150]: ${JSON.stringify(ks)}`);
  for (const k of ks) {
    if (!(Number.isInteger(k) && 1 <= k && k <= 150)) throw new PlenaryError(`invalid k; expected whole numbers in [1, 150]: ${JSON.stringify(k)}`);
    if (mode === "p5" && k < 5) throw new PlenaryError(`invalid k; p5 mode reveals the five permanent members first, so K must be at least 5: ${k}`);
  }
  if (options.only !== undefined && !BACKTEST_SEGMENTS.includes(options.only)) throw new PlenaryError(`invalid only; expected one of ${BACKTEST_SEGMENTS.join(", ")}: ${showValue(options.only)}`);
  const draws = options.draws ?? 2000;
  const seed = options.seed ?? 1;
  const blend = options.neighbourBlend ?? B4_BLEND;
  const power = options.neighbourPower ?? B4_POWER;
  const engine = options.engine ?? true;
  const methods = REVEAL_METHODS.filter((m) => engine || m !== "plenary");
  const groups = targetGroups(a, { sessions: options.sessions, emergency: options.emergency });
  const modelFor = options.modelFor ?? ((asOf: string) => modelForAsOf(a, asOf));
  const noModel = {} as FittedModel;
  const random = seededRandom(seed);
  const { codes, nStates } = a.matrix;
  const acc = new Map<string, Accumulator>();
  const surprises = new Map<string, number>();
  const key = (k: number, sg: BacktestSegment, m: RevealMethod) => `${k}|${sg}|${m}`;
  const total = groups.reduce((n, g) => n + g.targets.length, 0);
  let done = 0;
  for (const group of groups) {
    const models = new Map<string, FittedModel>();
    const agreements = new Map<string, Float64Array>();
    for (const { target, row, asOf } of group.targets) {
      let model = models.get(asOf);
      if (!model) models.set(asOf, (model = engine ? modelFor(asOf) : noModel));
      let agree = agreements.get(asOf);
      if (!agree) agreements.set(asOf, (agree = agreement(a, target.period, asOf)));
      const previous = matchPrevious(a, target, { before: asOf });
      const segments: BacktestSegment[] = ["all", previous.length > 0 ? "repeated" : "novel"];
      if (target.kind === "emergency") segments.push("emergency");
      if (target.important) segments.push("important");
      if (options.only !== undefined && !segments.includes(options.only)) {
        done++;
        continue;
      }
      const shares = recentShares(a, target.period, asOf);
      const prevRow = previous.length > 0 ? a.rollCalls.indexOf(previous[0]) : -1;
      const { columns } = membersAsOf(a, asOf);
      const eligible = columns.filter((c) => codes[row * nStates + c] !== NOT_MEMBER);
      for (const k of ks) {
        const revealed = chooseRevealed(a, eligible, k, mode, seed, row);
        const known: Record<string, VoteLetter> = {};
        for (const c of revealed) known[a.states[c].iso3] = VOTE_LETTERS[codes[row * nStates + c]] as VoteLetter;
        const f = engine
          ? simulateOutcome(prepareForecast(
            { title: target.title || target.symbol, asOf, voteDate: target.date, session: target.session, rule: "majority", draws, seed, known },
            { ...options.forecast, assembly: a, model },
          ))
          : null;
        const byIso = new Map((f?.countries ?? []).map((c) => [c.iso3, c]));
        const isRevealed = new Uint8Array(nStates);
        for (const c of revealed) isRevealed[c] = 1;
        const revealedCounts = countCodes(revealed.map((c) => codes[row * nStates + c]));
        const probs: Record<RevealMethod, number[][]> = { plenary: [], "B4 neighbours": [], "B2 shares + last vote": [] };
        const actual: number[] = [];
        for (const s of columns) {
          const code = codes[row * nStates + s];
          const c = byIso.get(a.states[s].iso3);
          if (code === NOT_MEMBER || (f && !c) || isRevealed[s]) continue;
          actual.push(code);
          if (c) probs.plenary.push([c.pYes, c.pAbstain, c.pNo, c.pAbsent]);
          probs["B2 shares + last vote"].push(blendWith(shares[s], prevRow >= 0 ? codes[prevRow * nStates + s] : NOT_MEMBER, B2_BLEND));
          probs["B4 neighbours"].push(neighbours(shares[s], s, revealed, row, a, agree, blend, power));
        }
        const report: Partial<Record<RevealMethod, RevealMethodReport>> = {};
        for (const m of methods) {
          const iv = m === "plenary" && f
            ? { i80: shiftInterval(f.interval80.yes, -revealedCounts.yes), i95: shiftInterval(f.interval95.yes, -revealedCounts.yes) }
            : yesIntervals(probs[m], 500, random);
          report[m] = { expectedYes: probs[m].reduce((sum, p) => sum + p[0], 0), expectedAbsent: probs[m].reduce((sum, p) => sum + p[3], 0), interval80: iv.i80 };
          for (const sg of segments) {
            const id = key(k, sg, m);
            let t = acc.get(id);
            if (!t) acc.set(id, (t = accumulator()));
            score(t, probs[m], actual, iv.i80, iv.i95);
            if (m === "plenary" && f) surprises.set(id, (surprises.get(id) ?? 0) + f.surprises.length);
          }
        }
        options.onRollCall?.({ symbol: target.symbol, k, segments, actual: countCodes(actual), revealed: revealedCounts, methods: report as Record<RevealMethod, RevealMethodReport>, ...(f ? { forecast: f } : {}) });
      }
      done++;
      options.onProgress?.(done / total, `${target.symbol}`);
    }
  }
  const reveal: RevealResult[] = ks.map((k) => ({
    k,
    mode,
    rows: BACKTEST_SEGMENTS.flatMap((sg) => methods.flatMap((m) => {
      const t = acc.get(key(k, sg, m));
      if (!t || t.n === 0) return [];
      const sm = summarize(m, t);
      return [{
        segment: sg, method: m, logLoss: sm.logLoss, accuracy: sm.accuracy, macroF1: sm.macroF1, maeYes: sm.maeYes,
        coverage80: sm.coverage80, coverage95: sm.coverage95, resolutions: sm.resolutions, votes: sm.votes,
        surprises: m === "plenary" ? (surprises.get(key(k, sg, m)) ?? 0) / t.n : null,
      }];
    })),
  }));
  return { reveal, seconds: (performance.now() - t0) / 1000 };
}

/** Yes, no, abstain and absent votes among codes. */
function countCodes(codes: readonly number[]): Counts {
  const n = (code: number) => codes.filter((c) => c === code).length;
  return { yes: n(YES), no: n(NO), abstain: n(ABSTAIN), absent: n(ABSENT) };
}

/** An interval moved by a number of votes. */
function shiftInterval([lo, hi]: [number, number], by: number): [number, number] {
  return [lo + by, hi + by];
}

/**
 * The K states revealed for a roll call (matrix columns), by a seeded
 * partial Fisher-Yates shuffle of the eligible states: the stream is
 * `uniformAt(seed x 7919 + row, i)`, so each roll call's draw is its own
 * and the same for every method and every run; in `p5` mode the permanent
 * members among the eligible come first. The K drawn for a larger K start
 * with those drawn for a smaller one.
 */
export function chooseRevealed(a: Pick<Assembly, "states">, eligible: readonly number[], k: number, mode: RevealMode, seed: number, row: number): number[] {
  checkArray(eligible, "eligible");
  if (!(Number.isInteger(k) && k >= 0)) throw new PlenaryError(`invalid k; expected a whole number: ${showValue(k)}`);
  if (mode !== "random" && mode !== "p5") throw new PlenaryError(`invalid mode; expected "random" or "p5": ${showValue(mode)}`);
  if (!(Number.isInteger(seed) && Number.isInteger(row))) throw new PlenaryError(`invalid seed or row; expected whole numbers: ${showValue([seed, row])}`);
  const pool = [...eligible];
  const out: number[] = [];
  if (mode === "p5") {
    for (const iso3 of P5) {
      const i = pool.findIndex((c) => a.states[c].iso3 === iso3);
      if (i >= 0) out.push(...pool.splice(i, 1));
    }
  }
  const stream = ((seed * 7919) ^ row) >>> 0;
  for (let i = 0; out.length < k && pool.length > 0; i++) {
    const j = Math.floor(uniformAt(stream, i) * pool.length);
    out.push(pool[j]);
    pool[j] = pool[pool.length - 1];
    pool.pop();
  }
  return out;
}

/**
 * Agreement of every pair of states (matrix columns) over the roll calls of
 * the three sessions before `period` and of that period before asOf: the
 * share of roll calls on which both were members that they cast the same
 * code (yes, abstain, no or absent). Row-major nStates x nStates; 0 where
 * they never sat together. O(roll calls x states^2).
 */
export function agreement(a: Pick<Assembly, "rollCalls" | "matrix">, period: number, asOf: string): Float64Array {
  const { codes, nStates: S } = a.matrix;
  const same = new Float64Array(S * S);
  const both = new Float64Array(S * S);
  const present: number[] = [];
  a.rollCalls.forEach((r, i) => {
    if (r.date >= asOf || r.period < period - 3) return;
    present.length = 0;
    for (let s = 0; s < S; s++) if (codes[i * S + s] !== NOT_MEMBER) present.push(s);
    for (let x = 0; x < present.length; x++) {
      const s = present[x];
      const cs = codes[i * S + s];
      for (let y = x; y < present.length; y++) {
        const t = present[y];
        both[s * S + t]++;
        if (codes[i * S + t] === cs) same[s * S + t]++;
      }
    }
  });
  const out = new Float64Array(S * S);
  for (let s = 0; s < S; s++) {
    for (let t = s; t < S; t++) {
      const v = both[s * S + t] > 0 ? same[s * S + t] / both[s * S + t] : 0;
      out[s * S + t] = v;
      out[t * S + s] = v;
    }
  }
  return out;
}

/** B4: the state's shares blended with its revealed neighbours' votes, each weighted by agreement^power. */
function neighbours(shares: number[], s: number, revealed: readonly number[], row: number, a: Assembly, agree: Float64Array, blend: number, power: number): number[] {
  const { codes, nStates: S } = a.matrix;
  const votes = [0, 0, 0, 0];
  let sum = 0;
  for (const t of revealed) {
    const w = agree[s * S + t] ** power;
    const code = codes[row * S + t];
    const k = code === 1 ? 0 : code === 2 ? 1 : code === 3 ? 2 : code === 4 ? 3 : -1;
    if (k < 0 || w === 0) continue;
    votes[k] += w;
    sum += w;
  }
  if (sum === 0) return shares;
  return shares.map((p, k) => (1 - blend) * p + (blend * votes[k]) / sum);
}
