// Types for the untyped `ml-logistic-regression` 2.0 package (one-vs-all
// logistic regression by batch gradient descent on ml-matrix matrices; no
// intercept). Only what src/model/logistic/LogisticRegression.ts uses.
declare module "ml-logistic-regression" {
  import type { Matrix } from "ml-matrix";

  interface BinaryClassifier {
    weights: Matrix;
    /** Sigmoid scores of the "not this class" side, one per row. */
    testScores(features: Matrix): number[];
  }

  export default class MLLogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    numSteps: number;
    learningRate: number;
    numberClasses: number;
    classifiers: BinaryClassifier[];
    /** Classes must be 0..K-1 (K = number of distinct labels). */
    train(X: Matrix, Y: Matrix): void;
    predict(X: Matrix): number[];
    toJSON(): unknown;
    static load(model: unknown): MLLogisticRegression;
  }
}
