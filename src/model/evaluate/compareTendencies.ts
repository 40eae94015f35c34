import { checkAssembly, checkObject } from "../../util/checkArgs.ts";
import type { Assembly } from "../../data/types.ts";
import { MODEL_CATEGORY } from "../../data/voteCodes.ts";
import { fitIdealPoints } from "../idealPoints/fitIdealPoints.ts";
import { fitLogisticTendencies } from "../logistic/fitLogisticTendencies.ts";
import { DEFAULT_LEADERS, leaderVotes, logisticTendencyFeatures } from "../logistic/logisticTendencyFeatures.ts";
import { predictLogisticTendency } from "../logistic/predictLogisticTendency.ts";
import { orderedLogitProbabilities } from "../orderedLogit.ts";
import type { FittedModel, RollCallParams } from "../types.ts";
import { resolveOptions } from "../../util/resolveOptions.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

/** Scores of one method on the held-out votes. */
export interface HeldOutScores {
  /** Share of votes whose most likely category is the actual one. */
  accuracy: number;
  /** Mean multiclass log-loss (natural log; probabilities floored at 1e-4). */
  logLoss: number;
  /** Seconds to fit the method (0 for the baseline). */
  seconds: number;
}

/** Result of {@link compareTendencies}. */
export interface TendencyComparison {
  session: number;
  /** Training used only roll calls strictly before this date (the held-out session's first vote). */
  cutoff: string;
  /** Held-out roll calls scored (those with a same-titled roll call in training). */
  rollCalls: number;
  /** Held-out yes/abstain/no votes scored (bloc leaders excluded). */
  votes: number;
  idealPoints: HeldOutScores;
  logistic: HeldOutScores;
  /** Baseline: the state's vote on the same-titled roll call last time (0.9 on it, 0.05 on the others). */
  lastVote: HeldOutScores;
}

const FLOOR = 1e-4;
const normTitle = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/**
 * An honest comparison of the ideal-point model and the logistic tendencies
 * on a held-out later session: both are fitted only on roll calls before the
 * session's first vote (the logistic tendencies on the `trainSessions`
 * sessions before it), then predict each state's vote on every held-out roll
 * call that has a same-titled roll call in training, whose parameters stand
 * in for the new one's (as a forecast's "like" would). The logistic cues also
 * get the bloc leaders' actual votes on the held-out roll call; leaders'
 * own votes are not scored. Cost: one ideal-point fit (seconds) plus the
 * logistic fits (slow; see `numSteps`).
 *
 * @example
 * // a quick look (2 training sessions, 50 gradient steps); scripts/fitQuality.ts --compare-logistic uses the defaults
 * compareTendencies(assembly, { session: 79, trainSessions: 2, numSteps: 50 }); // { idealPoints: { accuracy: 0.9, ... }, logistic: { ... } }
 */
export function compareTendencies(
  assembly: Assembly,
  options: {
    session: number;
    trainSessions?: number;
    numSteps?: number;
    /** Bloc leaders whose votes are cues (default DEFAULT_LEADERS; [] for none). Their own votes are never scored. */
    leaders?: string[];
    model?: FittedModel;
    onProgress?: (fraction: number, message: string) => void;
  },
): TendencyComparison {
  checkAssembly(assembly);
  checkObject(options, "options");
  const S = options.session;
  if (!Number.isInteger(S)) throw new PlenaryError(`invalid session; expected an integer: ${S}`);
  const { trainSessions } = resolveOptions({ trainSessions: { default: 10, range: "[1, 100]", integer: true } }, options);
  const rows = assembly.rollCalls.map((rc, r) => ({ rc, r })).filter(({ rc }) => rc.period === S);
  if (rows.length === 0) throw new PlenaryError(`invalid session; no roll calls in session ${S}`);
  const cutoff = rows.map(({ rc }) => rc.date).sort()[0];
  const trainFrom = assembly.rollCalls.filter((rc) => rc.period >= S - trainSessions && rc.date < cutoff).map((rc) => rc.date).sort()[0];
  if (!trainFrom) throw new PlenaryError(`invalid session; no training roll calls before session ${S}`);
  const progress = options.onProgress ?? (() => {});

  let t0 = performance.now();
  const model = options.model ?? fitIdealPoints(assembly, { until: cutoff, onProgress: (f, m) => progress(0.4 * f, m) });
  if (model.cutoff > cutoff) throw new PlenaryError(`invalid model; its cutoff ${model.cutoff} is after the held-out session's first vote ${cutoff}`);
  const idealSeconds = options.model ? model.stats.seconds : (performance.now() - t0) / 1000;
  t0 = performance.now();
  const tendencies = fitLogisticTendencies(assembly, model, { from: trainFrom, until: cutoff, numSteps: options.numSteps, leaders: options.leaders, onProgress: (f, m) => progress(0.4 + 0.6 * f, m) });
  const logisticSeconds = (performance.now() - t0) / 1000;

  // most recent same-titled roll call in training
  const previous = new Map<string, RollCallParams>();
  const titleOf = new Map(assembly.rollCalls.map((rc) => [rc.undlId, rc.title]));
  for (const p of model.rollCalls) previous.set(normTitle(titleOf.get(p.undlId) ?? ""), p);
  const rowOf = new Map(assembly.rollCalls.map((rc, r) => [rc.undlId, r]));
  const lastPosition = new Map(model.states.map((s) => [s.iso3, s.mean[s.mean.length - 1]]));
  const { codes, nStates } = assembly.matrix;

  const acc = { ip: [0, 0], lr: [0, 0], lv: [0, 0] }; // [correct, log-loss sum]
  let n = 0;
  let nRc = 0;
  const score = (key: keyof typeof acc, probs: number[], cat: number) => {
    const best = probs.indexOf(Math.max(...probs));
    if (best === cat) acc[key][0]++;
    acc[key][1] -= Math.log(Math.max(FLOOR, probs[cat]));
  };
  for (const { rc, r } of rows) {
    const prev = previous.get(normTitle(rc.title));
    if (!prev) continue;
    const prevRow = rowOf.get(prev.undlId)!;
    const cues = leaderVotes(assembly, r, tendencies.leaders);
    let any = false;
    assembly.states.forEach((st, c) => {
      if (DEFAULT_LEADERS.includes(st.iso3)) return;
      const cat = MODEL_CATEGORY[codes[r * nStates + c]];
      const prevCat = MODEL_CATEGORY[codes[prevRow * nStates + c]];
      const x = lastPosition.get(st.iso3);
      if (cat < 0 || prevCat < 0 || !x) return;
      const features = logisticTendencyFeatures(prev, rc.issues, cues, tendencies.leaders, st.iso3);
      const lr = predictLogisticTendency(tendencies, st.iso3, features);
      if (!lr) return;
      let eta = 0;
      x.forEach((v, k) => (eta += v * prev.beta[k]));
      const ip = orderedLogitProbabilities(eta, prev.cutNo, prev.cutYes);
      score("ip", [ip.no, ip.abstain, ip.yes], cat);
      score("lr", [lr.no, lr.abstain, lr.yes], cat);
      score("lv", [0, 1, 2].map((k) => (k === prevCat ? 0.9 : 0.05)), cat);
      n++;
      any = true;
    });
    if (any) nRc++;
  }
  const out = (key: keyof typeof acc, seconds: number): HeldOutScores => ({ accuracy: acc[key][0] / n, logLoss: acc[key][1] / n, seconds });
  progress(1, "done");
  return { session: S, cutoff, rollCalls: nRc, votes: n, idealPoints: out("ip", idealSeconds), logistic: out("lr", logisticSeconds), lastVote: out("lv", 0) };
}
