import { describe, expect, it } from "vitest";
import { LogisticRegression } from "../../../src/model/logistic/LogisticRegression.ts";

describe("LogisticRegression (wrapping ml-logistic-regression)", () => {
  it("reaches the hand-computed maximum-likelihood fit with its intercept", () => {
    // oracle, by hand: one binary feature with an intercept is saturated, so the MLE reproduces the
    // observed rates: P(y=1 | x=0) = 1/4, P(y=1 | x=1) = 3/4 (log-odds +-log 3); tolerance 1e-3
    const X = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const y = [0, 0, 0, 1, 0, 1, 1, 1];
    const lr = new LogisticRegression({ numSteps: 3000, learningRate: 1 }).fit(X, y);
    const [p0, p1] = lr.predictProbabilities([[0], [1]]);
    expect(lr.classes).toEqual([0, 1]);
    expect(p0[1]).toBeCloseTo(0.25, 3);
    expect(p1[1]).toBeCloseTo(0.75, 3);
    expect(p0[0] + p0[1]).toBeCloseTo(1, 12);
    // without the intercept the package cannot fit the rates (a symmetric fit at x = 0)
    const noIntercept = new LogisticRegression({ numSteps: 3000, learningRate: 1, intercept: false, standardize: false }).fit(X, y);
    expect(noIntercept.predictProbabilities([[0]])[0][1]).toBeCloseTo(0.5, 6);
  });

  it("maps arbitrary labels to classes and predicts them", () => {
    const lr = new LogisticRegression({ numSteps: 2000 }).fit([[0], [0], [1], [1], [2], [2]], [5, 5, 7, 7, 9, 9]);
    expect(lr.classes).toEqual([5, 7, 9]);
    expect(lr.predict([[0], [1], [2]])).toEqual([5, 7, 9]);
  });

  it("round-trips through JSON and handles a single class", () => {
    const X = [[0, 1], [1, 0], [1, 1], [0, 0]];
    const lr = new LogisticRegression({ numSteps: 200 }).fit(X, [0, 1, 1, 0]);
    const back = LogisticRegression.fromJSON(JSON.parse(JSON.stringify(lr)));
    expect(back.predictProbabilities(X)).toEqual(lr.predictProbabilities(X));
    const one = new LogisticRegression().fit([[1], [2]], [3, 3]);
    expect(one.predictProbabilities([[5]])).toEqual([[1]]);
    expect(one.predict([[5]])).toEqual([3]);
  });

  it("validates its input and does not modify it", () => {
    const X = [[1, 2], [3, 4]];
    const copy = JSON.parse(JSON.stringify(X));
    new LogisticRegression({ numSteps: 5 }).fit(X, [0, 1]);
    expect(X).toEqual(copy);
    expect(() => new LogisticRegression({ numSteps: 0 })).toThrow("invalid numSteps; expected an integer in [1, 1000000]: 0");
    expect(() => new LogisticRegression({ learningRate: -1 })).toThrow("invalid learningRate; expected a number in (0, 100]: -1");
    expect(() => new LogisticRegression().fit([], [])).toThrow("invalid X; expected a non-empty array of rows");
    expect(() => new LogisticRegression().fit([[1, 2], [3]], [0, 1])).toThrow("invalid X; row 1 has 1 values, expected 2");
    expect(() => new LogisticRegression().fit([[1], [NaN]], [0, 1])).toThrow("invalid X; value [1][0] is not a finite number: NaN");
    expect(() => new LogisticRegression().fit([[1], [2]], [0])).toThrow("invalid y; expected 2 labels, got 1");
    expect(() => new LogisticRegression().predict([[1]])).toThrow("logistic regression not fitted; call fit(X, y) first");
  });
});
