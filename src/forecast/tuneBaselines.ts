import { checkArray, checkAssembly, checkOptions } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { Assembly } from "../data/types.ts";
import type { FittedModel } from "../model/types.ts";
import { backtest, type BacktestVote } from "./backtest.ts";
import { BASE_BASELINES, type BaseBaseline, type KindWeights } from "./baselineWeights.ts";
import { SEGMENT_KINDS, TUNING_SETS, type SegmentKind } from "./tuningSets.ts";
import { voteScores, type VoteClass } from "./voteScores.ts";

/** The default grid of baseline weights: 0, 0.05, ..., 1. */
export const WEIGHT_GRID: readonly number[] = Object.freeze(Array.from({ length: 21 }, (_, k) => k / 20));

/** One line of the tuning table: a baseline's log-loss on a kind's tuning votes at one weight. */
export interface BaselineTuningRow {
  kind: SegmentKind;
  baseline: "B2" | "B3";
  weight: number;
  logLoss: number;
  votes: number;
}

/** Result of {@link tuneBaselines}. */
export interface BaselineTuning {
  /** Weight with the lowest log-loss per kind (ties: the lower weight). */
  B2: KindWeights;
  B3: KindWeights;
  /** B5's choice per kind: the baseline with the lowest log-loss at its tuned weight. */
  B5: Record<SegmentKind, BaseBaseline>;
  /** Log-loss of B1, and of B2 and B3 at their tuned weights, per kind. */
  best: Record<SegmentKind, Record<BaseBaseline, number>>;
  /** Tuning votes per kind. */
  votes: Record<SegmentKind, number>;
  rows: BaselineTuningRow[];
}

/** The tuning votes of a baseline for a kind, as `backtest`'s onVote gives them (with `engine: false`). */
export interface TuningVote {
  kind: SegmentKind;
  actual: VoteClass;
  previous: BacktestVote["previous"];
  nearest: BacktestVote["nearest"];
  /** B1's probabilities [yes, abstain, no, absent]. */
  b1: readonly number[];
}

const blend = (b1: readonly number[], x: 0 | 1 | 2 | 3 | null, w: number) => (x === null ? b1 : b1.map((p, i) => w * (i === x ? 1 : 0) + (1 - w) * p));

/**
 * Chooses B2's and B3's weights per segment kind by log-loss over a grid,
 * each on its kind's tuning votes, and B5's baseline per kind. The votes
 * come from {@link baselineTuningVotes}.
 */
export function tuneBaselines(votes: readonly TuningVote[], grid: readonly number[] = WEIGHT_GRID): BaselineTuning {
  checkArray(votes, "votes");
  checkArray(grid, "grid");
  votes.forEach((v, k) => {
    const ok = v !== null && typeof v === "object" && (SEGMENT_KINDS as readonly unknown[]).includes(v.kind) && [0, 1, 2].includes(v.actual) &&
      Array.isArray(v.b1) && v.b1.length === 4 && [v.previous, v.nearest].every((x) => x === null || [0, 1, 2, 3].includes(x as number));
    if (!ok) throw new PlenaryError(`invalid votes[${k}]; expected { kind, actual, previous, nearest, b1 } (see TuningVote): ${JSON.stringify(v)?.slice(0, 100)}`);
  });
  if (grid.length === 0 || grid.some((w) => !(typeof w === "number" && 0 <= w && w <= 1))) throw new PlenaryError(`invalid grid; expected weights in [0, 1]: ${JSON.stringify(grid).slice(0, 100)}`);
  const rows: BaselineTuningRow[] = [];
  const out = { B2: {}, B3: {}, B5: {}, best: {}, votes: {} } as BaselineTuning;
  for (const kind of SEGMENT_KINDS) {
    const mine = votes.filter((v) => v.kind === kind);
    out.votes[kind] = mine.length;
    if (mine.length === 0) throw new PlenaryError(`invalid votes; no tuning vote of kind: ${kind}`);
    const loss = (f: (v: TuningVote) => readonly number[]) => {
      const acc = voteScores();
      for (const v of mine) acc.add(f(v), v.actual);
      return acc.result().logLoss;
    };
    const b1 = loss((v) => v.b1);
    const best: Record<string, number> = { "B1 recent shares": b1 };
    for (const [baseline, key, name] of [["B2", "previous", "B2 shares + last vote"], ["B3", "nearest", "B3 nearest title"]] as const) {
      let chosen = grid[0];
      let lowest = Infinity;
      for (const w of grid) {
        const l = loss((v) => blend(v.b1, v[key], w));
        rows.push({ kind, baseline, weight: w, logLoss: l, votes: mine.length });
        if (l < lowest - 1e-12) [chosen, lowest] = [w, l];
      }
      out[baseline][kind] = chosen;
      best[name] = lowest;
    }
    out.best[kind] = best as Record<BaseBaseline, number>;
    out.B5[kind] = BASE_BASELINES.reduce((m, b) => (best[b] < best[m] - 1e-12 ? b : m), BASE_BASELINES[0]);
  }
  return out;
}

/** Options of {@link baselineTuningVotes}. */
export interface BaselineTuningOptions {
  /** The kinds to collect (default all three). */
  kinds?: SegmentKind[];
  /** Instead of the tuning sets' sessions, these regular sessions (for a quick check on a small set). */
  sessions?: number[];
  /** Instead of the emergency tuning set, emergency votes in [from, until). */
  emergency?: { from?: string; until?: string };
  modelFor?: (asOf: string) => FittedModel;
  onProgress?: (fraction: number, message: string) => void;
}

/**
 * The baselines' tuning votes (TUNING_SETS): the repeated texts of 62-69,
 * the novel texts of 54-69 and the emergency votes before 2015, each
 * forecast as the backtest does (the engine's retrieval finds B3's nearest
 * title; the engine itself is not run).
 */
export function baselineTuningVotes(assembly: Assembly, options: BaselineTuningOptions = {}): TuningVote[] {
  checkAssembly(assembly);
  checkOptions(options);
  const kinds = options.kinds ?? [...SEGMENT_KINDS];
  const out: TuningVote[] = [];
  const keep = (v: BacktestVote, want: (v: BacktestVote) => boolean) => {
    if (want(v)) out.push({ kind: v.kind, actual: v.actual, previous: v.previous, nearest: v.nearest, b1: v.probs["B1 recent shares"]! });
  };
  const { regular, novel } = TUNING_SETS;
  const regularKinds = kinds.filter((k) => k !== "emergency");
  if (regularKinds.length > 0) {
    const from = options.sessions ? Math.min(...options.sessions) : regularKinds.includes("novel") ? novel.sessions[0] : regular.sessions[0];
    const to = options.sessions ? Math.max(...options.sessions) : regular.sessions[1];
    const sessions = options.sessions ?? Array.from({ length: to - from + 1 }, (_, k) => from + k);
    backtest({
      sessions, assembly, engine: false, modelFor: options.modelFor, onProgress: options.onProgress,
      onVote: (v) => keep(v, (x) => (x.kind === "novel" && regularKinds.includes("novel")) || (x.kind === "repeated" && regularKinds.includes("repeated") && (options.sessions !== undefined || Number(x.session) >= regular.sessions[0]))),
    });
  }
  if (kinds.includes("emergency")) {
    backtest({
      emergency: options.emergency ?? { until: TUNING_SETS.emergency.emergencyBefore }, assembly, engine: false, modelFor: options.modelFor, onProgress: options.onProgress,
      onVote: (v) => keep(v, (x) => x.kind === "emergency"),
    });
  }
  return out;
}
