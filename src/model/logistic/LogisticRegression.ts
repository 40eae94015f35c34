import { mean as meanOf, standardDeviation } from "simple-statistics";
import { createRequire } from "node:module";
import MLLogisticRegression from "ml-logistic-regression";
import type { Matrix as MatrixType } from "ml-matrix";
import { sigmoid } from "../orderedLogit.ts";
import { resolveOptions } from "../../util/resolveOptions.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";

// the same ml-matrix instance the (CommonJS) package uses
const { Matrix } = createRequire(import.meta.url)("ml-matrix") as { Matrix: typeof MatrixType };

/** Options of {@link LogisticRegression}. */
export interface LogisticRegressionOptions {
  /** Gradient-descent steps. Default 1000; range [1, 1000000]. */
  numSteps?: number;
  /** Step size per row-averaged gradient (the package's rate is this divided by the number of rows). Default 0.5; range (0, 100]. */
  learningRate?: number;
  /** Add an intercept column of ones. Default true. */
  intercept?: boolean;
  /** Center and scale each feature column (constants are left at scale 1). Default true. */
  standardize?: boolean;
}

/** A fitted {@link LogisticRegression} as plain JSON. */
export interface LogisticRegressionJSON {
  classes: number[];
  intercept: boolean;
  mean: number[];
  scale: number[];
  /** Weights of the one-vs-all classifier of each class (the package's sign: they score "not this class"), including the intercept first. */
  weights: number[][];
}

/** Defaults and ranges of LogisticRegressionOptions. */
const LOGISTIC_SETTINGS = {
  numSteps: { default: 1000, range: "[1, 1000000]", integer: true },
  learningRate: { default: 0.5, range: "(0, 100]" },
  intercept: { default: true },
  standardize: { default: true },
};

/**
 * A typed wrapper of the `ml-logistic-regression` package (named by the
 * product brief): one-vs-all logistic regression by batch gradient descent.
 * The wrapper adds what the package lacks: input validation, an intercept
 * column, feature standardization, arbitrary class labels, class
 * probabilities (the one-vs-all probabilities normalized to sum to 1) and
 * plain-JSON persistence. Cost: numSteps x classes x rows x features; the
 * package is slow (ml-matrix, no early stopping), see the benchmark numbers
 * in docs/model.md.
 *
 * @example
 * const lr = new LogisticRegression({ numSteps: 2000 }).fit([[0], [0], [1], [1]], [0, 1, 1, 1]);
 * lr.predictProbabilities([[1]]); // [[~0, ~1]] for classes [0, 1]
 */
export class LogisticRegression {
  readonly numSteps: number;
  readonly learningRate: number;
  readonly intercept: boolean;
  readonly standardize: boolean;
  private state: LogisticRegressionJSON | null = null;

  constructor(options: LogisticRegressionOptions = {}) {
    const { numSteps, learningRate, intercept, standardize } = resolveOptions(LOGISTIC_SETTINGS, options);
    this.numSteps = numSteps;
    this.learningRate = learningRate;
    this.intercept = intercept;
    this.standardize = standardize;
  }

  /** Class labels in the order of the probability columns (ascending); empty before `fit`. */
  get classes(): number[] {
    return this.state ? [...this.state.classes] : [];
  }

  /** Fit on rows X (n x p, finite numbers) and labels y (n numbers). Returns this. Does not modify X or y. */
  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    const p = checkRows(X, "X");
    if (!Array.isArray(y) || y.length !== X.length) throw new PlenaryError(`invalid y; expected ${X.length} labels, got ${Array.isArray(y) ? y.length : JSON.stringify(y)}`);
    y.forEach((v, i) => {
      if (!Number.isFinite(v)) throw new PlenaryError(`invalid y; label ${i} is not a finite number: ${v}`);
    });
    const classes = [...new Set(y)].sort((a, b) => a - b);
    const mean = new Array<number>(p).fill(0);
    const scale = new Array<number>(p).fill(1);
    if (this.standardize) {
      for (let j = 0; j < p; j++) {
        const column = X.map((row) => row[j]);
        const m = meanOf(column);
        const sd = standardDeviation(column); // population sd, as scikit-learn's StandardScaler
        mean[j] = sd > 1e-12 ? m : 0;
        scale[j] = sd > 1e-12 ? sd : 1;
      }
    }
    const state: LogisticRegressionJSON = { classes, intercept: this.intercept, mean, scale, weights: [] };
    if (classes.length === 1) {
      this.state = state; // a single class: probability 1, no classifier
      return this;
    }
    const index = new Map(classes.map((c, k) => [c, k]));
    const design = new Matrix(designRows(X, state));
    const labels = Matrix.columnVector(y.map((v) => index.get(v)!));
    const ml = new MLLogisticRegression({ numSteps: this.numSteps, learningRate: this.learningRate / X.length });
    ml.train(design, labels);
    state.weights = ml.classifiers.map((c) => c.weights.to1DArray());
    this.state = state;
    return this;
  }

  /** P(class) per row, columns in `classes` order. */
  predictProbabilities(X: readonly (readonly number[])[]): number[][] {
    const state = this.fitted();
    return predictWith(state, X);
  }

  /** The most likely class label per row. */
  predict(X: readonly (readonly number[])[]): number[] {
    const state = this.fitted();
    return predictWith(state, X).map((p) => state.classes[p.indexOf(Math.max(...p))]);
  }

  toJSON(): LogisticRegressionJSON {
    const s = this.fitted();
    return { classes: [...s.classes], intercept: s.intercept, mean: [...s.mean], scale: [...s.scale], weights: s.weights.map((w) => [...w]) };
  }

  /** Rebuild a fitted model from {@link LogisticRegression.toJSON} output. */
  static fromJSON(json: LogisticRegressionJSON): LogisticRegression {
    if (!json || !Array.isArray(json.classes) || !Array.isArray(json.weights)) throw new PlenaryError(`invalid logistic regression JSON: ${JSON.stringify(json)?.slice(0, 80)}`);
    const lr = new LogisticRegression({ intercept: json.intercept });
    lr.state = { classes: [...json.classes], intercept: json.intercept, mean: [...json.mean], scale: [...json.scale], weights: json.weights.map((w) => [...w]) };
    return lr;
  }

  private fitted(): LogisticRegressionJSON {
    if (!this.state) throw new PlenaryError("logistic regression not fitted; call fit(X, y) first");
    return this.state;
  }
}

/** Probabilities from a fitted state (private; also used by fitLogisticTendencies on stored JSON). */
export function predictWith(state: LogisticRegressionJSON, X: readonly (readonly number[])[]): number[][] {
  const p = checkRows(X, "X");
  if (p !== state.mean.length) throw new PlenaryError(`invalid X; expected ${state.mean.length} features per row, got ${p}`);
  if (state.classes.length === 1) return X.map(() => [1]);
  return designRows(X, state).map((row) => {
    // the package's classifier k scores P(not class k); P(class k) = 1 - score, then normalize
    const q = state.weights.map((w) => {
      let eta = 0;
      for (let j = 0; j < row.length; j++) eta += w[j] * row[j];
      return sigmoid(-eta);
    });
    const total = q.reduce((a, b) => a + b, 0);
    return q.map((v) => (total > 0 ? v / total : 1 / q.length));
  });
}

function designRows(X: readonly (readonly number[])[], state: LogisticRegressionJSON): number[][] {
  return X.map((row) => {
    const out = row.map((v, j) => (v - state.mean[j]) / state.scale[j]);
    return state.intercept ? [1, ...out] : out;
  });
}

function checkRows(X: readonly (readonly number[])[], name: string): number {
  if (!Array.isArray(X) || X.length === 0) throw new PlenaryError(`invalid ${name}; expected a non-empty array of rows: ${JSON.stringify(X)?.slice(0, 80)}`);
  const p = Array.isArray(X[0]) ? X[0].length : -1;
  if (!(p >= 0)) throw new PlenaryError(`invalid ${name}; row 0 is not an array: ${JSON.stringify(X[0])}`);
  X.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== p) throw new PlenaryError(`invalid ${name}; row ${i} has ${Array.isArray(row) ? row.length : "no"} values, expected ${p}`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new PlenaryError(`invalid ${name}; value [${i}][${j}] is not a finite number: ${v}`);
    });
  });
  return p;
}
