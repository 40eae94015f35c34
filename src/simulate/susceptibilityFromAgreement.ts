import { checkArray, checkObject } from "../util/checkArgs.ts";
import { mean } from "simple-statistics";
import { PlenaryError } from "../util/PlenaryError.ts";
/**
 * Default susceptibility of each member state to a lobbying side: its recent
 * agreement share with that side (see `agreementShares`) divided by the mean
 * share over the membership (the lobbying side itself left out). A state of
 * average closeness has susceptibility 1, so an intervention's `strength` is
 * the latent shift it buys from such a state; close allies move more, states
 * that usually vote the other way less. States without a common vote get 1.
 * The multiplier only scales the latent shift: how much a shift changes a
 * state's vote probabilities is left to the ordered logit, where a state far
 * from the roll call's cutpoints barely moves (Groseclose & Snyder 1996: the
 * cost of a vote grows with the legislator's distance from indifference).
 *
 * @example
 * susceptibilityFromAgreement({ GBR: 0.8, CUB: 0.2, USA: 1 }, ["GBR", "CUB", "USA"], ["USA"]); // { GBR: 1.6, CUB: 0.4, USA: 2 }
 */
export function susceptibilityFromAgreement(
  shares: Readonly<Record<string, number>>,
  members: readonly string[],
  by: readonly string[],
): Record<string, number> {
  checkObject(shares, "shares");
  checkArray(members, "members", "string");
  checkArray(by, "by", "string");
  const lobby = new Set(by);
  const others: number[] = [];
  for (const iso3 of members) {
    const v = shares[iso3];
    if (lobby.has(iso3) || v === undefined) continue;
    if (!(0 <= v && v <= 1)) throw new PlenaryError(`invalid shares.${iso3}; expected a share in [0, 1]: ${JSON.stringify(v)}`);
    others.push(v);
  }
  const average = others.length > 0 ? mean(others) : 0;
  const out: Record<string, number> = {};
  for (const iso3 of members) {
    const v = shares[iso3];
    out[iso3] = v === undefined || !(average > 0) ? 1 : v / average;
  }
  return out;
}
