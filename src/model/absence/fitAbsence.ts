import { checkAssembly, checkOptions } from "../../util/checkArgs.ts";
import type { Assembly } from "../../data/types.ts";
import { ABSENT, NOT_MEMBER } from "../../data/voteCodes.ts";
import { dayNumber, isIsoDate } from "../../data/sessionPeriod.ts";
import type { AbsenceParams } from "../types.ts";
import { logit, sigmoid } from "../orderedLogit.ts";
import { solveSpd } from "../solveSpd.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

/** Per-roll-call decay of the short (about 100 roll calls) and long (about 500) exponentially weighted absence rates. */
const DECAY_SHORT = 0.99;
const DECAY_LONG = 0.998;
/** Decay per emergency/special-session roll call of the emergency absence rate. */
const DECAY_EMERGENCY = 0.97;
/** Pseudo-count shrinking a state's rates toward the base rate. */
const PRIOR_COUNT = 2;
/** At most this many member entries (an evenly spaced sample) enter the regression; 7 coefficients need far fewer. */
const MAX_ROWS = 300_000;

/** Names of the absence model's coefficients, in design-matrix order. */
export const ABSENCE_FEATURES = ["intercept", "logitRate", "trend", "emergency", "emergencyExcess", "special", "streak"] as const;

/** Running absence history of one state. */
interface History {
  aS: number; // decayed absences, short
  wS: number; // decayed weights, short
  aL: number;
  wL: number;
  aE: number; // emergency
  wE: number;
  n: number;
  streak: number;
}

function clampRate(p: number): number {
  return Math.min(0.995, Math.max(0.002, p));
}

/** The absence model's feature vector (ABSENCE_FEATURES order) for a state's recent rate, trend, emergency rate and streak, on a roll call of the given kind; written into `out`. */
export function absenceFeatures(
  rate: number,
  trend: number,
  emergencyRate: number,
  streak: number,
  kind: "regular" | "emergency" | "special",
  out: Float64Array | number[],
): void {
  const lr = logit(clampRate(rate));
  const emergency = kind === "emergency" ? 1 : 0;
  out[0] = 1;
  out[1] = lr;
  out[2] = trend;
  out[3] = emergency;
  out[4] = emergency * (logit(clampRate(emergencyRate)) - lr);
  out[5] = kind === "special" ? 1 : 0;
  out[6] = Math.log1p(streak);
}

function summarize(h: History, base: number): { rate: number; trend: number; emergencyRate: number; n: number; streak: number } {
  const rate = clampRate((h.aS + PRIOR_COUNT * base) / (h.wS + PRIOR_COUNT));
  const long = clampRate((h.aL + PRIOR_COUNT * base) / (h.wL + PRIOR_COUNT));
  const emergencyRate = clampRate((h.aE + PRIOR_COUNT * rate) / (h.wE + PRIOR_COUNT));
  return { rate, trend: logit(rate) - logit(long), emergencyRate, n: h.n, streak: h.streak };
}

/**
 * Fit the absence model: P(absent) of a member state on a roll call, a pooled
 * logistic regression on the state's recent absence rate (exponentially
 * weighted over about 100 roll calls, on the logit scale), its trend (short
 * minus long rate, about 500 roll calls), the session kind (emergency special,
 * special) with the state's own excess absence in emergency sessions, and the
 * current streak of consecutive absences (long streaks mark states barred for
 * arrears under Article 19 or otherwise not taking part). Features use only
 * roll calls of earlier days, so they are what a forecast made the day before
 * would know. Newton-Raphson (IRLS) on typed arrays, on an evenly spaced
 * sample of at most 300,000 member entries; cost O(member entries).
 * Returns the coefficients and each state's features at the end of the window
 * (the cutoff), for {@link absenceProbability}.
 *
 * @example
 * const absence = fitAbsence(assembly, { until: "2022-10-01" });
 * absenceProbability(absence, "VEN", "emergency"); // high: Venezuela is in arrears
 */
export function fitAbsence(assembly: Assembly, options: { from?: string; until?: string } = {}): AbsenceParams {
  checkAssembly(assembly);
  checkOptions(options);
  if (options.from !== undefined && !isIsoDate(options.from)) throw new PlenaryError(`invalid from; not a date: ${JSON.stringify(options.from)}`);
  if (options.until !== undefined && !isIsoDate(options.until)) throw new PlenaryError(`invalid until; not a date: ${JSON.stringify(options.until)}`);
  const fromDay = options.from === undefined ? -Infinity : dayNumber(options.from);
  const untilDay = options.until === undefined ? Infinity : dayNumber(options.until);
  const { codes, nRollCalls, nStates, day } = assembly.matrix;
  const P = ABSENCE_FEATURES.length;

  const rows: number[] = [];
  let entries = 0;
  let absences = 0;
  for (let r = 0; r < nRollCalls; r++) {
    if (!(fromDay <= day[r] && day[r] < untilDay)) continue;
    rows.push(r);
    for (let s = 0; s < nStates; s++) {
      const c = codes[r * nStates + s];
      if (c !== NOT_MEMBER) entries++;
      if (c === ABSENT) absences++;
    }
  }
  const baseRate = entries > 0 ? clampRate(absences / entries) : 0.1;
  const hist: History[] = Array.from({ length: nStates }, () => ({ aS: 0, wS: 0, aL: 0, wL: 0, aE: 0, wE: 0, n: 0, streak: 0 }));
  const stride = Math.max(1, Math.ceil(entries / MAX_ROWS));
  const nRows = Math.ceil(entries / stride);
  const Xf = new Float64Array(nRows * P);
  const y = new Uint8Array(nRows);
  const f = new Float64Array(P);
  let entry = 0;
  let e = 0;
  // features from earlier days only: compute a day's rows first, then update
  for (let k = 0; k < rows.length; ) {
    let k2 = k;
    while (k2 < rows.length && day[rows[k2]] === day[rows[k]]) k2++;
    for (let q = k; q < k2; q++) {
      const r = rows[q];
      const kind = assembly.rollCalls[r].kind;
      for (let s = 0; s < nStates; s++) {
        const c = codes[r * nStates + s];
        if (c === NOT_MEMBER) continue;
        if (entry++ % stride !== 0) continue;
        const sm = summarize(hist[s], baseRate);
        absenceFeatures(sm.rate, sm.trend, sm.emergencyRate, sm.streak, kind, f);
        for (let j = 0; j < P; j++) Xf[e * P + j] = f[j];
        y[e] = c === ABSENT ? 1 : 0;
        e++;
      }
    }
    for (let q = k; q < k2; q++) {
      const r = rows[q];
      const special = assembly.rollCalls[r].kind !== "regular";
      for (let s = 0; s < nStates; s++) {
        const c = codes[r * nStates + s];
        if (c === NOT_MEMBER) continue;
        const a = c === ABSENT ? 1 : 0;
        const h = hist[s];
        h.aS = DECAY_SHORT * h.aS + a;
        h.wS = DECAY_SHORT * h.wS + 1;
        h.aL = DECAY_LONG * h.aL + a;
        h.wL = DECAY_LONG * h.wL + 1;
        if (special) {
          h.aE = DECAY_EMERGENCY * h.aE + a;
          h.wE = DECAY_EMERGENCY * h.wE + 1;
        }
        h.n++;
        h.streak = a ? h.streak + 1 : 0;
      }
    }
    k = k2;
  }

  const beta = irls(Xf, y, e, P, logit(baseRate));
  const coef: Record<string, number> = {};
  ABSENCE_FEATURES.forEach((name, j) => (coef[name] = beta[j]));
  const states: AbsenceParams["states"] = {};
  for (let s = 0; s < nStates; s++) {
    if (hist[s].n === 0) continue;
    states[assembly.states[s].iso3] = summarize(hist[s], baseRate);
  }
  return { coef, states, baseRate };
}

/** Logistic regression by Newton-Raphson with a tiny ridge, from intercept `start`; rows of X are length P. */
function irls(X: Float64Array, y: Uint8Array, n: number, P: number, start: number): Float64Array {
  const beta = new Float64Array(P);
  beta[0] = start;
  const g = new Float64Array(P);
  const H = new Float64Array(P * P);
  const step = new Float64Array(P);
  const ridge = 1e-4;
  let prevLL = -Infinity;
  for (let it = 0; it < 50 && n > 0; it++) {
    g.fill(0);
    H.fill(0);
    let ll = 0;
    for (let i = 0; i < n; i++) {
      let eta = 0;
      const o = i * P;
      for (let j = 0; j < P; j++) eta += beta[j] * X[o + j];
      const p = sigmoid(eta);
      ll += y[i] ? Math.log(Math.max(p, 1e-300)) : Math.log(Math.max(1 - p, 1e-300));
      const w = p * (1 - p);
      const r = y[i] - p;
      for (let j = 0; j < P; j++) {
        const xj = X[o + j];
        g[j] += r * xj;
        const wx = w * xj;
        for (let l = 0; l <= j; l++) H[j * P + l] += wx * X[o + l];
      }
    }
    for (let j = 0; j < P; j++) {
      g[j] -= ridge * beta[j];
      H[j * P + j] += ridge;
      for (let l = 0; l < j; l++) H[l * P + j] = H[j * P + l];
    }
    if (!solveSpd(H, g, P, step)) break; // X'WX + ridge is positive definite; this guards against NaN only
    let big = 0;
    for (let j = 0; j < P; j++) {
      beta[j] += step[j];
      big = Math.max(big, Math.abs(step[j]));
    }
    if (big < 1e-6 || Math.abs(ll - prevLL) < 1e-10 * Math.abs(ll)) break;
    prevLL = ll;
  }
  return beta;
}
