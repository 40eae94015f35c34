/**
 * The fitted-model contract shared by src/model (which writes it) and
 * src/forecast, src/simulate, src/render (which read it). A fitted model is
 * plain JSON, saved under models/, and keeps no copy of the training data.
 */

export const MODEL_FORMAT = "plenary-model";
export const MODEL_VERSION = 1;

/** Options of the dynamic ordinal ideal-point model. */
export interface FitOptions {
  /** First vote date included (ISO, inclusive). Default: the first in the data. */
  from?: string;
  /** Only votes strictly before this date are used (ISO). Default: no limit. */
  until?: string;
  /** Latent dimensions, 1 (default) or 2. */
  dims?: 1 | 2;
  /** Random-walk standard deviation of a state's position between consecutive sessions. Default 0.25; range (0, 5]. */
  walkSd?: number;
  /** Maximum optimizer iterations. Default chosen by the implementation; range [1, 10000]. */
  maxIterations?: number;
  /** Seed for any stochastic step (initialization, bootstrap). Default 1. */
  seed?: number;
  /** Convergence: stop when the relative change of the log-posterior between sweeps is below this. Default 1e-7; range (0, 0.1]. (Added by src/model.) */
  tolerance?: number;
  /** Prior standard deviation of each roll call's discrimination (beta). Default 4; range (0, 100]. (Added by src/model.) */
  betaSd?: number;
  /** Prior precision pulling every state-period position toward 0 (a stationary component added to the random walk; keeps cohesive extreme blocs from drifting out). Default 4; range [0, 100]. (Added by src/model.) */
  shrink?: number;
  /** Weight each session's beta prior by its membership over its roll calls, so that a session's scale does not grow with its number of roll calls. Default true. (Added by src/model.) */
  balanceSessions?: boolean;
  /** Progress callback (fraction done 0..1, a short message). */
  onProgress?: (fraction: number, message: string) => void;
}

/** One state's positions across the periods it was a member. */
export interface StateTrajectory {
  iso3: string;
  /** Periods (regular session numbers) with an estimate, ascending. */
  periods: number[];
  /** Posterior mean per period; for dims = 2 each entry is [d1, d2]. Stored as number[][] (periods x dims). */
  mean: number[][];
  /** Posterior standard deviation per period and dimension (Laplace approximation). */
  sd: number[][];
}

/**
 * Parameters of one roll call in the ordered-logit link:
 * latent utility of voting yes u = beta . x + e, e ~ Logistic(0, 1);
 * P(no) = sigma(cutNo - beta . x), P(no or abstain) = sigma(cutYes - beta . x), cutNo <= cutYes;
 * P(yes) = 1 - sigma(cutYes - beta . x).
 */
export interface RollCallParams {
  undlId: number;
  symbol: string;
  date: string;
  period: number;
  /** Discrimination per dimension (beta). */
  beta: number[];
  /** Lower cutpoint (no | abstain). */
  cutNo: number;
  /** Upper cutpoint (abstain | yes). */
  cutYes: number;
}

/** Absence model: P(absent) per state per roll call (logistic in the state's recent rate, trend and session kind). */
export interface AbsenceParams {
  /** Coefficients, named, of the pooled logistic model. */
  coef: Record<string, number>;
  /** Per-state recent absence features at the cutoff, by ISO3. */
  states: Record<string, { rate: number; trend: number; emergencyRate: number; n: number; streak?: number }>;
  /** Absence rate of all member states over the training window, used for states without history. (Added by src/model.) */
  baseRate?: number;
}

/** Fit statistics on the training data. */
export interface FitStats {
  seconds: number;
  iterations: number;
  rollCalls: number;
  votes: number;
  logLik: number;
  /** Share of yes/abstain/no votes on non-unanimous roll calls whose most likely category is the actual one. */
  correctlyClassified: number;
  /** Aggregate proportional reduction in error vs. the modal category per roll call (non-unanimous roll calls). */
  apre: number;
  /** False when the fit stopped at maxIterations before meeting the tolerance. (Added by src/model.) */
  converged?: boolean;
}

/** A fitted model as saved to models/NAME.json. */
export interface FittedModel {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  /** Only votes strictly before this date were used (ISO). */
  cutoff: string;
  /** First vote date used (ISO). */
  from: string;
  /** Fingerprint of the embedded data the model was fitted on. */
  fingerprint: string;
  /** Options used, without callbacks. */
  options: { dims: 1 | 2; walkSd: number; seed: number; maxIterations: number; tolerance?: number; betaSd?: number; shrink?: number; balanceSessions?: boolean };
  dims: 1 | 2;
  states: StateTrajectory[];
  rollCalls: RollCallParams[];
  absence: AbsenceParams;
  stats: FitStats;
}
