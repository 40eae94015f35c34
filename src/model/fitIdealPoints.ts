import type { Assembly } from "../data/types.ts";
import { dayNumber, isIsoDate } from "../data/sessionPeriod.ts";
import { fitAbsence } from "./fitAbsence.ts";
import { fitQuality } from "./fitQuality.ts";
import { CAT_ABSTAIN, CAT_NO, CAT_YES, voteDerivatives, voteTerms } from "./orderedLogit.ts";
import { prepareVotes, type PreparedVotes } from "./prepareVotes.ts";
import { randomNormal, seededRandom } from "./seededRandom.ts";
import {
  MODEL_FORMAT,
  MODEL_VERSION,
  type FitOptions,
  type FittedModel,
  type RollCallParams,
  type StateTrajectory,
} from "./types.ts";

/** Prior standard deviation of the cutpoints. */
const CUT_SD = 10;
/** Prior standard deviation of a state's position in its first period. */
const INIT_SD = 1;
/** Largest move of a state's positions in one Newton step (standardized units). */
const MAX_STATE_STEP = 1;
/** States whose mean position on dimension 1 is made positive, the first one fitted wins. */
const DIRECTION_ANCHORS = ["USA", "GBR", "FRA", "CAN", "AUS"];
/** States whose mean position on dimension 2 (dims = 2) is made positive, the first one fitted wins. */
const DIM2_ANCHORS = ["USA", "GBR", "FRA", "CAN", "AUS"];

/** Roll-call Newton steps smaller than this in every parameter are taken without a line search. */
const SMALL_STEP = 0.05;
/** Sweeps between convergence checks (the log-posterior is computed on those only). */
const CHECK_EVERY = 5;

/** Roll-call kinds in the fit. */
const RC_FIXED = 0; // a single category: no spatial information, beta = 0, cutpoints = smoothed base rates
const RC_BINARY = 1; // no abstentions: one cutpoint (cutNo = cutYes)
const RC_FULL = 2;

interface Settings {
  dims: 1 | 2;
  walkSd: number;
  betaSd: number;
  maxIterations: number;
  tolerance: number;
  /** Prior precision pulling every state-period toward 0 (a stationary component). */
  shrink: number;
  /** Weight the beta prior per session (see betaPrecisions). */
  balanceSessions: boolean;
}

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
  const t0 = performance.now();
  const dims = options.dims ?? 1;
  const walkSd = options.walkSd ?? 0.25;
  const maxIterations = options.maxIterations ?? 1000;
  const seed = options.seed ?? 1;
  const tolerance = options.tolerance ?? 1e-7;
  const betaSd = options.betaSd ?? 4;
  const shrink = options.shrink ?? 4;
  const balanceSessions = options.balanceSessions ?? true;
  if (dims !== 1 && dims !== 2) throw new Error(`invalid dims; expected 1 or 2: ${JSON.stringify(dims)}`);
  if (!(0 < walkSd && walkSd <= 5)) throw new Error(`invalid walkSd; expected a number in (0, 5]: ${walkSd}`);
  if (!(Number.isInteger(maxIterations) && 1 <= maxIterations && maxIterations <= 10000))
    throw new Error(`invalid maxIterations; expected an integer in [1, 10000]: ${maxIterations}`);
  if (!Number.isFinite(seed)) throw new Error(`invalid seed; not a finite number: ${seed}`);
  if (!(0 < tolerance && tolerance <= 0.1)) throw new Error(`invalid tolerance; expected a number in (0, 0.1]: ${tolerance}`);
  if (!(0 < betaSd && betaSd <= 100)) throw new Error(`invalid betaSd; expected a number in (0, 100]: ${betaSd}`);
  if (!(0 <= shrink && shrink <= 100)) throw new Error(`invalid shrink; expected a number in [0, 100]: ${shrink}`);
  if (options.from !== undefined && !isIsoDate(options.from)) throw new Error(`invalid from; not a date: ${JSON.stringify(options.from)}`);
  if (options.until !== undefined && !isIsoDate(options.until)) throw new Error(`invalid until; not a date: ${JSON.stringify(options.until)}`);
  if (options.from !== undefined && options.until !== undefined && !(options.from < options.until))
    throw new Error(`invalid until; "${options.until}" is not after from "${options.from}"`);
  const fromDay = options.from === undefined ? -Infinity : dayNumber(options.from);
  const untilDay = options.until === undefined ? Infinity : dayNumber(options.until);

  const progress = options.onProgress ?? (() => {});
  progress(0, "preparing votes");
  const data = prepareVotes(assembly, fromDay, untilDay);
  if (data.nVotes === 0)
    throw new Error(`no yes/abstain/no votes between from "${options.from ?? "start"}" and until "${options.until ?? "end"}"`);

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
      const p2 = 1 - 1 / (1 + Math.exp(-C2[i]));
      const p0 = 1 / (1 + Math.exp(-C1[i]));
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

/**
 * Prior precision of each roll call's discrimination. The scale of one
 * session's positions is invisible to the likelihood (see gaugeStep): it is
 * set where the session's beta prior, which grows with its number of roll
 * calls R_t, balances the pull on positions, which grows with its number of
 * members N_t. Left alone, busy sessions (the 1970s-80s, 300+ roll calls)
 * spread out and thin ones (the 1940s-50s) shrink. With `balance`, each roll
 * call of session t gets precision betaSd^-2 * (N_t / R_t) / (N / R) (N, R:
 * totals over sessions with spatial roll calls), so every session's beta
 * prior carries the weight of its membership and the average precision is
 * betaSd^-2. Without it, betaSd^-2 for every roll call. O(roll calls + state-periods).
 */
function betaPrecisions(data: PreparedVotes, kind: Uint8Array, betaSd: number, balance: boolean): Float64Array {
  const pb = 1 / (betaSd * betaSd);
  const out = new Float64Array(data.nRc).fill(pb);
  if (!balance) return out;
  let tMax = 0;
  for (let j = 0; j < data.nS; j++) tMax = Math.max(tMax, data.pMax[j]);
  const rollCalls = new Float64Array(tMax + 1);
  const members = new Float64Array(tMax + 1);
  for (let i = 0; i < data.nRc; i++) if (kind[i] !== RC_FIXED) rollCalls[data.rcPeriod[i]]++;
  for (let j = 0; j < data.nS; j++) for (let p = data.pMin[j]; p <= data.pMax[j]; p++) members[p]++;
  let rTotal = 0;
  let nTotal = 0;
  for (let p = 0; p <= tMax; p++) {
    if (rollCalls[p] === 0) continue;
    rTotal += rollCalls[p];
    nTotal += members[p];
  }
  if (rTotal === 0) return out;
  for (let i = 0; i < data.nRc; i++) {
    const p = data.rcPeriod[i];
    if (rollCalls[p] > 0) out[i] = pb * (members[p] / rollCalls[p]) * (rTotal / nTotal);
  }
  return out;
}

/** Covariances [s00, s01, s11] per state-period -> M S M' for the 2 x 2 matrix M = [m00, m01, m10, m11]. */
function transformCov(cov: Float64Array, M: number[]): void {
  const [a, b, c, d] = M;
  for (let i = 0; i < cov.length; i += 3) {
    const s00 = cov[i], s01 = cov[i + 1], s11 = cov[i + 2];
    // (M S)
    const p00 = a * s00 + b * s01, p01 = a * s01 + b * s11;
    const p10 = c * s00 + d * s01, p11 = c * s01 + d * s11;
    cov[i] = p00 * a + p01 * b;
    cov[i + 1] = p00 * c + p01 * d;
    cov[i + 2] = p10 * c + p11 * d;
  }
}

function dot(a: Float64Array, b: Float64Array, m: number): number {
  let s = 0;
  for (let k = 0; k < m; k++) s += a[k] * b[k];
  return s;
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

interface Work {
  /** d logLik / d eta and d2 / d eta2 per vote, at the current and at the trial roll-call parameters. */
  le: Float64Array;
  lee: Float64Array;
  le2: Float64Array;
  lee2: Float64Array;
  /** Gradient (nSp x D) and Hessian (nSp x 1 or 3) of the data log-likelihood in the positions. */
  g: Float64Array;
  h: Float64Array;
  terms: Float64Array;
}

function makeWork(data: PreparedVotes, D: number): Work {
  return {
    le: new Float64Array(data.nVotes),
    lee: new Float64Array(data.nVotes),
    le2: new Float64Array(data.nVotes),
    lee2: new Float64Array(data.nVotes),
    g: new Float64Array(data.nSp * D),
    h: new Float64Array(data.nSp * (D === 1 ? 1 : 3)),
    terms: new Float64Array(6),
  };
}

/**
 * Initial positions: the leading D factors of the roll-call-centred vote
 * matrix (yes 1, abstain 0, no -1) with one static position per state (so
 * that periods are linked and share one orientation), by alternating ridge
 * least squares from a seeded random start (power iteration), deflating
 * dimension by dimension; each state's periods start at its static position.
 */
function initPositions(data: PreparedVotes, D: number, random: () => number, X: Float64Array): void {
  const { nRc, nS, nSp, rcStart, vSp, vCat, spOffset } = data;
  const stateOf = new Int32Array(nSp);
  for (let j = 0; j < nS; j++) for (let sp = spOffset[j]; sp < spOffset[j + 1]; sp++) stateOf[sp] = j;
  const vS = new Int32Array(data.nVotes);
  for (let v = 0; v < data.nVotes; v++) vS[v] = stateOf[vSp[v]];
  const res = new Float64Array(data.nVotes);
  for (let i = 0; i < nRc; i++) {
    let m = 0;
    for (let v = rcStart[i]; v < rcStart[i + 1]; v++) m += vCat[v] - 1;
    m /= rcStart[i + 1] - rcStart[i];
    for (let v = rcStart[i]; v < rcStart[i + 1]; v++) res[v] = vCat[v] - 1 - m;
  }
  const x = new Float64Array(nS);
  const a = new Float64Array(nRc);
  const num = new Float64Array(nS);
  const den = new Float64Array(nS);
  for (let k = 0; k < D; k++) {
    for (let j = 0; j < nS; j++) x[j] = randomNormal(random);
    for (let round = 0; round < 15; round++) {
      for (let i = 0; i < nRc; i++) {
        let sxy = 0;
        let sxx = 1;
        for (let v = rcStart[i]; v < rcStart[i + 1]; v++) {
          const xv = x[vS[v]];
          sxy += res[v] * xv;
          sxx += xv * xv;
        }
        a[i] = sxy / sxx;
      }
      num.fill(0);
      den.fill(1);
      for (let i = 0; i < nRc; i++) {
        const ai = a[i];
        for (let v = rcStart[i]; v < rcStart[i + 1]; v++) {
          num[vS[v]] += res[v] * ai;
          den[vS[v]] += ai * ai;
        }
      }
      let norm = 0;
      for (let j = 0; j < nS; j++) {
        x[j] = num[j] / den[j];
        norm += x[j] * x[j];
      }
      norm = Math.sqrt(norm / nS) || 1;
      for (let j = 0; j < nS; j++) x[j] /= norm;
    }
    for (let sp = 0; sp < nSp; sp++) X[sp * D + k] = x[stateOf[sp]];
    for (let i = 0; i < nRc; i++) for (let v = rcStart[i]; v < rcStart[i + 1]; v++) res[v] -= a[i] * x[vS[v]];
  }
}

/**
 * Standardize positions across state-periods (mean 0, identity covariance)
 * and transform the roll-call parameters so every beta.x - cut is unchanged.
 * Returns the linear map applied to the positions: [1 / sd] for one
 * dimension, the 2 x 2 matrix L^-1 (row-major) for two.
 */
function standardize(X: Float64Array, D: number, B: Float64Array, C1: Float64Array, C2: Float64Array): number[] {
  const n = X.length / D;
  const nRc = C1.length;
  if (D === 1) {
    let m = 0;
    for (let i = 0; i < n; i++) m += X[i];
    m /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (X[i] - m) ** 2;
    const sd = Math.sqrt(ss / n) || 1;
    for (let i = 0; i < n; i++) X[i] = (X[i] - m) / sd;
    for (let r = 0; r < nRc; r++) {
      C1[r] -= B[r] * m;
      C2[r] -= B[r] * m;
      B[r] *= sd;
    }
    return [1 / sd];
  }
  let m0 = 0;
  let m1 = 0;
  for (let i = 0; i < n; i++) {
    m0 += X[2 * i];
    m1 += X[2 * i + 1];
  }
  m0 /= n;
  m1 /= n;
  let s00 = 0;
  let s01 = 0;
  let s11 = 0;
  for (let i = 0; i < n; i++) {
    const a = X[2 * i] - m0;
    const b = X[2 * i + 1] - m1;
    s00 += a * a;
    s01 += a * b;
    s11 += b * b;
  }
  s00 /= n;
  s01 /= n;
  s11 /= n;
  // Cholesky S = L L', L = [[l00, 0], [l10, l11]]
  const l00 = Math.sqrt(s00) || 1;
  const l10 = s01 / l00;
  const l11 = Math.sqrt(Math.max(s11 - l10 * l10, 1e-12));
  for (let i = 0; i < n; i++) {
    const a = X[2 * i] - m0;
    const b = X[2 * i + 1] - m1;
    const y0 = a / l00;
    X[2 * i] = y0;
    X[2 * i + 1] = (b - l10 * y0) / l11;
  }
  for (let r = 0; r < nRc; r++) {
    const b0 = B[2 * r];
    const b1 = B[2 * r + 1];
    const shift = b0 * m0 + b1 * m1;
    C1[r] -= shift;
    C2[r] -= shift;
    // beta' = L' beta
    B[2 * r] = l00 * b0 + l10 * b1;
    B[2 * r + 1] = l11 * b1;
  }
  return [1 / l00, 0, -l10 / (l00 * l11), 1 / l11];
}

/** Log of the positions' prior: first period N(0, INIT_SD^2), then a Gaussian random walk. */
function statePrior(data: PreparedVotes, D: number, walkSd: number, shrink: number, X: Float64Array): number {
  const lambda = 1 / (walkSd * walkSd);
  let lp = 0;
  for (let j = 0; j < data.nS; j++) {
    const o = data.spOffset[j];
    const T = data.spOffset[j + 1] - o;
    for (let k = 0; k < D; k++) {
      const x0 = X[o * D + k];
      lp -= (x0 * x0) / (2 * INIT_SD * INIT_SD);
      for (let t = 0; t < T; t++) lp -= 0.5 * shrink * X[(o + t) * D + k] ** 2;
      for (let t = 1; t < T; t++) {
        const d = X[(o + t) * D + k] - X[(o + t - 1) * D + k];
        lp -= 0.5 * lambda * d * d;
      }
    }
  }
  return lp;
}

/** Solve the small SPD system A x = b (A m x m, row-major, overwritten) by Cholesky; returns false if not positive definite. */
function solveSpd(A: Float64Array, b: Float64Array, m: number, x: Float64Array): boolean {
  for (let j = 0; j < m; j++) {
    let s = A[j * m + j];
    for (let k = 0; k < j; k++) s -= A[j * m + k] * A[j * m + k];
    if (!(s > 0)) return false;
    const ljj = Math.sqrt(s);
    A[j * m + j] = ljj;
    for (let i = j + 1; i < m; i++) {
      let t = A[i * m + j];
      for (let k = 0; k < j; k++) t -= A[i * m + k] * A[j * m + k];
      A[i * m + j] = t / ljj;
    }
  }
  for (let i = 0; i < m; i++) {
    let t = b[i];
    for (let k = 0; k < i; k++) t -= A[i * m + k] * x[k];
    x[i] = t / A[i * m + i];
  }
  for (let i = m - 1; i >= 0; i--) {
    let t = x[i];
    for (let k = i + 1; k < m; k++) t -= A[k * m + i] * x[k];
    x[i] = t / A[i * m + i];
  }
  return true;
}

/**
 * One Newton step with a backtracking line search per roll call, given the
 * positions; then the gradient and Hessian of the data log-likelihood in the
 * positions at the new roll-call parameters (into work.g, work.h). A step
 * s.delta is accepted when the directional derivative there is at least minus
 * the one at the start (the trapezoid estimate of the gain is not negative;
 * the objective is concave), so no logarithm is needed; with `withLogLik` the
 * log-likelihood at the new parameters is computed too and returned.
 */
function rollCallSweep(
  data: PreparedVotes,
  D: number,
  betaPrecision: Float64Array,
  X: Float64Array,
  B: Float64Array,
  C1: Float64Array,
  C2: Float64Array,
  kind: Uint8Array,
  work: Work,
  withLogLik: boolean,
): { logLik: number; logPrior: number } {
  const { nRc, rcStart, vSp, vCat } = data;
  const { le, lee, le2, lee2, g, h, terms: t } = work;
  // local bindings: no module-namespace lookup per vote
  const derivatives = voteDerivatives;
  const kernel = withLogLik ? voteTerms : voteDerivatives;
  const pc = 1 / (CUT_SD * CUT_SD);
  g.fill(0);
  h.fill(0);
  const grad = new Float64Array(4);
  const hess = new Float64Array(16);
  const step = new Float64Array(4);
  let totalLL = 0;
  let totalPrior = 0;
  t[0] = 0;
  for (let i = 0; i < nRc; i++) {
    if (kind[i] === RC_FIXED) continue;
    const full = kind[i] === RC_FULL;
    const pb = betaPrecision[i];
    const m = D + (full ? 2 : 1);
    const ic = D; // index of the first cutpoint in the parameter vector
    const b0 = B[i * D];
    const b1 = D === 2 ? B[i * D + 1] : 0;
    const c1 = C1[i];
    const c2 = C2[i];
    const v0 = rcStart[i];
    const v1 = rcStart[i + 1];
    // derivative pass at the current parameters
    let gb0 = 0, gb1 = 0, gc1 = 0, gc2 = 0;
    let hb00 = 0, hb01 = 0, hb11 = 0, hb0c1 = 0, hb1c1 = 0, hb0c2 = 0, hb1c2 = 0, hc11 = 0, hc12 = 0, hc22 = 0;
    for (let v = v0; v < v1; v++) {
      const sp = vSp[v];
      const x0 = X[sp * D];
      const x1 = D === 2 ? X[sp * D + 1] : 0;
      const eta = b0 * x0 + b1 * x1;
      derivatives(vCat[v], c1 - eta, c2 - eta, t);
      const e1 = -(t[1] + t[2]);
      const e2 = t[3] + 2 * t[4] + t[5];
      le[v] = e1;
      lee[v] = e2;
      gb0 += x0 * e1;
      hb00 += x0 * x0 * e2;
      gc1 += t[1];
      gc2 += t[2];
      const ec1 = -(t[3] + t[4]);
      const ec2 = -(t[4] + t[5]);
      hb0c1 += x0 * ec1;
      hb0c2 += x0 * ec2;
      hc11 += t[3];
      hc12 += t[4];
      hc22 += t[5];
      if (D === 2) {
        gb1 += x1 * e1;
        hb01 += x0 * x1 * e2;
        hb11 += x1 * x1 * e2;
        hb1c1 += x1 * ec1;
        hb1c2 += x1 * ec2;
      }
    }
    const prior0 = -0.5 * pb * (b0 * b0 + b1 * b1) - 0.5 * pc * (full ? c1 * c1 + c2 * c2 : c1 * c1);
    // gradient and negative Hessian of the log-posterior, parameters [b0, (b1), c1, (c2)]
    hess.fill(0);
    grad[0] = gb0 - pb * b0;
    hess[0] = -hb00 + pb;
    if (D === 2) {
      grad[1] = gb1 - pb * b1;
      hess[1] = hess[m] = -hb01;
      hess[m + 1] = -hb11 + pb;
    }
    if (full) {
      grad[ic] = gc1 - pc * c1;
      grad[ic + 1] = gc2 - pc * c2;
      hess[ic * m + ic] = -hc11 + pc;
      hess[ic * m + ic + 1] = hess[(ic + 1) * m + ic] = -hc12;
      hess[(ic + 1) * m + ic + 1] = -hc22 + pc;
      hess[ic] = hess[ic * m] = -hb0c1;
      hess[ic + 1] = hess[(ic + 1) * m] = -hb0c2;
      if (D === 2) {
        hess[m + ic] = hess[ic * m + 1] = -hb1c1;
        hess[m + ic + 1] = hess[(ic + 1) * m + 1] = -hb1c2;
      }
    } else {
      // one cutpoint c = cutNo = cutYes
      grad[ic] = gc1 + gc2 - pc * c1;
      hess[ic * m + ic] = -(hc11 + 2 * hc12 + hc22) + pc;
      hess[ic] = hess[ic * m] = -(hb0c1 + hb0c2);
      if (D === 2) hess[m + ic] = hess[ic * m + 1] = -(hb1c1 + hb1c2);
    }
    let accepted = false;
    let fNew = 0;
    let priorNew = prior0;
    let slope0 = 0;
    const solved = solveSpd(hess, grad, m, step) && (slope0 = dot(grad, step, m)) > 1e-10;
    let small = !withLogLik;
    for (let k = 0; k < m && small; k++) small = Math.abs(step[k]) < SMALL_STEP;
    if (solved && small) {
      // a tiny Newton step on a concave objective: take it without a trial pass; the
      // positions' derivatives below then come from the old parameters (an O(step) error
      // that vanishes at convergence)
      B[i * D] = b0 + step[0];
      if (D === 2) B[i * D + 1] = b1 + step[1];
      C1[i] = c1 + step[ic];
      C2[i] = full ? c2 + step[ic + 1] : C1[i];
    } else if (solved) {
      let s = 1;
      for (let tries = 0; tries < 30; tries++, s *= 0.5) {
        const nb0 = b0 + s * step[0];
        const nb1 = D === 2 ? b1 + s * step[1] : 0;
        const nc1 = c1 + s * step[ic];
        const nc2 = full ? c2 + s * step[ic + 1] : nc1;
        if (full && !(nc2 > nc1)) continue;
        let f1 = 0;
        let sb0 = 0, sb1 = 0, sc1 = 0, sc2 = 0;
        for (let v = v0; v < v1; v++) {
          const sp = vSp[v];
          const x0 = X[sp * D];
          const x1 = D === 2 ? X[sp * D + 1] : 0;
          const eta = nb0 * x0 + nb1 * x1;
          kernel(vCat[v], nc1 - eta, nc2 - eta, t);
          f1 += t[0];
          const e1 = -(t[1] + t[2]);
          le2[v] = e1;
          lee2[v] = t[3] + 2 * t[4] + t[5];
          sb0 += x0 * e1;
          sb1 += x1 * e1;
          sc1 += t[1];
          sc2 += t[2];
        }
        const prior1 = -0.5 * pb * (nb0 * nb0 + nb1 * nb1) - 0.5 * pc * (full ? nc1 * nc1 + nc2 * nc2 : nc1 * nc1);
        let slope = (sb0 - pb * nb0) * step[0];
        if (D === 2) slope += (sb1 - pb * nb1) * step[1];
        if (full) slope += (sc1 - pc * nc1) * step[ic] + (sc2 - pc * nc2) * step[ic + 1];
        else slope += (sc1 + sc2 - pc * nc1) * step[ic];
        if (slope >= -slope0) {
          // (NaN, from an impossible abstention, fails)
          accepted = true;
          fNew = f1;
          priorNew = prior1;
          B[i * D] = nb0;
          if (D === 2) B[i * D + 1] = nb1;
          C1[i] = nc1;
          C2[i] = nc2;
          break;
        }
      }
    }
    if (withLogLik && !accepted) {
      // the parameters did not move: the log-likelihood at them
      for (let v = v0; v < v1; v++) {
        const sp = vSp[v];
        const eta = b0 * X[sp * D] + (D === 2 ? b1 * X[sp * D + 1] : 0);
        kernel(vCat[v], c1 - eta, c2 - eta, t);
        fNew += t[0];
      }
    }
    totalLL += fNew;
    totalPrior += priorNew;
    // accumulate the positions' gradient and Hessian at the (new) parameters
    const dl = accepted ? le2 : le;
    const dll = accepted ? lee2 : lee;
    const nb0 = B[i * D];
    if (D === 1) {
      for (let v = v0; v < v1; v++) {
        const sp = vSp[v];
        g[sp] += nb0 * dl[v];
        h[sp] += nb0 * nb0 * dll[v];
      }
    } else {
      const nb1 = B[i * D + 1];
      for (let v = v0; v < v1; v++) {
        const sp = vSp[v];
        g[2 * sp] += nb0 * dl[v];
        g[2 * sp + 1] += nb1 * dl[v];
        h[3 * sp] += nb0 * nb0 * dll[v];
        h[3 * sp + 1] += nb0 * nb1 * dll[v];
        h[3 * sp + 2] += nb1 * nb1 * dll[v];
      }
    }
  }
  return { logLik: totalLL, logPrior: totalPrior };
}

/**
 * Per state, one Newton step on its positions across periods: the negative
 * Hessian is the data part (diagonal blocks) plus the random-walk precision
 * (tridiagonal), solved by the (block) Thomas algorithm. With `covOut`, the
 * positions are left unchanged and the Laplace posterior covariances (the
 * inverse's diagonal blocks: a variance per state-period for one dimension,
 * [s00, s01, s11] for two) are written instead.
 */
function stateSweep(data: PreparedVotes, D: number, walkSd: number, shrink: number, X: Float64Array, work: Work, covOut: Float64Array | null): void {
  const lambda = 1 / (walkSd * walkSd);
  const p0 = 1 / (INIT_SD * INIT_SD);
  const { g, h } = work;
  let maxT = 0;
  for (let j = 0; j < data.nS; j++) maxT = Math.max(maxT, data.spOffset[j + 1] - data.spOffset[j]);
  if (D === 1) {
    const a = new Float64Array(maxT);
    const d = new Float64Array(maxT);
    const y = new Float64Array(maxT);
    const f = new Float64Array(maxT);
    const delta = new Float64Array(maxT);
    for (let j = 0; j < data.nS; j++) {
      const o = data.spOffset[j];
      const T = data.spOffset[j + 1] - o;
      for (let t = 0; t < T; t++) {
        const x = X[o + t];
        let r = g[o + t] - shrink * x;
        let diag = -h[o + t] + shrink;
        if (t > 0) {
          r -= lambda * (x - X[o + t - 1]);
          diag += lambda;
        }
        if (t < T - 1) {
          r -= lambda * (x - X[o + t + 1]);
          diag += lambda;
        }
        if (t === 0) {
          r -= p0 * x;
          diag += p0;
        }
        a[t] = diag;
        y[t] = r;
      }
      // forward elimination (off-diagonal -lambda)
      d[0] = a[0];
      for (let t = 1; t < T; t++) {
        d[t] = a[t] - (lambda * lambda) / d[t - 1];
        y[t] += (lambda * y[t - 1]) / d[t - 1];
      }
      if (covOut) {
        f[T - 1] = a[T - 1];
        for (let t = T - 2; t >= 0; t--) f[t] = a[t] - (lambda * lambda) / f[t + 1];
        for (let t = 0; t < T; t++) covOut[o + t] = 1 / (d[t] + f[t] - a[t]);
        continue;
      }
      delta[T - 1] = y[T - 1] / d[T - 1];
      for (let t = T - 2; t >= 0; t--) delta[t] = (y[t] + lambda * delta[t + 1]) / d[t];
      let big = 0;
      for (let t = 0; t < T; t++) big = Math.max(big, Math.abs(delta[t]));
      const scale = big > MAX_STATE_STEP ? MAX_STATE_STEP / big : 1;
      for (let t = 0; t < T; t++) X[o + t] += scale * delta[t];
    }
    return;
  }
  // D = 2: 2x2 blocks stored as [s00, s01, s11]
  const A = new Float64Array(3 * maxT);
  const Dinv = new Float64Array(3 * maxT);
  const Dm = new Float64Array(3 * maxT);
  const F = new Float64Array(3 * maxT);
  const y = new Float64Array(2 * maxT);
  const delta = new Float64Array(2 * maxT);
  const l2 = lambda * lambda;
  for (let j = 0; j < data.nS; j++) {
    const o = data.spOffset[j];
    const T = data.spOffset[j + 1] - o;
    for (let t = 0; t < T; t++) {
      const sp = o + t;
      let n = shrink;
      let r0 = g[2 * sp] - shrink * X[2 * sp];
      let r1 = g[2 * sp + 1] - shrink * X[2 * sp + 1];
      if (t > 0) {
        r0 -= lambda * (X[2 * sp] - X[2 * sp - 2]);
        r1 -= lambda * (X[2 * sp + 1] - X[2 * sp - 1]);
        n += lambda;
      }
      if (t < T - 1) {
        r0 -= lambda * (X[2 * sp] - X[2 * sp + 2]);
        r1 -= lambda * (X[2 * sp + 1] - X[2 * sp + 3]);
        n += lambda;
      }
      if (t === 0) {
        r0 -= p0 * X[2 * sp];
        r1 -= p0 * X[2 * sp + 1];
        n += p0;
      }
      A[3 * t] = -h[3 * sp] + n;
      A[3 * t + 1] = -h[3 * sp + 1];
      A[3 * t + 2] = -h[3 * sp + 2] + n;
      y[2 * t] = r0;
      y[2 * t + 1] = r1;
    }
    // forward: Dm_t = A_t - lambda^2 Dm_{t-1}^{-1}; y_t += lambda Dm_{t-1}^{-1} y_{t-1}
    for (let t = 0; t < T; t++) {
      let s00 = A[3 * t];
      let s01 = A[3 * t + 1];
      let s11 = A[3 * t + 2];
      if (t > 0) {
        const q = 3 * (t - 1);
        s00 -= l2 * Dinv[q];
        s01 -= l2 * Dinv[q + 1];
        s11 -= l2 * Dinv[q + 2];
        const py0 = y[2 * t - 2];
        const py1 = y[2 * t - 1];
        y[2 * t] += lambda * (Dinv[q] * py0 + Dinv[q + 1] * py1);
        y[2 * t + 1] += lambda * (Dinv[q + 1] * py0 + Dinv[q + 2] * py1);
      }
      Dm[3 * t] = s00;
      Dm[3 * t + 1] = s01;
      Dm[3 * t + 2] = s11;
      const det = s00 * s11 - s01 * s01;
      Dinv[3 * t] = s11 / det;
      Dinv[3 * t + 1] = -s01 / det;
      Dinv[3 * t + 2] = s00 / det;
    }
    if (covOut) {
      // backward Schur complements F_t = A_t - lambda^2 F_{t+1}^{-1}; Sigma_t = (Dm_t + F_t - A_t)^{-1}
      for (let t = T - 1; t >= 0; t--) {
        let s00 = A[3 * t];
        let s01 = A[3 * t + 1];
        let s11 = A[3 * t + 2];
        if (t < T - 1) {
          const q = 3 * (t + 1);
          const det = F[q] * F[q + 2] - F[q + 1] * F[q + 1];
          s00 -= (l2 * F[q + 2]) / det;
          s01 -= (l2 * -F[q + 1]) / det;
          s11 -= (l2 * F[q]) / det;
        }
        F[3 * t] = s00;
        F[3 * t + 1] = s01;
        F[3 * t + 2] = s11;
      }
      for (let t = 0; t < T; t++) {
        const m00 = Dm[3 * t] + F[3 * t] - A[3 * t];
        const m01 = Dm[3 * t + 1] + F[3 * t + 1] - A[3 * t + 1];
        const m11 = Dm[3 * t + 2] + F[3 * t + 2] - A[3 * t + 2];
        const det = m00 * m11 - m01 * m01;
        covOut[3 * (o + t)] = m11 / det;
        covOut[3 * (o + t) + 1] = -m01 / det;
        covOut[3 * (o + t) + 2] = m00 / det;
      }
      continue;
    }
    // backward: delta_t = Dm_t^{-1} (y_t + lambda delta_{t+1})
    for (let t = T - 1; t >= 0; t--) {
      let r0 = y[2 * t];
      let r1 = y[2 * t + 1];
      if (t < T - 1) {
        r0 += lambda * delta[2 * t + 2];
        r1 += lambda * delta[2 * t + 3];
      }
      delta[2 * t] = Dinv[3 * t] * r0 + Dinv[3 * t + 1] * r1;
      delta[2 * t + 1] = Dinv[3 * t + 1] * r0 + Dinv[3 * t + 2] * r1;
    }
    let big = 0;
    for (let t = 0; t < 2 * T; t++) big = Math.max(big, Math.abs(delta[t]));
    const scale = big > MAX_STATE_STEP ? MAX_STATE_STEP / big : 1;
    for (let t = 0; t < 2 * T; t++) X[2 * o + t] += scale * delta[t];
  }
}

/**
 * Per-period gauge step. For each period t and dimension k, the map
 * x -> a_t x + d_t on the positions of period t, beta -> beta / a_t and
 * cut -> cut + (beta / a_t) d_t on its roll calls leaves every vote's
 * probability unchanged; only the priors (random walk, first-period prior,
 * beta and cutpoint priors) depend on (a_t, d_t). Those directions are flat
 * for the likelihood, and alternating Newton steps move along them slowly, so
 * they are optimized here directly (coordinate Newton over periods on a few
 * sufficient statistics, O(periods) per pass), then applied.
 */
function gaugeStep(
  data: PreparedVotes,
  D: number,
  settings: Settings,
  betaPrecision: Float64Array,
  X: Float64Array,
  B: Float64Array,
  C1: Float64Array,
  C2: Float64Array,
): void {
  const lambda = 1 / (settings.walkSd * settings.walkSd);
  const p0 = 1 / (INIT_SD * INIT_SD);
  const pc = 1 / (CUT_SD * CUT_SD);
  let tMin = 1 << 30;
  let tMax = -1;
  for (let j = 0; j < data.nS; j++) {
    tMin = Math.min(tMin, data.pMin[j]);
    tMax = Math.max(tMax, data.pMax[j]);
  }
  const T = tMax - tMin + 1;
  // statistics per period (index t - tMin)
  const s0xx = new Float64Array(T), s0x = new Float64Array(T), n0 = new Float64Array(T);
  const n = new Float64Array(T), sxx = new Float64Array(T), sx = new Float64Array(T), syy = new Float64Array(T), sy = new Float64Array(T), sxy = new Float64Array(T);
  const b2 = new Float64Array(T), pb2 = new Float64Array(T), bc = new Float64Array(T), cc = new Float64Array(T);
  const axx = new Float64Array(T), ax = new Float64Array(T), an = new Float64Array(T);
  const rho = settings.shrink;
  const a = new Float64Array(T);
  const d = new Float64Array(T);
  for (let k = 0; k < D; k++) {
    for (const arr of [s0xx, s0x, n0, n, sxx, sx, syy, sy, sxy, b2, pb2, bc, cc, axx, ax, an]) arr.fill(0);
    for (let j = 0; j < data.nS; j++) {
      const o = data.spOffset[j];
      const t0 = data.pMin[j] - tMin;
      const x0 = X[o * D + k];
      s0xx[t0] += x0 * x0;
      s0x[t0] += x0;
      n0[t0] += 1;
      for (let q = 0; q < data.spOffset[j + 1] - o; q++) {
        const x = X[(o + q) * D + k];
        axx[t0 + q] += x * x;
        ax[t0 + q] += x;
        an[t0 + q] += 1;
      }
      for (let q = 1; q < data.spOffset[j + 1] - o; q++) {
        const t = t0 + q;
        const x = X[(o + q) * D + k];
        const y = X[(o + q - 1) * D + k];
        n[t] += 1;
        sxx[t] += x * x;
        sx[t] += x;
        syy[t] += y * y;
        sy[t] += y;
        sxy[t] += x * y;
      }
    }
    for (let i = 0; i < data.nRc; i++) {
      const t = data.rcPeriod[i] - tMin;
      const b = B[i * D + k];
      b2[t] += b * b;
      pb2[t] += betaPrecision[i] * b * b;
      bc[t] += b * (C1[i] + C2[i]);
      cc[t] += C1[i] * C1[i] + C2[i] * C2[i];
    }
    a.fill(1);
    d.fill(0);
    // objective terms touching period t, as a function of (alpha = log a_t, d_t)
    const pair = (t: number, a1: number, d1: number, a2: number, d2: number) =>
      // random walk between period t-1 (a1, d1) and t (a2, d2)
      -0.5 * lambda *
      (a2 * a2 * sxx[t] + d2 * d2 * n[t] + a1 * a1 * syy[t] + d1 * d1 * n[t] + 2 * a2 * d2 * sx[t] - 2 * a2 * a1 * sxy[t] -
        2 * a2 * d1 * sx[t] - 2 * d2 * a1 * sy[t] - 2 * d2 * d1 * n[t] + 2 * a1 * d1 * sy[t]);
    const local = (t: number, al: number, dd: number) => {
      const aa = Math.exp(al);
      const w = dd / aa;
      let f =
        -0.5 * p0 * (aa * aa * s0xx[t] + 2 * aa * dd * s0x[t] + dd * dd * n0[t]) -
        0.5 * rho * (aa * aa * axx[t] + 2 * aa * dd * ax[t] + dd * dd * an[t]) -
        (0.5 * pb2[t]) / (aa * aa) -
        0.5 * pc * (cc[t] + 2 * w * bc[t] + 2 * w * w * b2[t]);
      if (t > 0) f += pair(t, a[t - 1], d[t - 1], aa, dd);
      if (t < T - 1) f += pair(t + 1, aa, dd, a[t + 1], d[t + 1]);
      return f;
    };
    const hstep = 1e-4;
    for (let pass = 0; pass < 60; pass++) {
      let moved = 0;
      for (let q = 0; q < 2 * T; q++) {
        const t = q < T ? q : 2 * T - 1 - q; // forward then backward
        if (n0[t] + n[t] + (t < T - 1 ? n[t + 1] : 0) === 0) continue;
        const al = Math.log(a[t]);
        const dd = d[t];
        // Newton step from central differences
        const f00 = local(t, al, dd);
        const fp0 = local(t, al + hstep, dd), fm0 = local(t, al - hstep, dd);
        const f0p = local(t, al, dd + hstep), f0m = local(t, al, dd - hstep);
        const fpp = local(t, al + hstep, dd + hstep), fmm = local(t, al - hstep, dd - hstep);
        const ga = (fp0 - fm0) / (2 * hstep);
        const gd = (f0p - f0m) / (2 * hstep);
        const haa = (fp0 - 2 * f00 + fm0) / (hstep * hstep);
        const hdd = (f0p - 2 * f00 + f0m) / (hstep * hstep);
        const had = (fpp - fp0 - f0p + 2 * f00 - fm0 - f0m + fmm) / (2 * hstep * hstep);
        const det = haa * hdd - had * had;
        let sa: number;
        let sd: number;
        if (haa < 0 && det > 0) {
          sa = -(hdd * ga - had * gd) / det;
          sd = -(-had * ga + haa * gd) / det;
        } else {
          sa = 0.1 * Math.sign(ga);
          sd = 0.1 * Math.sign(gd);
        }
        let step = 1;
        for (let tries = 0; tries < 20; tries++, step *= 0.5) {
          const na = al + step * sa;
          const nd = dd + step * sd;
          if (local(t, na, nd) >= f00) {
            a[t] = Math.exp(na);
            d[t] = nd;
            moved = Math.max(moved, Math.abs(step * sa), Math.abs(step * sd));
            break;
          }
        }
      }
      if (moved < 1e-6) break;
    }
    // apply
    for (let j = 0; j < data.nS; j++) {
      for (let sp = data.spOffset[j], t = data.pMin[j] - tMin; sp < data.spOffset[j + 1]; sp++, t++) X[sp * D + k] = a[t] * X[sp * D + k] + d[t];
    }
    for (let i = 0; i < data.nRc; i++) {
      const t = data.rcPeriod[i] - tMin;
      const b = B[i * D + k] / a[t];
      B[i * D + k] = b;
      C1[i] += b * d[t];
      C2[i] += b * d[t];
    }
  }
  if (D === 2) rotationGauge(data, settings, X, B, tMin, T);
}

/**
 * Two dimensions: the rotation of all positions of one period (with its roll
 * calls' discriminations) is also invisible to the likelihood and to the
 * isotropic priors; only the random walk sees it. Coordinate passes over the
 * periods set each period's rotation to the Procrustes optimum against its
 * neighbouring periods (closed form), then apply it to the roll calls.
 */
function rotationGauge(data: PreparedVotes, settings: Settings, X: Float64Array, B: Float64Array, tMin: number, T: number): void {
  // state-periods of each period with their neighbours (or -1)
  const count = new Int32Array(T + 1);
  for (let j = 0; j < data.nS; j++) for (let p = data.pMin[j]; p <= data.pMax[j]; p++) count[p - tMin + 1]++;
  for (let t = 0; t < T; t++) count[t + 1] += count[t];
  const fill = count.slice(0, T);
  const sps = new Int32Array(count[T]);
  const prevSp = new Int32Array(count[T]);
  const nextSp = new Int32Array(count[T]);
  for (let j = 0; j < data.nS; j++) {
    for (let p = data.pMin[j], sp = data.spOffset[j]; p <= data.pMax[j]; p++, sp++) {
      const q = fill[p - tMin]++;
      sps[q] = sp;
      prevSp[q] = p > data.pMin[j] ? sp - 1 : -1;
      nextSp[q] = p < data.pMax[j] ? sp + 1 : -1;
    }
  }
  const angle = new Float64Array(T);
  for (let pass = 0; pass < 60; pass++) {
    let moved = 0;
    for (let q = 0; q < 2 * T; q++) {
      const t = q < T ? q : 2 * T - 1 - q;
      let sc = 0;
      let ss = 0;
      for (let k = count[t]; k < count[t + 1]; k++) {
        const sp = sps[k];
        let y0 = 0;
        let y1 = 0;
        if (prevSp[k] >= 0) {
          y0 += X[2 * prevSp[k]];
          y1 += X[2 * prevSp[k] + 1];
        }
        if (nextSp[k] >= 0) {
          y0 += X[2 * nextSp[k]];
          y1 += X[2 * nextSp[k] + 1];
        }
        const x0 = X[2 * sp];
        const x1 = X[2 * sp + 1];
        sc += x0 * y0 + x1 * y1;
        ss += x0 * y1 - x1 * y0;
      }
      if (sc === 0 && ss === 0) continue;
      const th = Math.atan2(ss, sc);
      if (Math.abs(th) < 1e-12) continue;
      const c = Math.cos(th);
      const sn = Math.sin(th);
      for (let k = count[t]; k < count[t + 1]; k++) {
        const sp = sps[k];
        const x0 = X[2 * sp];
        const x1 = X[2 * sp + 1];
        X[2 * sp] = c * x0 - sn * x1;
        X[2 * sp + 1] = sn * x0 + c * x1;
      }
      angle[t] += th;
      moved = Math.max(moved, Math.abs(th));
    }
    if (moved < 1e-8) break;
  }
  for (let i = 0; i < data.nRc; i++) {
    const th = angle[data.rcPeriod[i] - tMin];
    if (th === 0) continue;
    const c = Math.cos(th);
    const sn = Math.sin(th);
    const b0 = B[2 * i];
    const b1 = B[2 * i + 1];
    B[2 * i] = c * b0 - sn * b1;
    B[2 * i + 1] = sn * b0 + c * b1;
  }
}

/**
 * Two dimensions: rotate positions and discriminations together so that
 * dimension 1 is the principal axis of the roll calls' discriminations
 * (the leading eigenvector of sum of beta beta' over roll calls with spatial
 * information). Rotation keeps the standardization and the likelihood.
 */
function rotateToPrincipalAxes(X: Float64Array, B: Float64Array, kind: Uint8Array): number[] {
  let a = 0;
  let b = 0;
  let c = 0;
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] === RC_FIXED) continue;
    a += B[2 * i] * B[2 * i];
    b += B[2 * i] * B[2 * i + 1];
    c += B[2 * i + 1] * B[2 * i + 1];
  }
  const theta = 0.5 * Math.atan2(2 * b, a - c);
  const cs = Math.cos(theta);
  const sn = Math.sin(theta);
  const rot = (arr: Float64Array) => {
    for (let i = 0; i < arr.length; i += 2) {
      const u = arr[i];
      const w = arr[i + 1];
      arr[i] = cs * u + sn * w;
      arr[i + 1] = -sn * u + cs * w;
    }
  };
  rot(X);
  rot(B);
  return [cs, sn, -sn, cs];
}

/**
 * Fix the direction of each dimension: the first fitted anchor state
 * (DIRECTION_ANCHORS for dimension 1, DIM2_ANCHORS for dimension 2) gets a
 * positive mean position; without any anchor, the dimension is oriented so
 * its longer tail is positive (positive third moment).
 */
function orient(data: PreparedVotes, D: number, X: Float64Array, B: Float64Array, iso3: string[]): void {
  for (let k = 0; k < D; k++) {
    const anchors = k === 0 ? DIRECTION_ANCHORS : DIM2_ANCHORS;
    let score = NaN;
    for (const a of anchors) {
      const j = iso3.indexOf(a);
      if (j < 0) continue;
      let s = 0;
      for (let sp = data.spOffset[j]; sp < data.spOffset[j + 1]; sp++) s += X[sp * D + k];
      score = s;
      break;
    }
    if (Number.isNaN(score)) {
      score = 0;
      for (let sp = 0; sp < data.nSp; sp++) score += X[sp * D + k] ** 3;
    }
    if (score < 0) {
      for (let sp = 0; sp < data.nSp; sp++) X[sp * D + k] = -X[sp * D + k];
      for (let i = 0; i < data.nRc; i++) B[i * D + k] = -B[i * D + k];
    }
  }
}
