import type { Forecast } from "../forecast/types.ts";
import type { Flip, ForecastSummary, Outcome, OutcomeProbabilities, StateChange } from "./types.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** The summary of a forecast: expected counts, intervals, P(adopted), threshold (copies, not references). */
export function summarizeForecast(f: Forecast): ForecastSummary {
  const copy = (x: Forecast["interval80"]) => ({ yes: [...x.yes] as [number, number], no: [...x.no] as [number, number], abstain: [...x.abstain] as [number, number], absent: [...x.absent] as [number, number] });
  return { members: f.members, expected: { ...f.expected }, interval80: copy(f.interval80), interval95: copy(f.interval95), pAdopted: f.pAdopted, threshold: f.threshold };
}

const OUTCOMES: { letter: Outcome; key: keyof OutcomeProbabilities }[] = [
  { letter: "Y", key: "pYes" },
  { letter: "A", key: "pAbstain" },
  { letter: "N", key: "pNo" },
  { letter: "X", key: "pAbsent" },
];

/** Most likely outcome (ties go to the first of Y, A, N, X). */
export function mostLikely(p: OutcomeProbabilities): Outcome {
  let best = OUTCOMES[0];
  for (const o of OUTCOMES) if (p[o.key] > p[best.key]) best = o;
  return best.letter;
}

const probabilityKey = (o: Outcome): keyof OutcomeProbabilities => OUTCOMES.find((x) => x.letter === o)!.key;

/**
 * Baseline against scenario, state by state: every state's probability
 * changes (sorted by total variation distance, largest first), the states
 * whose most likely outcome changes, and the change of expected counts and
 * P(adopted). Both forecasts must cover the same states in the same order.
 */
export function compareForecasts(
  baseline: Forecast,
  scenario: Forecast,
  targeted: ReadonlySet<string>,
): { delta: { yes: number; no: number; abstain: number; absent: number; pAdopted: number }; flips: Flip[]; changes: StateChange[] } {
  if (baseline.countries.length !== scenario.countries.length) {
    throw new PlenaryError(`invalid scenario; expected the baseline's ${baseline.countries.length} states, got ${scenario.countries.length}`);
  }
  const changes: StateChange[] = [];
  const flips: Flip[] = [];
  baseline.countries.forEach((b, s) => {
    const a = scenario.countries[s];
    if (a.iso3 !== b.iso3) throw new PlenaryError(`invalid scenario; states differ at ${s}: ${JSON.stringify(a.iso3)} vs ${JSON.stringify(b.iso3)}`);
    const before = { pYes: b.pYes, pAbstain: b.pAbstain, pNo: b.pNo, pAbsent: b.pAbsent };
    const after = { pYes: a.pYes, pAbstain: a.pAbstain, pNo: a.pNo, pAbsent: a.pAbsent };
    const delta = { pYes: a.pYes - b.pYes, pAbstain: a.pAbstain - b.pAbstain, pNo: a.pNo - b.pNo, pAbsent: a.pAbsent - b.pAbsent };
    const size = 0.5 * (Math.abs(delta.pYes) + Math.abs(delta.pAbstain) + Math.abs(delta.pNo) + Math.abs(delta.pAbsent));
    changes.push({ iso3: b.iso3, name: b.name, group: b.group, targeted: targeted.has(b.iso3), before, after, delta, size });
    const from = mostLikely(before);
    const to = mostLikely(after);
    if (from !== to) flips.push({ iso3: b.iso3, name: b.name, from, to, pBefore: before[probabilityKey(to)], pAfter: after[probabilityKey(to)] });
  });
  changes.sort((x, y) => y.size - x.size || (x.iso3 < y.iso3 ? -1 : 1));
  flips.sort((x, y) => y.pAfter - y.pBefore - (x.pAfter - x.pBefore) || (x.iso3 < y.iso3 ? -1 : 1));
  const e0 = baseline.expected;
  const e1 = scenario.expected;
  return {
    delta: { yes: e1.yes - e0.yes, no: e1.no - e0.no, abstain: e1.abstain - e0.abstain, absent: e1.absent - e0.absent, pAdopted: scenario.pAdopted - baseline.pAdopted },
    flips,
    changes,
  };
}
