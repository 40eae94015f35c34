import { PlenaryError } from "../util/PlenaryError.ts";
/**
 * Every encoding of a vote, and the conversions between them, in one place.
 * Abstain and absent are different things and are never merged: abstain is a
 * vote, absent (non-voting) is not.
 *
 * | outcome     | data code (matrix) | model category | outcome code (forecast draws) | letter |
 * | ----------- | ------------------ | -------------- | ----------------------------- | ------ |
 * | not member  | NOT_MEMBER = 0     | none (-1)      | none (-1)                     | ""     |
 * | yes         | YES = 1            | CAT_YES = 2    | OUTCOME_YES = 2               | "Y"    |
 * | abstain     | ABSTAIN = 2        | CAT_ABSTAIN = 1| OUTCOME_ABSTAIN = 1           | "A"    |
 * | no          | NO = 3             | CAT_NO = 0     | OUTCOME_NO = 0                | "N"    |
 * | absent      | ABSENT = 4         | none (-1)      | OUTCOME_ABSENT = 3            | "X"    |
 *
 * - Data codes: the dense vote matrix (`Assembly.matrix.codes`), in the UN
 *   records' order yes, abstain, no, non-voting; 0 for a state that was not a
 *   member on that date.
 * - Model categories: the ordered logit's order, ascending in the latent
 *   utility (no < abstain < yes); only votes have one.
 * - Outcome codes: a sampled outcome of one state in one forecast draw
 *   (`PreparedForecast.fixed`, `statesOutcome`): the model categories plus
 *   absent = 3.
 * - Letters: the UN records' one-letter codes (Y, A, N, X), used in files,
 *   specs (`known`) and the exploration tables.
 *
 * The lookup tables (`MODEL_CATEGORY`, `OUTCOME_OF_CODE`, `VOTE_LETTERS`) are
 * indexed by data code, for loops over the matrix; the functions check their
 * argument and are for everything else.
 */

/** Data code: not a member of the Assembly on that date (not a vote, not an absence). */
export const NOT_MEMBER = 0;
/** Data code: yes. */
export const YES = 1;
/** Data code: abstain (a vote). */
export const ABSTAIN = 2;
/** Data code: no. */
export const NO = 3;
/** Data code: absent (non-voting; not a vote). */
export const ABSENT = 4;

/** A data code of the vote matrix: 0 not a member, 1 yes, 2 abstain, 3 no, 4 absent. */
export type VoteCode = typeof NOT_MEMBER | typeof YES | typeof ABSTAIN | typeof NO | typeof ABSENT;

/** Model category: no (the lowest latent utility). */
export const CAT_NO = 0;
/** Model category: abstain. */
export const CAT_ABSTAIN = 1;
/** Model category: yes (the highest latent utility). */
export const CAT_YES = 2;

/** A model category of the ordered logit: 0 no, 1 abstain, 2 yes. */
export type ModelCategory = typeof CAT_NO | typeof CAT_ABSTAIN | typeof CAT_YES;

/** Outcome code of a forecast draw: no. */
export const OUTCOME_NO = 0;
/** Outcome code of a forecast draw: abstain. */
export const OUTCOME_ABSTAIN = 1;
/** Outcome code of a forecast draw: yes. */
export const OUTCOME_YES = 2;
/** Outcome code of a forecast draw: absent. */
export const OUTCOME_ABSENT = 3;

/** An outcome code of a forecast draw: 0 no, 1 abstain, 2 yes, 3 absent (the model categories plus absent). */
export type OutcomeCode = typeof OUTCOME_NO | typeof OUTCOME_ABSTAIN | typeof OUTCOME_YES | typeof OUTCOME_ABSENT;

/** One-letter vote codes as in the UN records: Y yes, A abstain, N no, X non-voting (absent). */
export type VoteLetter = "Y" | "A" | "N" | "X";

/** Letter for each data code (index = data code); "" for not a member. */
export const VOTE_LETTERS: readonly string[] = ["", "Y", "A", "N", "X"];

/** Model category for each data code (index = data code); -1 for not a member and absent. For hot loops. */
export const MODEL_CATEGORY: readonly number[] = [-1, CAT_YES, CAT_ABSTAIN, CAT_NO, -1];

/** Outcome code for each data code (index = data code); -1 for not a member. For hot loops. */
export const OUTCOME_OF_CODE: readonly number[] = [-1, OUTCOME_YES, OUTCOME_ABSTAIN, OUTCOME_NO, OUTCOME_ABSENT];

/**
 * The backtest's class order for a data code (yes first: 0 yes, 1 abstain,
 * 2 no; -1 for absent and not a member), the reverse of the model
 * categories. For hot loops.
 */
export const YES_FIRST_CLASS: readonly number[] = [-1, 0, 1, 2, -1];

/** Data code for each model category (index = category): no 3, abstain 2, yes 1. For hot loops. */
export const CODE_OF_CATEGORY: readonly VoteCode[] = [NO, ABSTAIN, YES];

const CODE_OF_LETTER: Readonly<Record<VoteLetter, VoteCode>> = { Y: YES, A: ABSTAIN, N: NO, X: ABSENT };
const OUTCOME_OF_LETTER: Readonly<Record<VoteLetter, OutcomeCode>> = { Y: OUTCOME_YES, A: OUTCOME_ABSTAIN, N: OUTCOME_NO, X: OUTCOME_ABSENT };

function checkCode(code: number): void {
  if (!(Number.isInteger(code) && NOT_MEMBER <= code && code <= ABSENT)) throw new PlenaryError(`invalid vote code; expected an integer in [0, 4]: ${code}`);
}

/** True for the three votes (yes, abstain, no); false for absent and not a member. */
export function isVote(code: number): boolean {
  return code === YES || code === ABSTAIN || code === NO;
}

/**
 * The ordered logit's category of a data code: 2 yes, 1 abstain, 0 no, -1
 * for absent and not a member (they are not votes).
 *
 * @example
 * modelCategory(YES); // 2
 * modelCategory(ABSENT); // -1
 */
export function modelCategory(code: number): ModelCategory | -1 {
  checkCode(code);
  return MODEL_CATEGORY[code] as ModelCategory | -1;
}

/**
 * The outcome code of a data code (3 for absent), or -1 for not a member.
 *
 * @example
 * outcomeCode(ABSENT); // 3
 */
export function outcomeCode(code: number): OutcomeCode | -1 {
  checkCode(code);
  return OUTCOME_OF_CODE[code] as OutcomeCode | -1;
}

/**
 * The letter of a data code, or undefined for not a member.
 *
 * @example
 * letterOfCode(NO); // "N"
 * letterOfCode(NOT_MEMBER); // undefined
 */
export function letterOfCode(code: number): VoteLetter | undefined {
  checkCode(code);
  return code === NOT_MEMBER ? undefined : (VOTE_LETTERS[code] as VoteLetter);
}

/**
 * The data code of a letter.
 *
 * @example
 * codeOfLetter("X"); // 4
 */
export function codeOfLetter(letter: string): VoteCode {
  const code = CODE_OF_LETTER[letter as VoteLetter];
  if (code === undefined) throw new PlenaryError(`invalid vote letter; expected one of Y, A, N, X: ${JSON.stringify(letter)}`);
  return code;
}

/**
 * The outcome code of a letter (as for a known position in a forecast spec).
 *
 * @example
 * outcomeOfLetter("Y"); // 2
 */
export function outcomeOfLetter(letter: string): OutcomeCode {
  const code = OUTCOME_OF_LETTER[letter as VoteLetter];
  if (code === undefined) throw new PlenaryError(`invalid vote letter; expected one of Y, A, N, X: ${JSON.stringify(letter)}`);
  return code;
}

/**
 * The letter of a model category.
 *
 * @example
 * letterOfCategory(CAT_ABSTAIN); // "A"
 */
export function letterOfCategory(cat: number): "Y" | "A" | "N" {
  if (cat === CAT_YES) return "Y";
  if (cat === CAT_ABSTAIN) return "A";
  if (cat === CAT_NO) return "N";
  throw new PlenaryError(`invalid model category; expected 0 (no), 1 (abstain) or 2 (yes): ${cat}`);
}

/**
 * The letter of an outcome code (OUTCOME_NO 0, OUTCOME_ABSTAIN 1, OUTCOME_YES 2, OUTCOME_ABSENT 3).
 *
 * @example
 * letterOfOutcome(3); // "X"
 */
export function letterOfOutcome(outcome: number): "Y" | "A" | "N" | "X" {
  return outcome === OUTCOME_ABSENT ? "X" : letterOfCategory(outcome);
}
