import { checkAssembly, checkRollCall, checkString } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { Assembly, RollCall } from "../data/types.ts";
import { FORECAST_SETTINGS, type ForecastSettingName } from "./forecastSettings.ts";
import { matchPrevious } from "./matchPrevious.ts";

/**
 * The kinds of vote for which the engine has its own settings, and for
 * which each baseline's weight is tuned apart: a regular-session vote on a
 * text voted before (repeated), one on a new text (novel), and a vote in an
 * emergency special session.
 */
export const SEGMENT_KINDS = ["repeated", "novel", "emergency"] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** One set of votes settings were tuned on. */
export interface TuningSet {
  /** What the set holds, in words. */
  doc: string;
  /** Regular sessions (periods) from which it takes votes, inclusive; null for none. */
  sessions: [number, number] | null;
  /** Only the votes of this kind in those sessions (null: every vote of them). */
  kind: SegmentKind | null;
  /** Emergency special session votes before this date (null: none). */
  emergencyBefore: string | null;
}

/**
 * The sets of votes the engine's settings and the baselines' weights were
 * tuned on (`scripts/tuneForecast.ts`, `scripts/tuneReveal.ts`). A vote in
 * any of them is never reported as held out.
 */
export const TUNING_SETS = {
  regular: { doc: "every vote of regular sessions 62-69 (2007-2015)", sessions: [62, 69], kind: null, emergencyBefore: null },
  novel: { doc: "the votes on novel texts of regular sessions 54-69 (1999-2015)", sessions: [54, 69], kind: "novel", emergencyBefore: null },
  emergency: { doc: "the emergency special session votes before 2015 (ES-1 to ES-10)", sessions: null, kind: null, emergencyBefore: "2015-01-01" },
  reveal: { doc: "every vote of regular sessions 66-69 (2011-2015), K = 25 states revealed", sessions: [66, 69], kind: null, emergencyBefore: null },
} as const satisfies Record<string, TuningSet>;
export type TuningSetName = keyof typeof TUNING_SETS;

/** Settings tuned on the novel texts (the rest of the general ones are on 62-69). */
const NOVEL_SETTINGS: ForecastSettingName[] = ["itemSdNovel", "noiseScaleNovel", "broadNovel", "novelShift", "novelPoolSessions", "knownPowerNovel", "novelAbsence"];
/** Settings tuned on the emergency votes before 2015. */
const EMERGENCY_SETTINGS: ForecastSettingName[] = ["itemSdEmergency", "broadEmergency", "sameSessionBoost"];
/** Settings of the conditioning on known positions, tuned by the reveal backtest on 66-69. */
const REVEAL_SETTINGS: ForecastSettingName[] = ["breakaway", "surpriseBelow", "moveSteps", "knownPower", "knownWiden", "knownWidenContest", "particles", "blocShare", "blocFactors", "blocSessions", "habitSd"];

/**
 * For every setting of the engine (FORECAST_SETTINGS) and every weight of a
 * baseline, the tuning set it was chosen on. B1 has no weight; B2's and B3's
 * weights are tuned per segment kind (`scripts/tuneForecast.ts`, BASELINES=1),
 * and B5's choice among them on the same votes; B4 is the reveal backtest's.
 */
export const TUNED_ON: Readonly<Record<string, TuningSetName>> = Object.freeze({
  ...Object.fromEntries(
    (Object.keys(FORECAST_SETTINGS) as ForecastSettingName[]).map((name) => [
      name,
      NOVEL_SETTINGS.includes(name) ? "novel" : EMERGENCY_SETTINGS.includes(name) ? "emergency" : REVEAL_SETTINGS.includes(name) ? "reveal" : "regular",
    ]),
  ),
  "B2 weight, repeated": "regular",
  "B2 weight, novel": "novel",
  "B2 weight, emergency": "emergency",
  "B3 weight, repeated": "regular",
  "B3 weight, novel": "novel",
  "B3 weight, emergency": "emergency",
  "B5 choice, repeated": "regular",
  "B5 choice, novel": "novel",
  "B5 choice, emergency": "emergency",
  "B4 weight": "reveal",
  "B4 power": "reveal",
} as Record<string, TuningSetName>);

/** Forecast date of a regular-session vote in the backtest: its session's first vote. */
function sessionStart(a: Pick<Assembly, "rollCalls">, period: number): string {
  let first = "9999-12-31";
  for (const r of a.rollCalls) if (r.period === period && r.date < first) first = r.date;
  return first;
}

/**
 * The segment kind of a roll call as the backtest sees it: emergency for a
 * vote of an emergency special session, else repeated when an earlier roll
 * call on the same text exists before `asOf` (`matchPrevious`), else novel.
 */
export function segmentKind(a: Pick<Assembly, "rollCalls">, target: RollCall, asOf: string): SegmentKind {
  checkAssembly(a, "assembly", ["rollCalls"]);
  checkRollCall(target, "target");
  checkString(asOf, "asOf", 10);
  if (target.kind === "emergency") return "emergency";
  return matchPrevious(a, target, { before: asOf }).length > 0 ? "repeated" : "novel";
}

/**
 * The tuning sets a roll call belongs to (empty: held out everywhere). A
 * regular-session vote's kind is judged as of its session's first vote, as
 * when it was tuned on.
 */
export function tuningSetsOf(a: Pick<Assembly, "rollCalls">, target: RollCall): TuningSetName[] {
  checkAssembly(a, "assembly", ["rollCalls"]);
  checkRollCall(target, "target");
  const out: TuningSetName[] = [];
  for (const [name, set] of Object.entries(TUNING_SETS) as [TuningSetName, TuningSet][]) {
    if (set.emergencyBefore !== null && target.kind === "emergency" && target.date < set.emergencyBefore) out.push(name);
    if (set.sessions === null || target.period < set.sessions[0] || target.period > set.sessions[1]) continue;
    if (set.kind === null || segmentKind(a, target, sessionStart(a, target.period)) === set.kind) out.push(name);
  }
  return out;
}

/** Whether a roll call's votes were in any tuning set ("tuning") or in none ("held-out"). */
export function reportingSet(a: Pick<Assembly, "rollCalls">, target: RollCall): "tuning" | "held-out" {
  return tuningSetsOf(a, target).length > 0 ? "tuning" : "held-out";
}

/**
 * Refuses to call a set of roll calls held out when any of them was in a
 * tuning set, naming the first such roll call and its sets.
 */
export function checkHeldOut(a: Pick<Assembly, "rollCalls">, rollCalls: readonly RollCall[]): void {
  checkAssembly(a, "assembly", ["rollCalls"]);
  if (!Array.isArray(rollCalls)) throw new PlenaryError(`invalid rollCalls; expected an array of roll calls: ${typeof rollCalls}`);
  for (const r of rollCalls) {
    const sets = tuningSetsOf(a, r);
    if (sets.length > 0) throw new PlenaryError(`not held out; ${r.symbol} (${r.date}) was in the tuning set(s): ${sets.join(", ")}`);
  }
}
