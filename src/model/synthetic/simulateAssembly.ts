import { checkFunction, checkObject } from "../../util/checkArgs.ts";
import { table } from "arquero";
import type { Assembly, MemberState, RollCall } from "../../data/types.ts";
import { ABSENT, ABSTAIN, CAT_ABSTAIN, CAT_NO, CAT_YES, CODE_OF_CATEGORY, NO, NOT_MEMBER, VOTE_LETTERS, YES } from "../../data/voteCodes.ts";
import { sigmoid } from "../orderedLogit.ts";
import { randomNormal } from "../seededRandom.ts";
import { resolveOptions } from "../../util/resolveOptions.ts";

/** Options of {@link simulateAssembly}. */
export interface SimulateOptions {
  /** Member states. Default 60; range [3, 1000]. The first is "USA", placed on the positive side. */
  states?: number;
  /** Regular sessions (periods 1..n). Default 10; range [1, 200]. */
  periods?: number;
  /** Roll calls per session. Default 30; range [1, 1000]. */
  rollCallsPerPeriod?: number;
  /** Latent dimensions, 1 (default) or 2. */
  dims?: 1 | 2;
  /** Random-walk standard deviation of positions between sessions. Default 0.25; range [0, 5]. */
  walkSd?: number;
  /** Probability a member state is absent on a regular-session roll call. Default 0.05; range [0, 1). */
  absentRate?: number;
  /** Share of states that join after the first session. Default 0.2; range [0, 1]. */
  lateJoiners?: number;
}

/** The parameters an assembly was simulated from. */
export interface SimulationTruth {
  dims: 1 | 2;
  /** Position of state s in period p (1-based) on dimension k: positions[((s * periods) + p - 1) * dims + k]; NaN when not a member. */
  positions: Float64Array;
  periods: number;
  /** Discrimination per roll call and dimension: beta[r * dims + k]. */
  beta: Float64Array;
  cutNo: Float64Array;
  cutYes: Float64Array;
}

const ISSUES = ["me", "nu", "di", "hr", "co", "ec"];

/** Defaults and ranges of SimulateOptions. */
const SIMULATE_SETTINGS = {
  states: { default: 60, range: "[3, 1000]", integer: true },
  periods: { default: 10, range: "[1, 200]", integer: true },
  rollCallsPerPeriod: { default: 30, range: "[1, 1000]", integer: true },
  dims: { default: 1, values: [1, 2] },
  walkSd: { default: 0.25, range: "[0, 5]" },
  absentRate: { default: 0.05, range: "[0, 1)" },
  lateJoiners: { default: 0.2, range: "[0, 1]" },
};

/**
 * Simulate a General Assembly from the dynamic ordinal ideal-point model
 * (Bailey, Strezhnev & Voeten 2017, with the logit link of ./orderedLogit.ts):
 * each state's position follows a Gaussian random walk across sessions, each
 * roll call has a discrimination and two cutpoints, and votes are drawn from
 * the ordered logit; absences are drawn independently (more often in
 * emergency special sessions). For tests, examples and checking recovery.
 * Cost: O(states x roll calls).
 *
 * @example
 * const { assembly, truth } = simulateAssembly({ states: 40, periods: 5 }, seededRandom(1));
 */
export function simulateAssembly(
  options: SimulateOptions,
  random: () => number,
): { assembly: Assembly; truth: SimulationTruth } {
  checkObject(options, "options");
  checkFunction(random, "random");
  const { states: nS, periods: nP, rollCallsPerPeriod: perP, dims, walkSd, absentRate, lateJoiners: late } = resolveOptions(SIMULATE_SETTINGS, options);

  // positions: random walks; late joiners enter at a random later session
  const positions = new Float64Array(nS * nP * dims).fill(NaN);
  const join = new Int32Array(nS).fill(1);
  for (let s = 0; s < nS; s++) {
    if (s > 0 && random() < late && nP > 1) join[s] = 2 + Math.floor(random() * (nP - 1));
    for (let k = 0; k < dims; k++) {
      let x = s === 0 ? (k === 0 ? 1.5 : 0.5) : randomNormal(random);
      for (let p = join[s]; p <= nP; p++) {
        if (p > join[s]) x += walkSd * randomNormal(random);
        positions[(s * nP + p - 1) * dims + k] = x;
      }
    }
  }

  const nR = nP * perP;
  const beta = new Float64Array(nR * dims);
  const cutNo = new Float64Array(nR);
  const cutYes = new Float64Array(nR);
  const codes = new Uint8Array(nR * nS);
  const period = new Int16Array(nR);
  const day = new Int32Array(nR);
  const rollCalls: RollCall[] = [];
  const voteRows: { iso3: string; undlId: number; vote: string }[] = [];
  const iso = (s: number) => (s === 0 ? "USA" : `S${String(s).padStart(3, "0")}`);
  for (let r = 0; r < nR; r++) {
    const p = 1 + Math.floor(r / perP);
    const k = r % perP;
    const emergency = k === perP - 1 && perP >= 10;
    for (let d = 0; d < dims; d++) {
      const sign = random() < 0.5 ? -1 : 1;
      beta[r * dims + d] = d === 0 ? sign * (0.8 + 1.2 * Math.abs(randomNormal(random))) : 0.8 * randomNormal(random);
    }
    cutNo[r] = -1.5 + randomNormal(random);
    cutYes[r] = cutNo[r] + 0.3 + 0.8 * -Math.log(1 - random());
    const dayNo = Math.round(Date.UTC(1945 + p, 8, 20) / 86_400_000) + 2 * k;
    const date = new Date(dayNo * 86_400_000).toISOString().slice(0, 10);
    period[r] = p;
    day[r] = dayNo;
    const stated = { yes: 0, no: 0, abstain: 0, absent: 0 };
    for (let s = 0; s < nS; s++) {
      let code = NOT_MEMBER;
      if (p >= join[s]) {
        if (random() < (emergency ? Math.min(0.9, 3 * absentRate) : absentRate)) code = ABSENT;
        else {
          let eta = 0;
          for (let d = 0; d < dims; d++) eta += beta[r * dims + d] * positions[(s * nP + p - 1) * dims + d];
          const u = random();
          const pNo = sigmoid(cutNo[r] - eta);
          const pNoAb = sigmoid(cutYes[r] - eta);
          code = CODE_OF_CATEGORY[u < pNo ? CAT_NO : u < pNoAb ? CAT_ABSTAIN : CAT_YES];
        }
        if (code === YES) stated.yes++;
        else if (code === ABSTAIN) stated.abstain++;
        else if (code === NO) stated.no++;
        else stated.absent++;
        voteRows.push({ iso3: iso(s), undlId: 100000 + r, vote: VOTE_LETTERS[code] });
      }
      codes[r * nS + s] = code;
    }
    const session = emergency ? `ES-${p}` : String(p);
    rollCalls.push({
      undlId: 100000 + r,
      symbol: emergency ? `A/RES/ES-${p}/${k + 1}` : `A/RES/${p}/${k + 1}`,
      date,
      session,
      period: p,
      kind: emergency ? "emergency" : "regular",
      title: `Simulated resolution ${k + 1}`, // the same title every session, like recurring UN resolutions
      stated,
      issues: [ISSUES[k % ISSUES.length]],
      important: false,
      voetenRcid: null,
    });
  }

  const states: MemberState[] = [];
  for (let s = 0; s < nS; s++) {
    const first = rollCalls.find((rc) => rc.period >= join[s])!.date;
    states.push({
      iso3: iso(s),
      name: s === 0 ? "United States" : `State ${s}`,
      group: "",
      m49: null,
      lat: null,
      lon: null,
      first,
      last: rollCalls[nR - 1].date,
      dissolved: false,
    });
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < codes.length; i++) h = Math.imul(h ^ codes[i], 0x01000193) >>> 0;
  const assembly: Assembly = {
    rollCalls,
    states,
    matrix: { nRollCalls: nR, nStates: nS, codes, period, day },
    fingerprint: `sim-${h.toString(16).padStart(8, "0")}`,
    tables: {
      rollCalls: table({
        undlId: rollCalls.map((r) => r.undlId),
        symbol: rollCalls.map((r) => r.symbol),
        date: rollCalls.map((r) => r.date),
        period: rollCalls.map((r) => r.period),
      }),
      votes: table({
        iso3: voteRows.map((v) => v.iso3),
        undlId: voteRows.map((v) => v.undlId),
        vote: voteRows.map((v) => v.vote),
      }),
      states: table({ iso3: states.map((s) => s.iso3), name: states.map((s) => s.name) }),
    },
  };
  return { assembly, truth: { dims: dims as 1 | 2, positions, periods: nP, beta, cutNo, cutYes } };
}
