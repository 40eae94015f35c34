import { PlenaryError } from "../util/PlenaryError.ts";
import type { OutcomeShift, PreparedForecast } from "../forecast/PreparedForecast.ts";
import type { Toward } from "./types.ts";

/**
 * An intervention on trusted, index-based data: targets are indices into
 * `PreparedForecast.states`, each with its susceptibility multiplier.
 * Private to src/simulate (`runScenario` validates and resolves into it).
 */
export interface AppliedIntervention {
  label: string;
  by: string[];
  toward: Toward;
  /** Shift on the latent scale for susceptibility 1; >= 0. */
  strength: number;
  /** Indices of the states moved (no duplicates, no lobbyists, no known positions). */
  targets: Int32Array;
  /** Susceptibility per target, same length as `targets`; >= 0. */
  susceptibility: Float64Array;
  /**
   * When the strength was given in typical campaigns: the latent strength of one campaign (the estimate) and,
   * per draw, the strength of one campaign drawn from the estimate's uncertainty (common random numbers). The
   * shift of draw d is then strength / unit x scale[d] x susceptibility; `strength` stays the point value.
   */
  campaign?: { unit: number; scale: Float64Array };
}

/** Per-state lobbying effort summed over interventions: latent shift toward yes, pull toward abstention, shift of the absence log-odds. */
export interface LobbyingEffort {
  eta: Float64Array;
  pull: Float64Array;
  absent: Float64Array;
  /** States any intervention targets, ascending. */
  affected: Int32Array;
  /** The part of the yes/no shift whose size varies by draw (strengths in campaigns), if any. */
  scaled?: { eta: Float64Array; scale: Float64Array };
}

/**
 * Sums interventions into per-state effort: "Y" adds strength x
 * susceptibility to the utility of yes, "N" subtracts it, "A" adds it to the
 * pull toward the middle of the cutpoints, "attend" subtracts it from the
 * absence log-odds and "stay away" adds it. Effects of several interventions
 * on the same state add up, so a counter-lobby of equal strength and
 * susceptibility cancels exactly.
 */
export function lobbyingEffort(nStates: number, interventions: readonly AppliedIntervention[]): LobbyingEffort {
  const eta = new Float64Array(nStates);
  const pull = new Float64Array(nStates);
  const absent = new Float64Array(nStates);
  const hit = new Uint8Array(nStates);
  let scaled: LobbyingEffort["scaled"];
  for (const iv of interventions) {
    const { targets, susceptibility, strength } = iv;
    if (iv.campaign && (iv.toward === "Y" || iv.toward === "N")) {
      if (!scaled) scaled = { eta: new Float64Array(nStates), scale: iv.campaign.scale };
      const campaigns = strength / iv.campaign.unit;
      for (let t = 0; t < targets.length; t++) {
        const amount = campaigns * susceptibility[t];
        hit[targets[t]] = 1;
        scaled.eta[targets[t]] += iv.toward === "Y" ? amount : -amount;
      }
      continue;
    }
    for (let t = 0; t < targets.length; t++) {
      const s = targets[t];
      const amount = strength * susceptibility[t];
      hit[s] = 1;
      switch (iv.toward) {
        case "Y": eta[s] += amount; break;
        case "N": eta[s] -= amount; break;
        case "A": pull[s] += amount; break;
        case "attend": absent[s] -= amount; break;
        case "stay away": absent[s] += amount; break;
      }
    }
  }
  const affected: number[] = [];
  for (let s = 0; s < nStates; s++) if (hit[s]) affected.push(s);
  return { eta, pull, absent, affected: Int32Array.from(affected), ...(scaled ? { scaled } : {}) };
}

/** The shift of an effort without the pull toward abstention (for `statesOutcome` with `pull`). */
export function constantShift(effort: LobbyingEffort): OutcomeShift {
  return { eta: effort.eta, absentLogit: effort.absent, ...(effort.scaled ? { scaled: effort.scaled } : {}) };
}

/**
 * The `OutcomeShift` that `simulateOutcome` applies for an effort. The pull
 * toward abstention moves each draw's utility (after the yes/no shift)
 * toward the middle of that draw's cutpoints (the state's own, which the
 * prepared `band` widens symmetrically, so the middle is the same) by at most the pull, never past
 * it, so it needs a per-draw shift (`etaByDraw`, nDraws x nStates); it is
 * only allocated when some pull is positive. Cost: O(draws x affected states).
 */
export function lobbyingShift(prepared: PreparedForecast, effort: LobbyingEffort): OutcomeShift {
  const shift = constantShift(effort);
  let anyPull = false;
  for (const s of effort.affected) if (effort.pull[s] > 0) anyPull = true;
  if (!anyPull) return shift;
  if (effort.scaled) throw new PlenaryError("invalid interventions; a strength in campaigns cannot be combined with an intervention toward \"A\" in the same scenario");
  const { nStates: S, nDraws: D, eta, cutNo, cutYes } = prepared;
  const pulled = Array.from(effort.affected).filter((s) => effort.pull[s] > 0);
  const byDraw = new Float64Array(S * D);
  for (let d = 0; d < D; d++) {
    const mid = 0.5 * (cutNo[d] + cutYes[d]);
    for (const s of pulled) {
      const i = d * S + s;
      const p = effort.pull[s];
      let e = eta[i];
      e += effort.eta[s];
      const gap = mid - e;
      byDraw[i] = gap > p ? p : gap < -p ? -p : gap;
    }
  }
  shift.etaByDraw = byDraw;
  return shift;
}

