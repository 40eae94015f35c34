import type { Assembly } from "../data/types.ts";
import { BLOC_DEFAULTS, estimateBlocs, type BlocOptions, type Blocs } from "../model/blocs/estimateBlocs.ts";
import type { FittedModel } from "../model/types.ts";

/** Estimated structures by model, asOf and data (a memo of a pure function: the same inputs always give the same structure); the 16 latest. */
const memo = new Map<string, Blocs>();

/**
 * The states-move-together structure for a forecast ({@link estimateBlocs};
 * by default four camps from the ten sessions before asOf, the forecast
 * settings `blocFactors` and `blocSessions`), computed once per model, asOf
 * and options: a backtest's forecasts of one session share it, and so do
 * repeated forecasts from the same saved model.
 */
export function blocsFor(assembly: Assembly, model: FittedModel, asOf: string, options: Pick<BlocOptions, "sessions" | "factors"> = {}): Blocs {
  const key = JSON.stringify([assembly.fingerprint, model.fingerprint, model.cutoff, model.from, model.options, model.stats.logLik, model.rollCalls.length, model.states.length, asOf, options.sessions ?? BLOC_DEFAULTS.sessions, options.factors ?? BLOC_DEFAULTS.factors]);
  let blocs = memo.get(key);
  if (!blocs) {
    blocs = estimateBlocs(assembly, model, asOf, options);
    if (memo.size >= 16) memo.delete(memo.keys().next().value as string);
    memo.set(key, blocs);
  }
  return blocs;
}
