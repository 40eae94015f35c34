import { PlenaryError } from "../util/PlenaryError.ts";

/** One bin of the veto reliability table: permanent members' votes given P(no) in [from, to). */
export interface VetoCalibrationBin {
  from: number;
  to: number;
  /** Permanent members' votes in the bin. */
  votes: number;
  /** Their mean forecast P(no). */
  meanP: number;
  /** Their share of actual noes. */
  observed: number;
}

/** Edges of the bins: P(no) is small for most votes, so the low end is cut finely. */
export const VETO_BINS = [0, 0.02, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1] as const;

/**
 * The veto reliability table: permanent members' votes binned by their
 * forecast P(no) (VETO_BINS; the last bin includes 1), each bin's mean
 * forecast beside the share of noes it held. A calibrated forecast has the
 * two close; empty bins are left out.
 *
 * @example
 * vetoCalibration([{ p: 0.5, no: true }, { p: 0.45, no: false }]); // one bin, 0.4-0.6: meanP 0.475, observed 0.5
 */
export function vetoCalibration(xs: readonly { p: number; no: boolean }[]): VetoCalibrationBin[] {
  if (!Array.isArray(xs)) throw new PlenaryError(`invalid votes; expected an array of { p, no }: ${JSON.stringify(xs)?.slice(0, 80)}`);
  const n = VETO_BINS.length - 1;
  const count = new Array<number>(n).fill(0);
  const sumP = new Array<number>(n).fill(0);
  const noes = new Array<number>(n).fill(0);
  xs.forEach((x, k) => {
    if (!(typeof x?.p === "number" && x.p >= 0 && x.p <= 1 && typeof x.no === "boolean")) throw new PlenaryError(`invalid votes[${k}]; expected { p: a probability, no: a boolean }: ${JSON.stringify(x)}`);
    let b = 0;
    while (b < n - 1 && x.p >= VETO_BINS[b + 1]) b++;
    count[b]++;
    sumP[b] += x.p;
    if (x.no) noes[b]++;
  });
  const out: VetoCalibrationBin[] = [];
  for (let b = 0; b < n; b++) if (count[b]) out.push({ from: VETO_BINS[b], to: VETO_BINS[b + 1], votes: count[b], meanP: sumP[b] / count[b], observed: noes[b] / count[b] });
  return out;
}
