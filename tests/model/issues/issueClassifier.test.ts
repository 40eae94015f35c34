import { describe, expect, it } from "vitest";
import { loadAssembly } from "../../../src/data/loadAssembly.ts";
import { fitIssueClassifier, issueAccuracy, predictIssue } from "../../../src/model/issues/issueClassifier.ts";
import { loadIssueClassifier } from "../../../src/model/issues/issueClassifierFile.ts";

describe("the committed issue classifier (models/issues.json)", () => {
  const c = loadIssueClassifier();
  it("was trained on sessions 1-65 only and reports its held-out accuracy on 66-74", () => {
    expect(c.sessions).toEqual([1, 65]);
    expect(c.heldOut?.sessions).toEqual([66, 74]);
    expect(c.heldOut!.accuracy).toBeGreaterThan(0.8);
  });
  it("reproduces its held-out accuracy on the embedded data", () => {
    const a = loadAssembly();
    const acc = issueAccuracy(c, a.rollCalls.filter((r) => r.period >= 66 && r.period <= 74));
    expect(acc.rollCalls).toBe(c.heldOut!.rollCalls);
    expect(acc.accuracy).toBeCloseTo(c.heldOut!.accuracy, 4);
  });
  it("names the obvious areas", () => {
    expect(predictIssue(c, "Situation of human rights in the Islamic Republic of Iran").code).toBe("hr");
    expect(predictIssue(c, "Towards a nuclear-weapon-free world: accelerating the implementation of nuclear disarmament commitments").code).toBe("nu");
    // Voeten codes this text both "me" and "hr"; either is right
    expect(["me", "hr"]).toContain(predictIssue(c, "Israeli practices affecting the human rights of the Palestinian people in the Occupied Palestinian Territory").code);
    expect(predictIssue(c, "International trade and development").code).toBe("ec");
  });
  it("refuses a broken file, naming it", () => {
    expect(() => loadIssueClassifier("/nonexistent/issues.json")).toThrow('invalid issue classifier file; cannot read "/nonexistent/issues.json": no such file or folder (ENOENT)');
  });
});

describe("fitIssueClassifier", () => {
  it("refuses a range with too few coded roll calls", () => {
    const a = loadAssembly();
    expect(() => fitIssueClassifier(a.rollCalls, { sessions: [79, 80] })).toThrow("invalid sessions; only 0 coded roll calls in sessions 79-80");
  });
});
