/**
 * Synthetic inputs for the lobbying tests: a small assembly (states, roll
 * calls, vote matrix) and a PreparedForecast built by hand, so the tests of
 * src/simulate do not depend on a fitted model.
 */
import { REGIONAL_GROUPS } from "../../src/data/countryCatalog.ts";
import { ABSENT, ABSTAIN, NO, YES } from "../../src/data/voteCodes.ts";
import type { Assembly, MemberState, RollCall } from "../../src/data/types.ts";
import type { PreparedForecast } from "../../src/forecast/PreparedForecast.ts";
import { randomNormal, seededRandom } from "../../src/model/seededRandom.ts";
import type { Scenario } from "../../src/simulate/types.ts";

/** Number of synthetic states: USA (index 0, far on the yes side), RUS (index 1, far on the no side), then `code(2)` ... `code(27)`. */
export const N_STATES = 28;

/** ISO3-like codes of the synthetic states. */
export const ISO3 = ["USA", "RUS", ...Array.from({ length: N_STATES - 2 }, (_, i) => code(i + 2))];

/** "SAC" for 2, "SAD" for 3, ... (three capital letters, like an ISO3 code). */
export function code(s: number): string {
  return `S${String.fromCharCode(65 + Math.floor(s / 26))}${String.fromCharCode(65 + (s % 26))}`;
}

/** Latent position of each state: USA +3, RUS -3, the others spread evenly over [-2.5, 2.5]. */
export const POSITIONS = ISO3.map((_, s) => (s === 0 ? 3 : s === 1 ? -3 : -2.5 + (5 * (s - 2)) / (N_STATES - 3)));

/** A synthetic assembly whose 40 roll calls (sessions 75-76) follow the positions, so agreement with USA rises with position. */
export function syntheticAssembly(): Assembly {
  const random = seededRandom(7);
  const states: MemberState[] = ISO3.map((iso3, s) => ({
    iso3,
    name: iso3 === "USA" ? "United States" : iso3 === "RUS" ? "Russian Federation" : `State ${iso3}`,
    group: REGIONAL_GROUPS[s % REGIONAL_GROUPS.length],
    m49: null, lat: null, lon: null,
    first: "1990-01-01", last: "2022-12-31", dissolved: false,
  }));
  const R = 40;
  const rollCalls: RollCall[] = [];
  const codes = new Uint8Array(R * N_STATES);
  const period = new Int16Array(R);
  const day = new Int32Array(R);
  for (let r = 0; r < R; r++) {
    const date = `${r < 20 ? 2021 : 2022}-0${1 + (r % 9)}-${String(10 + (r % 15)).padStart(2, "0")}`;
    rollCalls.push({
      undlId: 1000 + r, symbol: `A/RES/SYN/${r + 1}`, date, session: r < 20 ? "75" : "76", period: r < 20 ? 75 : 76,
      kind: "regular", title: `Synthetic ${r + 1}`, stated: { yes: 0, no: 0, abstain: 0, absent: 0 }, issues: [], important: false, voetenRcid: null,
    });
    period[r] = r < 20 ? 75 : 76;
    const cut = randomNormal(random) * 1.5;
    for (let s = 0; s < N_STATES; s++) {
      const u = POSITIONS[s] - cut + randomNormal(random) * 0.5;
      codes[r * N_STATES + s] = random() < 0.05 ? ABSENT : u > 0.4 ? YES : u < -0.4 ? NO : ABSTAIN;
    }
  }
  rollCalls.sort((a, b) => (a.date < b.date ? -1 : 1));
  return {
    rollCalls, states,
    matrix: { nRollCalls: R, nStates: N_STATES, codes, period, day },
    fingerprint: "synthetic",
    tables: undefined as unknown as Assembly["tables"],
  };
}

/** Options of {@link syntheticPrepared}. */
export interface SyntheticOptions {
  draws?: number;
  seed?: number;
  rule?: "majority" | "two-thirds";
  /** Shift of every position (moves the whole assembly toward yes). Default 0. */
  offset?: number;
  /** Add a per-state cutpoint band (PreparedForecast.band): 0.1 + 0.05 x (s mod 4), and a turnout shock per draw (PreparedForecast.absentShock). Default false. */
  band?: boolean;
}

/**
 * A PreparedForecast by hand: eta = position + offset + N(0, 0.4^2) per draw,
 * cutpoints -0.5 and 0.5 plus N(0, 0.2^2) per draw, absence log-odds -2.5
 * (-1 for every fifth state), state 2 known to vote yes.
 */
export function syntheticPrepared(options: SyntheticOptions = {}): PreparedForecast {
  const D = options.draws ?? 2000;
  const S = N_STATES;
  const random = seededRandom(options.seed ?? 11);
  const eta = new Float64Array(D * S);
  const cutNo = new Float64Array(D);
  const cutYes = new Float64Array(D);
  for (let d = 0; d < D; d++) {
    const c = randomNormal(random) * 0.2;
    cutNo[d] = -0.5 + c;
    cutYes[d] = 0.5 + c;
    for (let s = 0; s < S; s++) eta[d * S + s] = POSITIONS[s] + (options.offset ?? 0) + randomNormal(random) * 0.4;
  }
  const absentLogit = Float64Array.from(ISO3, (_, s) => (s % 5 === 4 ? -1 : -2.5));
  const fixed = new Int8Array(S).fill(-1);
  fixed[2] = 2;
  const a = syntheticAssembly();
  const rule = options.rule ?? "two-thirds";
  return {
    spec: { title: "Synthetic resolution", asOf: "2022-10-11", rule, draws: D, seed: options.seed ?? 11, like: ["A/RES/SYN/1"] },
    rule,
    states: a.states.map((st) => ({ iso3: st.iso3, name: st.name, group: st.group })),
    nStates: S,
    nDraws: D,
    eta, cutNo, cutYes, absentLogit, fixed, uniformSeed: (options.seed ?? 11) ^ 0x5bd1e995,
    period: 77,
    component: new Int8Array(D),
    kind: "repeated",
    issue: null,
    resembling: [],
    components: [{ label: "like A/RES/SYN/1", prior: 1, posterior: 1 }],
    surprises: [],
    warnings: [],
    modelCutoff: "2022-10-11",
    ...(options.band
      ? { band: Float64Array.from({ length: D * S }, (_, i) => 0.1 + 0.05 * ((i % S) % 4)), absentShock: Float64Array.from({ length: D }, (_, d) => 0.8 * Math.sin(d) - 0.32) }
      : {}),
  };
}

/** A scenario on the synthetic forecast (the forecast field is not read when `prepared` is given). */
export function syntheticScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    title: "Synthetic lobbying",
    forecast: { title: "Synthetic resolution", asOf: "2022-10-11", like: ["A/RES/SYN/1"], rule: "two-thirds" },
    lists: { swing: { description: "states near the middle", members: [10, 11, 12, 13, 14, 15, 16, 17].map(code) } },
    interventions: [{ by: "USA", toward: "Y", targets: { list: "swing" }, strength: 1 }],
    ...overrides,
  };
}
