import { sigmoid } from "../model/orderedLogit.ts";
import type { OutcomeShift, PreparedForecast } from "./PreparedForecast.ts";
import type { CountIntervals, Counts, Forecast } from "./types.ts";

/**
 * Turns prepared draws into a forecast: each state's probabilities of yes,
 * abstain, no and absent (averaged over the parameter and position draws),
 * and the distribution of totals by Monte Carlo: in draw d each state's vote
 * is sampled with the prepared uniform u[d, s] by inverting the cumulative
 * distribution in the order absent, no, abstain, yes. Because the same
 * uniforms are reused, raising a state's utility can only move its sampled
 * vote toward yes (a monotone coupling), and a zero shift reproduces the
 * baseline exactly. Cost: O(draws x states), about 30 ms for 10,000 draws.
 */
export function simulateOutcome(prepared: PreparedForecast, shift: OutcomeShift = {}): Forecast {
  const { nStates: S, nDraws: D, eta, cutNo, cutYes, absentLogit, fixed, uniforms, band, absentShock } = prepared;
  checkShift(shift, S, D);
  const pYes = new Float64Array(S);
  const pAbs = new Float64Array(S);
  const pNo = new Float64Array(S);
  const pAway = new Float64Array(S);
  const pA = new Float64Array(S);
  for (let s = 0; s < S; s++) pA[s] = sigmoid(absentLogit[s] + (shift.absentLogit ? shift.absentLogit[s] : 0));
  const yesCounts = new Int32Array(D);
  const noCounts = new Int32Array(D);
  const absCounts = new Int32Array(D);
  const awayCounts = new Int32Array(D);
  let adopted = 0;
  const twoThirds = prepared.rule === "two-thirds";
  for (let d = 0; d < D; d++) {
    const lo = cutNo[d];
    const hi = cutYes[d];
    let y = 0, n = 0, a = 0, x = 0;
    const base = d * S;
    const turnout = absentShock ? Math.exp(absentShock[d]) : 1;
    for (let s = 0; s < S; s++) {
      const f = fixed[s];
      const u = uniforms[base + s];
      if (f >= 0) {
        if (f === 2) { y++; pYes[s]++; } else if (f === 1) { a++; pAbs[s]++; } else if (f === 0) { n++; pNo[s]++; } else { x++; pAway[s]++; }
        continue;
      }
      let e = eta[base + s];
      if (shift.eta) e += shift.eta[s];
      if (shift.etaByDraw) e += shift.etaByDraw[base + s];
      const away = turnout === 1 ? pA[s] : Math.min(0.995, pA[s] * turnout);
      const present = 1 - away;
      const w = band ? band[base + s] : 0;
      const cNo = sigmoid(lo - w - e);
      const cNoAbs = sigmoid(hi + w - e);
      pAway[s] += away;
      pNo[s] += present * cNo;
      pAbs[s] += present * (cNoAbs - cNo);
      pYes[s] += present * (1 - cNoAbs);
      if (u < away) x++;
      else {
        const v = (u - away) / present;
        if (v < cNo) n++;
        else if (v < cNoAbs) a++;
        else y++;
      }
    }
    yesCounts[d] = y;
    noCounts[d] = n;
    absCounts[d] = a;
    awayCounts[d] = x;
    if (twoThirds ? y > 0 && 3 * y >= 2 * (y + n) : y > n) adopted++;
  }
  const countries = prepared.states.map((st, s) => ({
    iso3: st.iso3,
    name: st.name,
    group: st.group,
    pYes: pYes[s] / D,
    pAbstain: pAbs[s] / D,
    pNo: pNo[s] / D,
    pAbsent: pAway[s] / D,
  }));
  const expected: Counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const c of countries) {
    expected.yes += c.pYes;
    expected.no += c.pNo;
    expected.abstain += c.pAbstain;
    expected.absent += c.pAbsent;
  }
  const yesDistribution = new Array<number>(S + 1).fill(0);
  for (let d = 0; d < D; d++) yesDistribution[yesCounts[d]] += 1 / D;
  const interval = (level: number): CountIntervals => ({
    yes: quantileInterval(yesCounts, level),
    no: quantileInterval(noCounts, level),
    abstain: quantileInterval(absCounts, level),
    absent: quantileInterval(awayCounts, level),
  });
  const voting = expected.yes + expected.no;
  const threshold = twoThirds ? Math.ceil((2 * voting) / 3) : Math.floor(voting / 2) + 1;
  return {
    title: prepared.spec.title,
    asOf: prepared.spec.asOf,
    rule: prepared.rule,
    members: S,
    expected,
    interval80: interval(0.8),
    interval95: interval(0.95),
    pAdopted: adopted / D,
    yesDistribution,
    threshold,
    countries,
    ...(prepared.spec.actual ? { actual: { ...prepared.spec.actual } } : {}),
  };
}

/** Central interval of integer counts holding `level` of the draws (nearest-rank quantiles). */
export function quantileInterval(counts: Int32Array, level: number): [number, number] {
  const sorted = Int32Array.from(counts).sort();
  const n = sorted.length;
  const q = (p: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))];
  const tail = (1 - level) / 2;
  return [q(tail), q(1 - tail)];
}

function checkShift(shift: OutcomeShift, S: number, D: number): void {
  for (const [name, arr, len] of [["eta", shift.eta, S], ["absentLogit", shift.absentLogit, S], ["etaByDraw", shift.etaByDraw, S * D]] as const) {
    if (arr && arr.length !== len) throw new Error(`invalid shift.${name}; expected length ${len}, got ${arr.length}`);
  }
}
