import { PlenaryError } from "../util/PlenaryError.ts";
import { checkPrepared } from "../util/checkArgs.ts";
import { OUTCOME_ABSTAIN, OUTCOME_NO, OUTCOME_YES } from "../data/voteCodes.ts";
import { statesOutcome } from "./statesOutcome.ts";
import type { OutcomeShift, PreparedForecast } from "./PreparedForecast.ts";
import type { AdoptionRule, CountIntervals, Counts, CountryForecast, Forecast, KnownEffect } from "./types.ts";
import type { OutcomeProbabilities } from "./statesOutcome.ts";
import { expectedCounts } from "./expectedCounts.ts";
import { isAdopted } from "./isAdopted.ts";
import { widenCounts, widenFactor } from "./widenCounts.ts";

/** Mixed into the prepared uniform seed for the widening's rounding (its own stream). */
export const WIDEN_SEED = 0x2c1b3c6d;

/**
 * Turns prepared draws into a forecast: each state's probabilities of yes,
 * abstain, no and absent (averaged over the parameter and position draws),
 * and the distribution of totals by Monte Carlo: in draw d each state's vote
 * is sampled with the uniform u[d, s] (from the prepared uniformSeed) by inverting the cumulative
 * distribution in the order absent, no, abstain, yes (`statesOutcome`). Because the same
 * uniforms are reused, raising a state's utility can only move its sampled
 * vote toward yes (a monotone coupling), and a zero shift reproduces the
 * baseline exactly. When positions are known, the unknown states' counts
 * are then drawn wider about their means (`widenFactor`, `widenCounts`:
 * settings knownWiden and knownWidenContest), which moves the intervals, the
 * yes distribution and P(adopted) but not the probabilities or expected
 * counts; with nothing known nothing changes. Cost: O(draws x states), about 70-90 ms for 10,000 draws
 * (`npm run bench -- forecast`), nearly all of it statesOutcome's two
 * exponentials and one uniform per state and draw.
 */
export function simulateOutcome(prepared: PreparedForecast, shift: OutcomeShift = {}): Forecast {
  checkPrepared(prepared); // guard at the door (hostile inputs, #24)
  const { nStates: S, nDraws: D } = prepared;
  checkShift(shift, S, D);
  const all = new Int32Array(S);
  for (let s = 0; s < S; s++) all[s] = s;
  const votes = new Int8Array(D * S);
  const probabilities = statesOutcome(prepared, shift, all, votes);
  const yesCounts = new Int32Array(D);
  const noCounts = new Int32Array(D);
  const absCounts = new Int32Array(D);
  const awayCounts = new Int32Array(D);
  let adopted = countVotes(votes, S, prepared.rule, yesCounts, noCounts, absCounts, awayCounts);
  const twoThirds = prepared.rule === "two-thirds";
  const countries = prepared.states.map((st, s) => ({ iso3: st.iso3, name: st.name, group: st.group, ...probabilities[s] }));
  const expected = expectedCounts(countries);
  const componentYes = prepared.components.map((_, k) => meanWhere(yesCounts, prepared.component, k)); // before any widening
  const factor = widenFactor(prepared, expected);
  if (factor !== 1) {
    // known positions: the unknown states' counts drawn wider about their means (calibration, see widenCounts)
    widenCounts(prepared.fixed, factor, prepared.uniformSeed ^ WIDEN_SEED, yesCounts, noCounts, absCounts);
    adopted = 0;
    for (let d = 0; d < D; d++) {
      awayCounts[d] = S - yesCounts[d] - noCounts[d] - absCounts[d];
      if (isAdopted(prepared.rule, yesCounts[d], noCounts[d])) adopted++;
    }
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
    ...(prepared.spec.voteDate && prepared.spec.voteDate !== prepared.spec.asOf ? { voteDate: prepared.spec.voteDate } : {}),
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
    resembling: prepared.resembling.map((r) => ({ ...r, totals: { ...r.totals } })),
    components: prepared.components.map((c, k) => ({ ...c, expectedYes: componentYes[k] })),
    surprises: prepared.surprises.map((x) => ({ ...x })),
    ...(prepared.withoutKnown ? { knownEffect: knownEffect(prepared, prepared.withoutKnown, countries, expected) } : {}),
    ...(prepared.conditioning ? { conditioning: { ...prepared.conditioning } } : {}),
    issue: prepared.issue ? { ...prepared.issue } : null,
    kind: prepared.kind,
    warnings: [...prepared.warnings],
  };
}

/**
 * Counts each draw's votes into the four arrays and returns the number of
 * draws adopted under the rule. Each vote adds 1 to a 10-bit field of one
 * integer (no, abstain, yes; absent adds nothing), so a draw is counted
 * without a branch per vote: on random votes the branches' mispredictions
 * cost more than the counting. Fields hold up to 1023 states. A function of
 * its own so that its compiled loop survives simulateOutcome's being
 * recompiled (its result objects' shapes vary from one forecast to the next).
 */
function countVotes(votes: Int8Array, S: number, rule: AdoptionRule, yes: Int32Array, no: Int32Array, abstain: Int32Array, away: Int32Array): number {
  if (S > 1023) throw new Error(`internal error: ${S} states, more than the vote counts' 1023`);
  const field = new Int32Array(4);
  field[OUTCOME_NO] = 1;
  field[OUTCOME_ABSTAIN] = 1 << 10;
  field[OUTCOME_YES] = 1 << 20;
  let adopted = 0;
  for (let d = 0; d < yes.length; d++) {
    let sum = 0;
    for (let k = d * S, end = k + S; k < end; k++) sum += field[votes[k]];
    const n = sum & 1023;
    const a = (sum >> 10) & 1023;
    const y = sum >> 20;
    yes[d] = y;
    no[d] = n;
    abstain[d] = a;
    away[d] = S - y - n - a;
    if (isAdopted(rule, y, n)) adopted++;
  }
  return adopted;
}

/** Mean of `values` over the draws whose component is `k` (NaN when none is). */
function meanWhere(values: Int32Array, component: Int8Array, k: number): number {
  let sum = 0;
  let n = 0;
  for (let d = 0; d < values.length; d++) {
    if (component[d] !== k) continue;
    sum += values[d];
    n++;
  }
  return n > 0 ? sum / n : NaN;
}

/**
 * Central interval of integer counts holding `level` of the draws (nearest-rank quantiles). Hand-written
 * rather than simple-statistics' `quantileSorted`, which averages two ranks when n x p is whole and so
 * would give interval ends such as 132.5 votes; nearest-rank keeps them whole counts. Vote counts
 * (whole numbers from 0 to a few hundred) are ranked by a histogram, O(n), instead of a sort.
 */
export function quantileInterval(counts: Int32Array, level: number): [number, number] {
  const n = counts.length;
  const tail = (1 - level) / 2;
  const rank = (p: number) => Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1)); // 0-based, in sorted order
  let lo = Infinity;
  let hi = -Infinity;
  for (let d = 0; d < n; d++) {
    if (counts[d] < lo) lo = counts[d];
    if (counts[d] > hi) hi = counts[d];
  }
  if (!(hi - lo <= 100_000)) {
    const sorted = Int32Array.from(counts).sort();
    return [sorted[rank(tail)], sorted[rank(1 - tail)]];
  }
  const histogram = new Int32Array(hi - lo + 1);
  for (let d = 0; d < n; d++) histogram[counts[d] - lo]++;
  const at = (r: number) => {
    let seen = 0;
    for (let v = 0; v < histogram.length; v++) if ((seen += histogram[v]) > r) return lo + v;
    return hi;
  };
  return [at(rank(tail)), at(rank(1 - tail))];
}

function checkShift(shift: OutcomeShift, S: number, D: number): void {
  for (const [name, arr, len] of [["eta", shift.eta, S], ["absentLogit", shift.absentLogit, S], ["etaByDraw", shift.etaByDraw, S * D]] as const) {
    if (arr && arr.length !== len) throw new PlenaryError(`invalid shift.${name}; expected length ${len}, got ${arr.length}`);
  }
}

/** What the known positions changed: expected counts without and with them, and the unknown states whose outlook moved most (by at least 0.02 in total variation). */
function knownEffect(prepared: PreparedForecast, before: OutcomeProbabilities[], after: CountryForecast[], expected: Counts): KnownEffect {
  const without = expectedCounts(before);
  const moved = after
    .map((c, s) => {
      const b = before[s];
      const change = 0.5 * (Math.abs(c.pYes - b.pYes) + Math.abs(c.pAbstain - b.pAbstain) + Math.abs(c.pNo - b.pNo) + Math.abs(c.pAbsent - b.pAbsent));
      return { s, iso3: c.iso3, name: c.name, before: { pYes: b.pYes, pAbstain: b.pAbstain, pNo: b.pNo, pAbsent: b.pAbsent }, after: { pYes: c.pYes, pAbstain: c.pAbstain, pNo: c.pNo, pAbsent: c.pAbsent }, change };
    })
    .filter((m) => prepared.fixed[m.s] < 0 && m.change >= 0.02)
    .sort((x, y) => y.change - x.change || (x.iso3 < y.iso3 ? -1 : 1))
    .slice(0, 10)
    .map(({ s: _s, ...m }) => m);
  return { without, with: { ...expected }, moved };
}
