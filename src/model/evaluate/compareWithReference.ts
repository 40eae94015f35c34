import { checkArray, checkModel, checkOptions } from "../../util/checkArgs.ts";
import { median, sampleCorrelation } from "simple-statistics";
import type { FittedModel } from "../types.ts";
import { resolveOptions } from "../../util/resolveOptions.ts";

/** One published estimate: a state's ideal point in a session. */
export interface ReferenceRow {
  iso3: string;
  session: number;
  idealpoint: number;
}

/** Agreement of a model's dimension-1 positions with published estimates. */
export interface ReferenceComparison {
  /** Pearson correlation over all matched state-sessions. */
  pooled: number;
  /** Median over sessions of the per-session Pearson correlation (sessions with at least `minStates` matches). */
  medianPerSession: number;
  /** Per-session correlations, ascending by session. */
  perSession: { session: number; r: number; n: number }[];
  /** Matched state-sessions. */
  matched: number;
  /** Reference state-sessions without a position in the model. */
  unmatched: number;
}

/** Default aliases: the reference's code -> the model's codes to try when it has none (BSV code the USSR as RUS). */
const DEFAULT_ALIASES: Record<string, string[]> = { RUS: ["SUN"] };

/**
 * Correlate a fitted model's positions (dimension 1) with published ideal
 * points, such as the Bailey, Strezhnev & Voeten (2017) estimates, matched by
 * ISO3 code and session (the model's period is the regular session number).
 * Reports the pooled Pearson correlation and the median of per-session
 * correlations. The reference's "RUS" also matches the model's "SUN" (USSR)
 * unless `aliases` says otherwise. Cost: O(rows).
 *
 * @example
 * compareWithReference(model, readReferenceIdealPoints()); // { pooled: 0.94, medianPerSession: 0.98, ... }
 */
export function compareWithReference(
  model: FittedModel,
  referenceRows: readonly ReferenceRow[],
  options: { aliases?: Record<string, string[]>; minStates?: number } = {},
): ReferenceComparison {
  checkModel(model);
  checkArray(referenceRows, "referenceRows");
  checkOptions(options);
  const aliases = options.aliases ?? DEFAULT_ALIASES;
  const { minStates } = resolveOptions({ minStates: { default: 10, range: "[3, inf)", integer: true } }, options);
  const pos = new Map<string, number>();
  for (const st of model.states) st.periods.forEach((p, i) => pos.set(`${st.iso3}|${p}`, st.mean[i][0]));
  const x: number[] = [];
  const y: number[] = [];
  const bySession = new Map<number, { x: number[]; y: number[] }>();
  let unmatched = 0;
  for (const row of referenceRows) {
    if (!Number.isFinite(row.idealpoint)) continue;
    let v = pos.get(`${row.iso3}|${row.session}`);
    for (const alt of aliases[row.iso3] ?? []) if (v === undefined) v = pos.get(`${alt}|${row.session}`);
    if (v === undefined) {
      unmatched++;
      continue;
    }
    x.push(v);
    y.push(row.idealpoint);
    let s = bySession.get(row.session);
    if (!s) bySession.set(row.session, (s = { x: [], y: [] }));
    s.x.push(v);
    s.y.push(row.idealpoint);
  }
  const perSession = [...bySession.entries()]
    .filter(([, s]) => s.x.length >= minStates)
    .sort((a, b) => a[0] - b[0])
    .map(([session, s]) => ({ session, r: sampleCorrelation(s.x, s.y), n: s.x.length }));
  const rs = perSession.map((s) => s.r);
  const medianPerSession = rs.length === 0 ? NaN : median(rs);
  return { pooled: x.length >= 3 ? sampleCorrelation(x, y) : NaN, medianPerSession, perSession, matched: x.length, unmatched };
}
