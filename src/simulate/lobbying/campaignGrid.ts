import type { Assembly, RollCall } from "../../data/types.ts";
import { ABSTAIN, NO, YES } from "../../data/voteCodes.ts";
import { prepareForecast } from "../../forecast/prepareForecast.ts";
import { statesOutcome } from "../../forecast/statesOutcome.ts";
import { agreementShares } from "../agreementShares.ts";
import { susceptibilityFromAgreement } from "../susceptibilityFromAgreement.ts";
import { checkAssembly, checkModel, checkObject, checkRollCall } from "../../util/checkArgs.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";
import type { FittedModel } from "../../model/types.ts";

/** The latent shifts (toward the lobbying state's vote) at which every vote's forecast is evaluated: -3 to 5 by 0.1. */
export const CAMPAIGN_GRID: readonly number[] = Array.from({ length: 81 }, (_, g) => Math.round((-3 + 0.1 * g) * 100) / 100);

/**
 * One past roll call's forecast (as of the day before, the lobbying state's
 * vote known) evaluated at every shift of {@link CAMPAIGN_GRID}: per state,
 * the log-probability of its actual vote and the probabilities of voting yes
 * and of voting as the lobbying state did, had every state been moved that
 * far toward the lobbying state's vote. Arrays are state-major
 * (`loglik[k * grid.length + g]`). Everything the campaign fit needs, so that
 * fitting strengths and responsiveness never re-runs a forecast.
 */
export interface CampaignGrid {
  symbol: string;
  /** Row of the roll call in `assembly.rollCalls`. */
  row: number;
  date: string;
  period: number;
  title: string;
  important: boolean;
  /** The lobbying state's vote, the direction of the shift. */
  toward: "Y" | "N";
  /** Cutoff of the model the forecast used. */
  modelCutoff: string;
  /** ISO3 of the states forecast (members as of the date), lobbying state included. */
  states: string[];
  /** log P(actual vote | present) at each shift; NaN for the lobbying state and states absent or not voting. */
  loglik: Float32Array;
  /** P(yes) (absence included) at each shift. */
  pYes: Float32Array;
  /** P(voting as the lobbying state did) (absence included) at each shift. */
  pToward: Float32Array;
  /** Agreement-based susceptibility of each state to the lobbying state (susceptibilityFromAgreement). */
  agreement: Float32Array;
  /** Actual yes count and count voting as the lobbying state did (the lobbying state left out). */
  actualYes: number;
  actualToward: number;
}

/** Options of {@link campaignGrid}. */
export interface CampaignGridOptions {
  /** The lobbying state. Default "USA". */
  by?: string;
  /** Monte Carlo draws of each forecast. Default 500; range [100, 100000]. */
  draws?: number;
  /** Seed of each forecast. Default 1. */
  seed?: number;
}

/**
 * Forecasts one past roll call the way a user would have the day before
 * (title only, resembling votes found by retrieval, the lobbying state's
 * vote known, the given model) and evaluates it at every shift of
 * {@link CAMPAIGN_GRID} with the scenario engine's own kernel
 * (`statesOutcome` with a latent shift toward the lobbying state's vote, as
 * an intervention of that strength with susceptibility 1 applies it).
 * Returns null when the lobbying state did not vote yes or no. Cost: one
 * forecast plus 81 evaluations, about 0.5 s at 500 draws.
 *
 * @example
 * const a = loadAssembly();
 * const row = a.rollCalls.findIndex((r) => r.symbol === "A/RES/72/250");
 * const grid = campaignGrid(a, row, modelForAsOf(a, "2017-11-01"));
 */
export function campaignGrid(assembly: Assembly, row: number, model: FittedModel, options: CampaignGridOptions = {}): CampaignGrid | null {
  checkAssembly(assembly);
  checkModel(model);
  checkObject(options, "options");
  if (!(Number.isInteger(row) && 0 <= row && row < assembly.rollCalls.length)) throw new PlenaryError(`invalid row; expected a roll call index in [0, ${assembly.rollCalls.length - 1}]: ${JSON.stringify(row)}`);
  const by = options.by ?? "USA";
  const draws = options.draws ?? 500;
  const seed = options.seed ?? 1;
  if (!(Number.isInteger(draws) && 100 <= draws && draws <= 100_000)) throw new PlenaryError(`invalid draws; expected a whole number in [100, 100000]: ${JSON.stringify(draws)}`);
  const rc: RollCall = assembly.rollCalls[row];
  checkRollCall(rc, "rollCall");
  const { codes, nStates: N } = assembly.matrix;
  const column = new Map(assembly.states.map((s, i) => [s.iso3, i]));
  const byCol = column.get(by);
  if (byCol === undefined) throw new PlenaryError(`invalid by; unknown ISO3 code: ${JSON.stringify(by)}`);
  const byCode = codes[row * N + byCol];
  if (byCode !== YES && byCode !== NO) return null;
  const toward = byCode === YES ? "Y" : "N";
  const prepared = prepareForecast(
    { title: rc.title || rc.symbol, asOf: rc.date, session: rc.session, rule: "majority", draws, seed, known: { [by]: toward } },
    { assembly, model },
  );
  const S = prepared.nStates;
  const G = CAMPAIGN_GRID.length;
  const states = prepared.states.map((s) => s.iso3);
  const all = Int32Array.from({ length: S }, (_, k) => k);
  const loglik = new Float32Array(S * G);
  const pYes = new Float32Array(S * G);
  const pToward = new Float32Array(S * G);
  const actual = states.map((iso3) => codes[row * N + column.get(iso3)!]);
  const sign = toward === "Y" ? 1 : -1;
  for (let g = 0; g < G; g++) {
    const eta = new Float64Array(S).fill(sign * CAMPAIGN_GRID[g]);
    const probs = statesOutcome(prepared, { eta }, all);
    for (let k = 0; k < S; k++) {
      const p = probs[k];
      const i = k * G + g;
      pYes[i] = p.pYes;
      pToward[i] = toward === "Y" ? p.pYes : p.pNo;
      const present = p.pYes + p.pAbstain + p.pNo;
      const code = actual[k];
      const hit = code === YES ? p.pYes : code === ABSTAIN ? p.pAbstain : code === NO ? p.pNo : NaN;
      loglik[i] = states[k] === by || !(present > 0) ? NaN : Math.log(Math.max(hit / present, 1e-12));
    }
  }
  let actualYes = 0;
  let actualToward = 0;
  actual.forEach((code, k) => {
    if (states[k] === by) return;
    if (code === YES) actualYes++;
    if (code === byCode) actualToward++;
  });
  const susc = susceptibilityFromAgreement(agreementShares(assembly, [by], { asOf: rc.date }), states, [by]);
  return {
    symbol: rc.symbol,
    row,
    date: rc.date,
    period: rc.period,
    title: rc.title,
    important: rc.important,
    toward,
    modelCutoff: prepared.modelCutoff,
    states,
    loglik,
    pYes,
    pToward,
    agreement: Float32Array.from(states, (s) => susc[s]),
    actualYes: actualYes + (byCode === YES ? 1 : 0),
    actualToward,
  };
}
