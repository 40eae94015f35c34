import { checkArray, checkObject, checkString } from "../../util/checkArgs.ts";
import type { Assembly } from "../../data/types.ts";
import { NOT_MEMBER, letterOfCode, type VoteLetter } from "../../data/voteCodes.ts";
import type { RollCallParams } from "../types.ts";

/** Bloc leaders whose votes are cues by default; "RUS" stands for the USSR ("SUN") before 1991. */
export const DEFAULT_LEADERS = ["USA", "RUS", "CHN", "IND", "BRA", "ZAF"];
/** Voeten's six issue codes, one indicator feature each. */
export const ISSUE_CODES = ["me", "nu", "di", "hr", "co", "ec"];

/** Feature names for the given dimensions and leaders. */
export function featureNames(dims: number, leaders: string[]): string[] {
  return [
    ...Array.from({ length: dims }, (_, k) => `beta${k + 1}`),
    "cutNo",
    "cutYes",
    ...ISSUE_CODES.map((c) => `issue:${c}`),
    ...leaders.map((l) => `leader:${l}`),
  ];
}

/**
 * The cue vector of a roll call for a state's logistic tendency: the roll
 * call's ideal-point parameters (beta per dimension, cutNo, cutYes), an
 * indicator per Voeten issue code, and each bloc leader's vote (yes 1, no -1,
 * abstain/absent/unknown 0; a leader's own vote is not a cue for itself).
 *
 * @example
 * const params = model.rollCalls.at(-1)!; // a fitted roll call
 * logisticTendencyFeatures(params, ["me"], { USA: "N" }, DEFAULT_LEADERS, "FRA").length; // 15
 */
export function logisticTendencyFeatures(
  params: Pick<RollCallParams, "beta" | "cutNo" | "cutYes">,
  issues: readonly string[],
  leaderVotes: Readonly<Record<string, VoteLetter | undefined>>,
  leaders: readonly string[],
  iso3: string,
): number[] {
  checkObject(params, "params");
  checkArray(params.beta, "params.beta");
  checkArray(issues, "issues", "string");
  checkObject(leaderVotes, "leaderVotes");
  checkArray(leaders, "leaders", "string");
  checkString(iso3, "iso3", 8);
  return [
    ...params.beta,
    params.cutNo,
    params.cutYes,
    ...ISSUE_CODES.map((c) => (issues.includes(c) ? 1 : 0)),
    ...leaders.map((l) => (l === iso3 ? 0 : leaderVotes[l] === "Y" ? 1 : leaderVotes[l] === "N" ? -1 : 0)),
  ];
}

/** How each leader voted on matrix row r ("RUS" falls back to "SUN" when Russia was not yet a member). */
export function leaderVotes(assembly: Assembly, r: number, leaders: readonly string[]): Record<string, VoteLetter | undefined> {
  const { codes, nStates } = assembly.matrix;
  const out: Record<string, VoteLetter | undefined> = {};
  for (const l of leaders) {
    let c = assembly.states.findIndex((s) => s.iso3 === l);
    if (l === "RUS" && (c < 0 || codes[r * nStates + c] === NOT_MEMBER)) c = assembly.states.findIndex((s) => s.iso3 === "SUN");
    const code = c < 0 ? NOT_MEMBER : codes[r * nStates + c];
    out[l] = letterOfCode(code);
  }
  return out;
}
