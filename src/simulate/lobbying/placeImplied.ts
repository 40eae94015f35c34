import { PlenaryError } from "../../util/PlenaryError.ts";
import { checkNumber, checkObject } from "../../util/checkArgs.ts";

/** Where an implied strength (in typical campaigns) falls among past roll calls' implied strengths. */
export interface ImpliedPlacement {
  /** The implied strength in typical campaigns. */
  campaigns: number;
  /** Share of past important votes (campaigns) whose implied strength is below it (its percentile, 0-1). */
  percentileAmongCampaigns: number;
  /** Share of past non-important votes (no campaign) whose implied strength is below it. */
  percentileAmongNoCampaign: number;
  /** Share of past non-important votes with an implied strength at least as large ("30% of no-campaign votes show a gap that large"). */
  noCampaignAtLeast: number;
  /** Share of past important votes with an implied strength at least as large. */
  campaignsAtLeast: number;
  /** True when the value lies beyond the range searched for past votes: their ranks are then bounds (past values at the range's end may be larger). */
  beyondRange: boolean;
}

/**
 * Places an implied strength, in typical campaigns, among the implied
 * strengths of past important votes (a US campaign) and of non-important
 * votes (gaps between forecast and result with no campaign), as stored in a
 * lobbying model. The past ones are for the United States moving every
 * member toward its vote; a scenario's own intervention may target fewer
 * states, so read the comparison as an order of magnitude.
 *
 * @example
 * placeImplied(loadLobbying(), 0.6).noCampaignAtLeast; // e.g. 0.3
 */
export function placeImplied(model: { implied: { campaigns: readonly number[]; noCampaign: readonly number[]; range?: [number, number] } }, campaigns: number): ImpliedPlacement {
  checkObject(model, "model");
  checkNumber(campaigns, "campaigns");
  const im = model.implied;
  if (im === null || typeof im !== "object" || !Array.isArray(im.campaigns) || !Array.isArray(im.noCampaign)) throw new PlenaryError(`invalid model.implied; expected { campaigns: number[], noCampaign: number[] }: ${JSON.stringify(im)?.slice(0, 80)}`);
  // a past value at the end of the searched range stands for "at least (most) that": it is never below (above) any value
  const [lo, hi] = model.implied.range ?? [-Infinity, Infinity];
  const below = (xs: readonly number[]) => (xs.length ? xs.filter((x) => x < campaigns && x < hi).length / xs.length : NaN);
  const atLeast = (xs: readonly number[]) => (xs.length ? xs.filter((x) => x >= campaigns || x >= hi).length / xs.length : NaN);
  return {
    campaigns,
    percentileAmongCampaigns: below(model.implied.campaigns),
    percentileAmongNoCampaign: below(model.implied.noCampaign),
    noCampaignAtLeast: atLeast(model.implied.noCampaign),
    campaignsAtLeast: atLeast(model.implied.campaigns),
    beyondRange: campaigns >= hi || campaigns <= lo,
  };
}
