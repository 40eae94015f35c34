/**
 * The committed models (models/cutoff-*.json) are fresh fits: each is what
 * `scripts/fitModels.ts` fits now on the embedded data, within a tolerance.
 * A rotating sample keeps the test fast: one model a day (by the UTC day
 * number), `MODELS_CHECK=all` for every one.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadAssembly } from "../../src/data/loadAssembly.ts";
import { fitIdealPoints } from "../../src/model/idealPoints/fitIdealPoints.ts";
import { loadModel } from "../../src/model/loadModel.ts";

const DIR = fileURLToPath(new URL("../../models", import.meta.url));
const files = readdirSync(DIR).filter((f) => /^cutoff-\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort();
const day = Math.floor(Date.now() / 86_400_000);
const sample = process.env.MODELS_CHECK === "all" ? files : [files[day % files.length]];

describe("committed models are fresh fits (within 0.002 on every position and cutpoint; rounding alone gives 5e-5)", () => {
  const a = loadAssembly();
  for (const file of sample) {
    it(file, () => {
      const saved = loadModel(join(DIR, file), { fingerprint: a.fingerprint });
      // the fit of scripts/fitModels.ts: the 30 years before the cutoff, default options
      const fresh = fitIdealPoints(a, { from: saved.from, until: saved.cutoff });
      expect(fresh.options).toEqual(saved.options);
      expect([fresh.from, fresh.cutoff, fresh.fingerprint]).toEqual([saved.from, saved.cutoff, saved.fingerprint]);
      expect(fresh.states.map((s) => s.iso3)).toEqual(saved.states.map((s) => s.iso3));
      let worst = 0;
      fresh.states.forEach((s, i) => {
        expect(s.periods).toEqual(saved.states[i].periods);
        s.mean.forEach((m, t) => m.forEach((x, d) => (worst = Math.max(worst, Math.abs(x - saved.states[i].mean[t][d])))));
      });
      expect(fresh.rollCalls.map((r) => r.undlId)).toEqual(saved.rollCalls.map((r) => r.undlId));
      fresh.rollCalls.forEach((r, i) => {
        const s = saved.rollCalls[i];
        worst = Math.max(worst, Math.abs(r.cutNo - s.cutNo), Math.abs(r.cutYes - s.cutYes), ...r.beta.map((b, d) => Math.abs(b - s.beta[d])));
      });
      expect(worst).toBeLessThan(0.002);
      expect(Math.abs(fresh.stats.correctlyClassified - saved.stats.correctlyClassified)).toBeLessThan(1e-4);
    }, 120_000);
  }
});
