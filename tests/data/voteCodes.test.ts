import { describe, expect, it } from "vitest";
import {
  ABSENT, ABSTAIN, CAT_ABSTAIN, CAT_NO, CAT_YES, CODE_OF_CATEGORY, NO, NOT_MEMBER, OUTCOME_ABSENT, OUTCOME_ABSTAIN, OUTCOME_NO, OUTCOME_YES,
  VOTE_LETTERS, YES, YES_FIRST_CLASS, codeOfLetter, isVote, letterOfCategory, letterOfCode, modelCategory, outcomeCode, outcomeOfLetter,
} from "../../src/data/voteCodes.ts";

describe("vote codes", () => {
  it("convert consistently between data codes, model categories, outcome codes and letters", () => {
    // oracle: the UN records' letters for each outcome, written out by hand
    const rows = [
      { code: YES, letter: "Y", cat: CAT_YES, outcome: OUTCOME_YES },
      { code: ABSTAIN, letter: "A", cat: CAT_ABSTAIN, outcome: OUTCOME_ABSTAIN },
      { code: NO, letter: "N", cat: CAT_NO, outcome: OUTCOME_NO },
      { code: ABSENT, letter: "X", cat: -1, outcome: OUTCOME_ABSENT },
    ];
    for (const r of rows) {
      expect(letterOfCode(r.code)).toBe(r.letter);
      expect(VOTE_LETTERS[r.code]).toBe(r.letter);
      expect(codeOfLetter(r.letter)).toBe(r.code);
      expect(outcomeOfLetter(r.letter)).toBe(r.outcome);
      expect(outcomeCode(r.code)).toBe(r.outcome);
      expect(modelCategory(r.code)).toBe(r.cat);
      expect(isVote(r.code)).toBe(r.cat >= 0);
      if (r.cat >= 0) {
        expect(CODE_OF_CATEGORY[r.cat]).toBe(r.code);
        expect(letterOfCategory(r.cat)).toBe(r.letter);
      }
    }
    expect(letterOfCode(NOT_MEMBER)).toBeUndefined();
    expect(modelCategory(NOT_MEMBER)).toBe(-1);
    expect(outcomeCode(NOT_MEMBER)).toBe(-1);
    expect(isVote(NOT_MEMBER)).toBe(false);
    expect([YES, ABSTAIN, NO].map((c) => YES_FIRST_CLASS[c])).toEqual([0, 1, 2]); // the backtest's yes-first order
  });

  it("the model categories are the outcome codes without absent, as the forecast's draws use them", () => {
    expect([OUTCOME_NO, OUTCOME_ABSTAIN, OUTCOME_YES]).toEqual([CAT_NO, CAT_ABSTAIN, CAT_YES]);
  });

  it("refuses what is not a code or a letter, naming the value", () => {
    expect(() => modelCategory(5)).toThrow("invalid vote code; expected an integer in [0, 4]: 5");
    expect(() => letterOfCode(1.5)).toThrow("invalid vote code; expected an integer in [0, 4]: 1.5");
    expect(() => codeOfLetter("y")).toThrow('invalid vote letter; expected one of Y, A, N, X: "y"');
    expect(() => outcomeOfLetter("")).toThrow('invalid vote letter; expected one of Y, A, N, X: ""');
    expect(() => letterOfCategory(3)).toThrow("invalid model category; expected 0 (no), 1 (abstain) or 2 (yes): 3");
  });
});
