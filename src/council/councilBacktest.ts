import { loadAssembly } from "../data/loadAssembly.ts";
import type { Assembly } from "../data/types.ts";
import { dayNumber } from "../data/sessionPeriod.ts";
import { checkOptions } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { councilModelAsOf } from "./councilModel.ts";
import { councilProbabilities, drawCouncil } from "./forecastCouncil.ts";
import { loadCouncil } from "./loadCouncil.ts";
import { rivalDraftCounts } from "./rivalDraftCounts.ts";
import { vetoCalibration, type VetoCalibrationBin } from "./vetoCalibration.ts";
import { PERMANENT, type CouncilRecord, type CouncilVote } from "./types.ts";

/** One row of the Council backtest's scores (a method on a segment). */
export interface CouncilBacktestRow {
  segment: string;
  method: string;
  logLoss: number;
  accuracy: number;
  macroF1: number;
  brierAdopted: number;
  logLossAdopted: number;
  /** AUC of P(no) over every permanent member's vote, a no the positive class. */
  vetoAuc: number;
  /** Vetoes (a permanent member's no on a vetoed draft) given P(no) above 0.5. */
  vetoesCaught: number;
  vetoes: number;
  /** Member votes scored. */
  votes: number;
  /** Drafts scored. */
  resolutions: number;
}

/** Options of `councilBacktest`. */
export interface CouncilBacktestOptions {
  /** First and last year (e.g. 2015 and 2025). */
  from: number;
  to: number;
  /** Forecast each vote from the record up to the day before (the history; the model is fitted at the year's start). Default false: from the record before the year's first vote. */
  eachDayBefore?: boolean;
  draws?: number;
  seed?: number;
  assembly?: Assembly;
  council?: CouncilRecord;
  cacheDir?: string | null;
  /** L2 penalty of the Council model (default COUNCIL_LAMBDA). */
  lambda?: number;
  onProgress?: (fraction: number, message: string) => void;
}

const CLASSES = ["Y", "A", "N", "X"] as const;
const EPS = 1e-6;

interface Scored {
  vote: CouncilVote;
  /** Per member: probabilities (yes, abstain, no, absent) by method. */
  probs: Map<string, Float64Array[]>;
  pAdopted: Map<string, number>;
}

/** The baselines' tuned settings (on the years before the backtest). */
export interface BaselineSettings {
  /** "all yes": P(yes) = 1 - eps, the rest shared by the other classes' shares. */
  allYesEps: number;
  /** Members' shares over three years: pseudo-count towards the Council's shares. */
  sharesPrior: number;
  /** Last vote on the item: probability of repeating it. */
  lastKeep: number;
}

/**
 * The Council backtest: each year's votes forecast from the record before
 * that year's first vote (the Council model refitted each year), scored on
 * member votes (log-loss, accuracy, macro-F1), adoption (Brier, log-loss)
 * and vetoes (AUC of each permanent member's P(no); vetoes caught above 0.5),
 * beside three baselines tuned on the five years before: every member votes
 * yes, each member's shares over the last three years, and the member's last
 * vote on the same agenda item. Segments: all, non-unanimous, vetoed or
 * failed, and each region.
 */
export function councilBacktest(options: CouncilBacktestOptions): { rows: CouncilBacktestRow[]; settings: BaselineSettings; years: number[]; vetoCalibration: VetoCalibrationBin[] } {
  checkOptions(options);
  const { from, to } = options;
  if (!(Number.isInteger(from) && Number.isInteger(to) && 1995 <= from && from <= to && to <= 2100)) throw new PlenaryError(`invalid years; expected whole numbers from <= to within 1995-2100: ${JSON.stringify(from)}-${JSON.stringify(to)}`);
  const council = options.council ?? loadCouncil();
  const assembly = options.assembly ?? loadAssembly();
  const draws = options.draws ?? 2000;
  const seed = options.seed ?? 1;
  const settings = tuneBaselines(council, from);
  const scored: Scored[] = [];
  const rivals = rivalDraftCounts(council.votes.filter((v) => v.reliable));
  const years = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  years.forEach((year, yi) => {
    const inYear = council.votes.filter((v) => v.reliable && v.date.startsWith(`${year}-`));
    if (inYear.length === 0) return;
    const asOf = inYear[0].date;
    options.onProgress?.(yi / years.length, `fitting the Council model as of ${asOf}`);
    const cm = councilModelAsOf(council, assembly, asOf, { ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}), ...(options.lambda !== undefined ? { lambda: options.lambda } : {}) });
    const yearBase = baselineState(council, asOf);
    let k = 0;
    for (const v of inYear) {
      if (options.eachDayBefore) {
        // the history (not the fit) moves up to the day before
        while (k < inYear.length && inYear[k].date < v.date) cm.history.add(inYear[k++], cm.disagreement);
      }
      // the baselines see the same record as the model: before the year, or up to the day before
      const base = options.eachDayBefore ? baselineState(council, v.date) : yearBase;
      const members = Object.keys(v.votes);
      const model = councilProbabilities(cm, { ...v, members, rivalDrafts: rivals.get(v.id) ?? 0 });
      const probs = new Map<string, Float64Array[]>([
        ["plenary", model],
        ["all yes", members.map(() => allYesProbs(settings))],
        ["last-3-year shares", members.map((m) => sharesProbs(base, m, settings))],
        ["last vote on the item", members.map((m) => lastItemProbs(base, m, v.agendaKey, settings))],
      ]);
      const pAdopted = new Map<string, number>();
      for (const [method, p] of probs) pAdopted.set(method, drawCouncil(members, p, draws, seed, 0.5).pAdopted);
      scored.push({ vote: v, probs, pAdopted });
    }
  });
  options.onProgress?.(1, "scoring");
  const segments: [string, (v: CouncilVote) => boolean][] = [
    ["all", () => true],
    ["non-unanimous", (v) => Object.values(v.votes).some((x) => x === "A" || x === "N")],
    ["vetoed or failed", (v) => v.outcome !== "adopted"],
    ...[...new Set(scored.map((s) => s.vote.region))].sort().map((r): [string, (v: CouncilVote) => boolean] => [`region: ${r}`, (v) => v.region === r]),
  ];
  const methods = ["plenary", "all yes", "last-3-year shares", "last vote on the item"];
  const rows: CouncilBacktestRow[] = [];
  for (const [segment, keep] of segments) {
    const part = scored.filter((s) => keep(s.vote));
    if (part.length === 0) continue;
    for (const method of methods) rows.push(score(part, method, segment));
  }
  // the engine's P(no) for every permanent member's vote, binned against what happened
  const p5 = scored.flatMap((s) => Object.keys(s.vote.votes).flatMap((m, i) => ((PERMANENT as readonly string[]).includes(m) ? [{ p: (s.probs.get("plenary") as Float64Array[])[i][2], no: s.vote.votes[m] === "N" }] : [])));
  return { rows, settings, years, vetoCalibration: vetoCalibration(p5) };
}

function score(part: Scored[], method: string, segment: string): CouncilBacktestRow {
  let ll = 0;
  let correct = 0;
  let n = 0;
  const tp = [0, 0, 0, 0];
  const fp = [0, 0, 0, 0];
  const fn = [0, 0, 0, 0];
  let brier = 0;
  let llA = 0;
  const p5: { p: number; no: boolean }[] = [];
  let vetoes = 0;
  let caught = 0;
  for (const s of part) {
    const members = Object.keys(s.vote.votes);
    const probs = s.probs.get(method) as Float64Array[];
    members.forEach((m, i) => {
      const actual = CLASSES.indexOf(s.vote.votes[m] as (typeof CLASSES)[number]);
      const p = probs[i];
      ll -= Math.log(Math.max(EPS, p[actual]));
      let best = 0;
      for (let c = 1; c < 4; c++) if (p[c] > p[best]) best = c;
      if (best === actual) {
        correct++;
        tp[actual]++;
      } else {
        fp[best]++;
        fn[actual]++;
      }
      n++;
      if ((PERMANENT as readonly string[]).includes(m)) {
        p5.push({ p: p[2], no: actual === 2 });
        if (s.vote.vetoedBy.includes(m)) {
          vetoes++;
          if (p[2] > 0.5) caught++;
        }
      }
    });
    const pa = Math.min(1 - EPS, Math.max(EPS, s.pAdopted.get(method) as number));
    const y = s.vote.outcome === "adopted" ? 1 : 0;
    brier += (pa - y) ** 2;
    llA -= y ? Math.log(pa) : Math.log(1 - pa);
  }
  const f1s = [0, 1, 2, 3].filter((c) => tp[c] + fn[c] > 0).map((c) => (tp[c] === 0 ? 0 : (2 * tp[c]) / (2 * tp[c] + fp[c] + fn[c])));
  return {
    segment, method,
    logLoss: ll / n,
    accuracy: correct / n,
    macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length,
    brierAdopted: brier / part.length,
    logLossAdopted: llA / part.length,
    vetoAuc: auc(p5),
    vetoesCaught: caught,
    vetoes,
    votes: n,
    resolutions: part.length,
  };
}

/** Area under the ROC curve (ties count half); NaN without both classes. */
export function auc(xs: readonly { p: number; no: boolean }[]): number {
  const pos = xs.filter((x) => x.no).map((x) => x.p);
  const neg = xs.filter((x) => !x.no).map((x) => x.p).sort((a, b) => a - b);
  if (pos.length === 0 || neg.length === 0) return NaN;
  let s = 0;
  for (const p of pos) {
    // negatives below p, ties half
    let lo = 0;
    let hi = neg.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (neg[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    let eq = lo;
    while (eq < neg.length && neg[eq] === p) eq++;
    s += lo + (eq - lo) / 2;
  }
  return s / (pos.length * neg.length);
}

interface BaselineState {
  /** Council-wide class shares over the three years before. */
  overall: Float64Array;
  /** Per member: class counts over the three years before. */
  member: Map<string, Float64Array>;
  /** Per member and item: the last vote before. */
  last: Map<string, number>;
}

function baselineState(council: CouncilRecord, asOf: string): BaselineState {
  const start = dayNumber(asOf) - 3 * 365;
  const overall = new Float64Array(4);
  const member = new Map<string, Float64Array>();
  const last = new Map<string, number>();
  for (const v of council.votes) {
    if (!v.reliable || v.date >= asOf) continue;
    for (const [m, x] of Object.entries(v.votes)) {
      const c = CLASSES.indexOf(x as (typeof CLASSES)[number]);
      last.set(`${m}|${v.agendaKey}`, c);
      if (dayNumber(v.date) < start) continue;
      overall[c]++;
      const t = member.get(m) ?? new Float64Array(4);
      t[c]++;
      member.set(m, t);
    }
  }
  const total = overall.reduce((a, b) => a + b, 0) || 1;
  for (let c = 0; c < 4; c++) overall[c] /= total;
  return { overall, member, last };
}

function allYesProbs(s: BaselineSettings): Float64Array {
  return Float64Array.from([1 - s.allYesEps, s.allYesEps / 3, s.allYesEps / 3, s.allYesEps / 3]);
}

function sharesProbs(b: BaselineState, m: string, s: BaselineSettings): Float64Array {
  const t = b.member.get(m) ?? new Float64Array(4);
  const n = t.reduce((a, x) => a + x, 0);
  return Float64Array.from([0, 1, 2, 3].map((c) => (t[c] + s.sharesPrior * b.overall[c]) / (n + s.sharesPrior)));
}

function lastItemProbs(b: BaselineState, m: string, key: string, s: BaselineSettings): Float64Array {
  const last = b.last.get(`${m}|${key}`);
  if (last === undefined) return sharesProbs(b, m, s);
  return Float64Array.from([0, 1, 2, 3].map((c) => (c === last ? s.lastKeep : (1 - s.lastKeep) / 3)));
}

/** Each baseline's setting with the lowest member log-loss on the five years before `from` (each year from the record before it). */
export function tuneBaselines(council: CouncilRecord, from: number): BaselineSettings {
  const cases: { b: BaselineState; v: CouncilVote }[] = [];
  for (let year = from - 5; year < from; year++) {
    const inYear = council.votes.filter((v) => v.reliable && v.date.startsWith(`${year}-`));
    if (inYear.length === 0) continue;
    const b = baselineState(council, inYear[0].date);
    for (const v of inYear) cases.push({ b, v });
  }
  const loss = (f: (b: BaselineState, m: string, v: CouncilVote) => Float64Array) => {
    let ll = 0;
    for (const { b, v } of cases) for (const [m, x] of Object.entries(v.votes)) ll -= Math.log(Math.max(EPS, f(b, m, v)[CLASSES.indexOf(x as (typeof CLASSES)[number])]));
    return ll;
  };
  const pick = (grid: number[], f: (g: number) => number) => grid.reduce((best, g) => (f(g) < f(best) ? g : best), grid[0]);
  const allYesEps = pick([0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.2], (e) => loss(() => allYesProbs({ allYesEps: e, sharesPrior: 1, lastKeep: 0.9 })));
  const sharesPrior = pick([0.5, 1, 2, 5, 10, 20, 50], (a) => loss((b, m) => sharesProbs(b, m, { allYesEps, sharesPrior: a, lastKeep: 0.9 })));
  const lastKeep = pick([0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98], (k) => loss((b, m, v) => lastItemProbs(b, m, v.agendaKey, { allYesEps, sharesPrior, lastKeep: k })));
  return { allYesEps, sharesPrior, lastKeep };
}
