import { checkAssembly, checkModel, checkOptions } from "../../util/checkArgs.ts";
import type { Assembly } from "../../data/types.ts";
import { MODEL_CATEGORY, type VoteLetter } from "../../data/voteCodes.ts";
import { dayNumber, isIsoDate } from "../../data/sessionPeriod.ts";
import { LogisticRegression, type LogisticRegressionJSON } from "./LogisticRegression.ts";
import { DEFAULT_LEADERS, featureNames, leaderVotes, logisticTendencyFeatures } from "./logisticTendencyFeatures.ts";
import type { FittedModel, RollCallParams } from "../types.ts";
import { resolveOptions } from "../../util/resolveOptions.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

/** Options of {@link fitLogisticTendencies}. */
export interface LogisticTendencyOptions {
  /** First roll-call date used (ISO, inclusive). Default: the ideal-point model's `from`. */
  from?: string;
  /** Only roll calls strictly before this date (ISO). Default: the ideal-point model's cutoff. */
  until?: string;
  /** States to fit (ISO3). Default: every state with at least `minVotes` votes in the window. */
  states?: string[];
  /** Bloc leaders whose votes are cues. Default {@link DEFAULT_LEADERS}. */
  leaders?: string[];
  /** Minimum yes/abstain/no votes for a state to get a model. Default 30; range [1, 100000]. */
  minVotes?: number;
  /** Gradient-descent steps of each regression. Default 300; range [1, 1000000]. */
  numSteps?: number;
  /** Step size (row-averaged gradient). Default 0.5; range (0, 100]. */
  learningRate?: number;
  onProgress?: (fraction: number, message: string) => void;
}

/** Per-state logistic tendencies, plain JSON. */
export interface LogisticTendencies {
  format: "plenary-logistic-tendencies";
  version: 1;
  from: string;
  until: string;
  fingerprint: string;
  /** Feature names, in order. */
  features: string[];
  leaders: string[];
  /** Fitted regression per state (classes 0 no, 1 abstain, 2 yes). */
  states: Record<string, LogisticRegressionJSON>;
  /** Fitting time in seconds. */
  seconds: number;
}

/** Defaults and ranges of the numeric LogisticTendencyOptions (numSteps and learningRate as LogisticRegression's, with fewer steps). */
const TENDENCY_SETTINGS = {
  minVotes: { default: 30, range: "[1, 100000]", integer: true },
  numSteps: { default: 300, range: "[1, 1000000]", integer: true },
  learningRate: { default: 0.5, range: "(0, 100]" },
};

/**
 * Fit per-state logistic tendencies with `ml-logistic-regression` (through
 * {@link LogisticRegression}): for each state, a one-vs-all logistic model of
 * its vote (yes/abstain/no) on cues of the roll call — its parameters in the
 * ideal-point model, its issue codes and how bloc leaders voted — in the
 * spirit of the cue-taking accounts of UN voting (e.g. Voeten 2000). Kept as a
 * compared alternative to the ideal-point model (see docs/model.md for the
 * held-out comparison). Cost: states x numSteps x classes x roll calls x
 * features, on the slow package; restrict the window (e.g. ten sessions).
 *
 * @example
 * const t = fitLogisticTendencies(assembly, model, { from: "2015-09-01", states: ["FRA"] });
 * predictLogisticTendency(t, "FRA", logisticTendencyFeatures(model.rollCalls.at(-1)!, ["hr"], { USA: "Y" }, t.leaders, "FRA"));
 */
export function fitLogisticTendencies(assembly: Assembly, model: FittedModel, options: LogisticTendencyOptions = {}): LogisticTendencies {
  checkAssembly(assembly);
  checkModel(model);
  checkOptions(options);
  const t0 = performance.now();
  const from = options.from ?? model.from;
  const until = options.until ?? model.cutoff;
  if (!isIsoDate(from)) throw new PlenaryError(`invalid from; not a date: ${JSON.stringify(from)}`);
  if (!isIsoDate(until)) throw new PlenaryError(`invalid until; not a date: ${JSON.stringify(until)}`);
  const leaders = options.leaders ?? DEFAULT_LEADERS;
  const { minVotes, numSteps, learningRate } = resolveOptions(TENDENCY_SETTINGS, options);
  const colOf = new Map(assembly.states.map((s, c) => [s.iso3, c]));
  for (const l of leaders) if (!colOf.has(l)) throw new PlenaryError(`invalid leaders; unknown ISO3 code: ${JSON.stringify(l)}`);
  for (const s of options.states ?? []) if (!colOf.has(s)) throw new PlenaryError(`invalid states; unknown ISO3 code: ${JSON.stringify(s)}`);
  const progress = options.onProgress ?? (() => {});
  const fromDay = dayNumber(from);
  const untilDay = dayNumber(until);
  const params = new Map(model.rollCalls.map((p) => [p.undlId, p]));
  const { codes, nStates, day } = assembly.matrix;

  // training rows: roll calls in the window with ideal-point parameters
  const rows: { r: number; cues: Record<string, VoteLetter | undefined>; p: RollCallParams }[] = [];
  assembly.rollCalls.forEach((rc, r) => {
    const p = params.get(rc.undlId);
    if (!p || !(fromDay <= day[r] && day[r] < untilDay)) return;
    rows.push({ r, cues: leaderVotes(assembly, r, leaders), p });
  });
  const targets = options.states ?? assembly.states.map((s) => s.iso3);
  const states: Record<string, LogisticRegressionJSON> = {};
  targets.forEach((iso3, k) => {
    const c = colOf.get(iso3)!;
    const X: number[][] = [];
    const y: number[] = [];
    for (const { r, cues, p } of rows) {
      const cat = MODEL_CATEGORY[codes[r * nStates + c]];
      if (cat < 0) continue;
      X.push(logisticTendencyFeatures(p, assembly.rollCalls[r].issues, cues, leaders, iso3));
      y.push(cat);
    }
    if (y.length >= minVotes) {
      states[iso3] = new LogisticRegression({ numSteps, learningRate }).fit(X, y).toJSON();
    }
    progress((k + 1) / targets.length, iso3);
  });
  return {
    format: "plenary-logistic-tendencies",
    version: 1,
    from,
    until,
    fingerprint: assembly.fingerprint,
    features: featureNames(model.dims, leaders),
    leaders: [...leaders],
    states,
    seconds: (performance.now() - t0) / 1000,
  };
}
