import { describe, expect, it } from "vitest";
import { loadCouncil } from "../../src/council/loadCouncil.ts";
import { screenVetoFeatures } from "../../src/council/screenVetoFeatures.ts";
import { PERMANENT } from "../../src/council/types.ts";

describe("screenVetoFeatures", () => {
  const council = loadCouncil();
  const r = screenVetoFeatures([{ name: "intercept", features: ["intercept"], lambda: 0.25 }, { name: "kept", features: ["intercept", "permanent x log(1 + rival drafts)"], lambda: 0.25 }], { from: 2024, to: 2024, council });

  it("an intercept alone is the record's base rate: AUC one half, and the log-loss of that rate (hand-computed from the record)", () => {
    const share = (pred: (d: string) => boolean) => {
      let n = 0;
      let no = 0;
      for (const v of council.votes) {
        if (!v.reliable || !pred(v.date)) continue;
        for (const m of PERMANENT) if (v.votes[m]) {
          n++;
          if (v.votes[m] === "N") no++;
        }
      }
      return { n, no };
    };
    const train = share((d) => d < "2024-01-01");
    const test = share((d) => d.startsWith("2024-"));
    const p = train.no / train.n;
    const expected = -(test.no * Math.log(p) + (test.n - test.no) * Math.log(1 - p)) / test.n;
    expect(r.rows[0].auc).toBe(0.5);
    expect(r.rows[0].votes).toBe(test.n);
    expect(r.rows[0].noes).toBe(test.no);
    expect(r.rows[0].logLoss).toBeCloseTo(expected, 3);
  });

  it("competing drafts rank the 2024 noes above the other votes", () => {
    expect(r.rows[1].auc).toBeGreaterThan(r.rows[0].auc);
  });

  it("refuses an unknown feature, naming it and its set", () => {
    expect(() => screenVetoFeatures([{ name: "mine", features: ["intercept", "no such"], lambda: 1 }])).toThrow('invalid features of "mine"; not a feature of the Council model: "no such"');
  });
});
