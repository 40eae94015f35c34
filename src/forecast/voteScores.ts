/** Per-vote forecast scores over yes/abstain/no (absent votes are not scored). */
export interface VoteScores {
  /** Votes scored. */
  votes: number;
  /** Mean multiclass log-loss (natural log; probabilities renormalized over yes/abstain/no, floored at 1e-6). */
  logLoss: number;
  /** Share of votes whose most likely category was the actual one. */
  accuracy: number;
  /** Mean over yes, abstain and no of each class's F1 (harmonic mean of precision and recall). */
  macroF1: number;
}

/** Order of the three classes in accumulators: 0 yes, 1 abstain, 2 no. */
export type VoteClass = 0 | 1 | 2;

/**
 * Accumulates per-vote scores. `add(p, actual)` takes the forecast's
 * probabilities of yes, abstain and no (any scale; they are renormalized) and
 * the class that happened.
 *
 * @example
 * const acc = voteScores();
 * acc.add([0.8, 0.1, 0.1], 0);
 * acc.result().logLoss; // -ln(0.8) = 0.2231
 */
export function voteScores(): { add(p: readonly number[], actual: VoteClass): void; result(): VoteScores } {
  let n = 0;
  let loss = 0;
  let correct = 0;
  const tp = [0, 0, 0];
  const predicted = [0, 0, 0];
  const actualCount = [0, 0, 0];
  return {
    add(p, actual) {
      const total = p[0] + p[1] + p[2];
      const q = Math.max(1e-6, p[actual] / total);
      loss -= Math.log(q);
      const arg = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
      if (arg === actual) {
        correct++;
        tp[arg]++;
      }
      predicted[arg]++;
      actualCount[actual]++;
      n++;
    },
    result() {
      let f1 = 0;
      for (let c = 0; c < 3; c++) {
        const precision = predicted[c] ? tp[c] / predicted[c] : 0;
        const recall = actualCount[c] ? tp[c] / actualCount[c] : 0;
        f1 += precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
      }
      return { votes: n, logLoss: n ? loss / n : NaN, accuracy: n ? correct / n : NaN, macroF1: f1 / 3 };
    },
  };
}
