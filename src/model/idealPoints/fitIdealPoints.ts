import { checkAssembly, checkOptions } from "../../util/checkArgs.ts";
import type { Assembly } from "../../data/types.ts";
import { dayNumber, isIsoDate } from "../../data/sessionPeriod.ts";
import { betaPrecisions } from "./betaPrecisions.ts";
import { fitAbsence } from "../absence/fitAbsence.ts";
import { fitQuality } from "../evaluate/fitQuality.ts";
import { gaugeStep } from "./gaugeStep.ts";
import { initPositions } from "./initPositions.ts";
import { CAT_ABSTAIN, CAT_NO, CAT_YES } from "../../data/voteCodes.ts";
import { orient } from "./orient.ts";
import { prepareVotes, type PreparedVotes } from "./prepareVotes.ts";
import { rollCallSweep } from "./rollCallSweep.ts";
import { rotateToPrincipalAxes } from "./rotateToPrincipalAxes.ts";
import { seededRandom } from "../seededRandom.ts";
import { standardize } from "./standardize.ts";
import { statePrior } from "./statePrior.ts";
import { stateSweep } from "./stateSweep.ts";
import { makeWork, RC_BINARY, RC_FIXED, RC_FULL, type Settings } from "./sweepWork.ts";
import { transformCov } from "./transformCov.ts";
import { logit, sigmoid } from "../orderedLogit.ts";
import {
  MODEL_FORMAT,
  MODEL_VERSION,
  type FitOptions,
  type FittedModel,
  type RollCallParams,
  type StateTrajectory,
} from "../types.ts";
import { resolveOptions } from "../../util/resolveOptions.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

/** Sweeps between convergence checks (the log-posterior is computed on those only). */
const CHECK_EVERY = 5;

/** The estimates in the fit's own arrays (see PreparedVotes for the indexing). */
interface IdealPointArrays {
  /** Positions, nSp x dims. */
  X: Float64Array;
  /** Laplace posterior standard deviations, nSp x dims. */
  SD: Float64Array;
  /** Discriminations, nRc x dims. */
  B: Float64Array;
  C1: Float64Array;
  C2: Float64Array;
  iterations: number;
  converged: boolean;
  /** Log-likelihood of the yes/abstain/no votes at the estimates. */
  logLik: number;
}

/** Defaults and ranges of the numeric and boolean FitOptions (documented in ../types.ts). */
const FIT_SETTINGS = {
  dims: { default: 1, values: [1, 2] },
  walkSd: { default: 0.25, range: "(0, 5]" },
  maxIterations: { default: 1000, range: "[1, 10000]", integer: true },
  seed: { default: 1, range: "[0, 4294967295]", integer: true },
  tolerance: { default: 1e-7, range: "(0, 0.1]" },
  betaSd: { default: 4, range: "(0, 100]" },
  shrink: { default: 4, range: "[0, 100]" },
  balanceSessions: { default: true },
};

/**
 * Fit the dynamic ordinal ideal-point model of Bailey, Strezhnev & Voeten
 * (2017), with a logit link: each state has a position per period (regular
 * session) following a Gaussian random walk (sd `walkSd`; first period
 * N(0, 1); plus a stationary pull toward 0 of precision `shrink`); each roll
 * call has a discrimination beta and two cutpoints, with
 * P(no) = sigma(cutNo - beta.x) and P(yes) = 1 - sigma(cutYes - beta.x)
 * (yes > abstain > no). Only yes/abstain/no votes enter; absences are
 * modelled separately ({@link fitAbsence}) and stored in the model.
 *
 * Estimation is maximum a posteriori by alternating Newton steps with
 * analytic gradients on typed arrays: per roll call a small Newton step with
 * line search on (beta, cutNo, cutYes) under N(0, betaSd^2) (weighted per session: {@link betaPrecisions}) and N(0, 10^2)
 * priors; per state a tridiagonal (block-tridiagonal for 2 dimensions) Newton
 * solve across its periods (data Hessian + random-walk precision); then a
 * gauge step that moves along the directions the likelihood cannot see (a
 * shift and scale of all positions of one period, undone in that period's
 * roll-call parameters), which alternating steps would crawl along.
 * Reported positions are standardized (mean 0, unit variance, uncorrelated
 * dimensions, across all state-periods), roll-call parameters transformed so
 * every probability is unchanged. Direction: the United States' mean position
 * is positive on dimension 1; with 2 dimensions, dimension 1 is the principal
 * axis of the roll calls' discriminations and the United States is positive
 * on dimension 2 as well. Roll calls with a single category (unanimous) carry
 * no spatial information: beta = 0 and cutpoints at the smoothed base rates.
 * Posterior SDs are the Laplace approximation given the roll-call parameters
 * (the inverse diagonal of each state's negative Hessian). Deterministic
 * given `seed` (the initialization). Cost: O(votes) per sweep, a few dozen
 * sweeps; seconds for the full 1946-2025 record (`npm run bench`).
 *
 * @example
 * const model = fitIdealPoints(loadAssembly(), { from: "2015-01-01" });
 * model.states.find((s) => s.iso3 === "USA")?.mean.at(-1); // [> 1]
 */
export function fitIdealPoints(assembly: Assembly, options: FitOptions = {}): FittedModel {
  checkAssembly(assembly);
  checkOptions(options);
  const t0 = performance.now();
  const { walkSd, maxIterations, seed, tolerance, betaSd, shrink, balanceSessions, ...rest } = resolveOptions(FIT_SETTINGS, options);
  const dims = rest.dims as 1 | 2;
  if (options.from !== undefined && !isIsoDate(options.from)) throw new PlenaryError(`invalid from; not a date: ${JSON.stringify(options.from)}`);
  if (options.until !== undefined && !isIsoDate(options.until)) throw new PlenaryError(`invalid until; not a date: ${JSON.stringify(options.until)}`);
  if (options.from !== undefined && options.until !== undefined && !(options.from < options.until))
    throw new PlenaryError(`invalid until; "${options.until}" is not after from "${options.from}"`);
  const fromDay = options.from === undefined ? -Infinity : dayNumber(options.from);
  const untilDay = options.until === undefined ? Infinity : dayNumber(options.until);

  const progress = options.onProgress ?? (() => {});
  progress(0, "preparing votes");
  const data = prepareVotes(assembly, fromDay, untilDay);
  if (data.nVotes === 0)
    throw new PlenaryError(`no yes/abstain/no votes between from "${options.from ?? "start"}" and until "${options.until ?? "end"}"`);

  const iso3 = Array.from(data.cols, (c) => assembly.states[c].iso3);
  const settings: Settings = {
    dims,
    walkSd,
    betaSd,
    maxIterations,
    tolerance,
    shrink,
    balanceSessions,
  };
  const fit = fitArrays(data, settings, seededRandom(seed), iso3, progress);

  // assemble the plain-JSON model
  const states: StateTrajectory[] = [];
  for (let j = 0; j < data.nS; j++) {
    const periods: number[] = [];
    const mean: number[][] = [];
    const sd: number[][] = [];
    for (let p = data.pMin[j], sp = data.spOffset[j]; p <= data.pMax[j]; p++, sp++) {
      periods.push(p);
      mean.push(Array.from(fit.X.subarray(sp * dims, sp * dims + dims)));
      sd.push(Array.from(fit.SD.subarray(sp * dims, sp * dims + dims)));
    }
    states.push({ iso3: iso3[j], periods, mean, sd });
  }
  const rollCalls: RollCallParams[] = [];
  for (let i = 0; i < data.nRc; i++) {
    const rc = assembly.rollCalls[data.rows[i]];
    rollCalls.push({
      undlId: rc.undlId,
      symbol: rc.symbol,
      date: rc.date,
      period: data.rcPeriod[i],
      beta: Array.from(fit.B.subarray(i * dims, i * dims + dims)),
      cutNo: fit.C1[i],
      cutYes: fit.C2[i],
    });
  }
  const first = rollCalls[0].date;
  const last = rollCalls[rollCalls.length - 1].date;
  const cutoff = options.until ?? new Date((dayNumber(last) + 1) * 86_400_000).toISOString().slice(0, 10);
  const from = options.from ?? first;
  progress(0.98, "absence model");
  const absence = fitAbsence(assembly, { from, until: cutoff });
  const model: FittedModel = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    cutoff,
    from,
    fingerprint: assembly.fingerprint,
    options: { dims, walkSd, seed, maxIterations, tolerance, betaSd, shrink, balanceSessions },
    dims,
    states,
    rollCalls,
    absence,
    stats: {
      seconds: 0,
      iterations: fit.iterations,
      rollCalls: data.nRc,
      votes: data.nVotes,
      logLik: fit.logLik,
      correctlyClassified: NaN,
      apre: NaN,
      converged: fit.converged,
    },
  };
  const quality = fitQuality(model, assembly);
  model.stats.correctlyClassified = quality.correctlyClassified;
  model.stats.apre = quality.apre;
  model.stats.seconds = (performance.now() - t0) / 1000;
  progress(1, `done in ${model.stats.iterations} sweeps`);
  return model;
}

/** The estimation proper, on prepared votes (trusted input). */
function fitArrays(
  data: PreparedVotes,
  settings: Settings,
  random: () => number,
  iso3: string[],
  progress: (fraction: number, message: string) => void,
): IdealPointArrays {
  const D = settings.dims;
  const { nRc, nSp, rcCount } = data;
  const X = new Float64Array(nSp * D);
  initPositions(data, D, random, X);
  const B = new Float64Array(nRc * D);
  const C1 = new Float64Array(nRc);
  const C2 = new Float64Array(nRc);
  standardize(X, D, B, C1, C2);

  // roll-call kinds and base-rate cutpoints
  const kind = new Uint8Array(nRc);
  let fixedLogLik = 0;
  for (let i = 0; i < nRc; i++) {
    const n0 = rcCount[3 * i + CAT_NO];
    const n1 = rcCount[3 * i + CAT_ABSTAIN];
    const n2 = rcCount[3 * i + CAT_YES];
    const n = n0 + n1 + n2;
    const cats = +(n0 > 0) + +(n1 > 0) + +(n2 > 0);
    kind[i] = cats <= 1 ? RC_FIXED : n1 === 0 ? RC_BINARY : RC_FULL;
    if (kind[i] === RC_BINARY) {
      C1[i] = C2[i] = logit((n0 + 0.5) / (n + 1));
    } else {
      const p0 = (n0 + 1 / 3) / (n + 1);
      const p1 = (n1 + 1 / 3) / (n + 1);
      C1[i] = logit(p0);
      C2[i] = logit(p0 + p1);
    }
    if (kind[i] === RC_FIXED) {
      const p2 = 1 - sigmoid(C2[i]);
      const p0 = sigmoid(C1[i]);
      fixedLogLik += n0 * Math.log(p0) + n1 * Math.log(Math.max(1e-300, 1 - p0 - p2)) + n2 * Math.log(p2);
    }
  }

  const betaPrecision = betaPrecisions(data, kind, settings.betaSd, settings.balanceSessions);
  const work = makeWork(data, D);
  let lpPrev = NaN;
  let iterations = 0;
  let converged = false;
  for (let it = 1; it <= settings.maxIterations; it++) {
    iterations = it;
    const check = it % CHECK_EVERY === 0;
    const rc = rollCallSweep(data, D, betaPrecision, X, B, C1, C2, kind, work, check);
    let message = `sweep ${it}`;
    let done = false;
    if (check) {
      const lp = rc.logLik + rc.logPrior + fixedLogLik + statePrior(data, D, settings.walkSd, settings.shrink, X);
      // relative change per sweep, over the last CHECK_EVERY sweeps
      const rel = Math.abs(lp - lpPrev) / Math.abs(lp) / CHECK_EVERY;
      done = rel < settings.tolerance;
      const fraction = Math.max(it / settings.maxIterations, Number.isFinite(rel) ? Math.min(0.95, Math.log(rel) / Math.log(settings.tolerance)) : 0);
      progress(fraction * 0.95, `sweep ${it}: log-posterior ${lp.toFixed(1)}`);
      lpPrev = lp;
      message = "";
    }
    if (message) progress(Math.min(0.95, it / settings.maxIterations), message);
    if (done) {
      converged = true;
      break;
    }
    stateSweep(data, D, settings.walkSd, settings.shrink, X, work, null);
    gaugeStep(data, D, settings, betaPrecision, X, B, C1, C2);
  }
  // final roll-call step and the Laplace covariances at the MAP, on the prior's scale
  const rc = rollCallSweep(data, D, betaPrecision, X, B, C1, C2, kind, work, true);
  const cov = new Float64Array(nSp * (D === 1 ? 1 : 3));
  stateSweep(data, D, settings.walkSd, settings.shrink, X, work, cov);
  // report on the standardized scale, oriented; transform the covariances alike
  const M = standardize(X, D, B, C1, C2);
  if (D === 2) {
    transformCov(cov, M);
    transformCov(cov, rotateToPrincipalAxes(X, B, kind));
  }
  orient(data, D, X, B, iso3);
  const SD = new Float64Array(nSp * D);
  for (let sp = 0; sp < nSp; sp++) {
    if (D === 1) SD[sp] = Math.sqrt(cov[sp]) * M[0];
    else {
      SD[2 * sp] = Math.sqrt(cov[3 * sp]);
      SD[2 * sp + 1] = Math.sqrt(cov[3 * sp + 2]);
    }
  }
  return { X, SD, B, C1, C2, iterations, converged, logLik: rc.logLik + fixedLogLik };
}

