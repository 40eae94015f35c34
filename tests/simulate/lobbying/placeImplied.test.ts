import { describe, expect, it } from "vitest";
import { placeImplied } from "../../../src/simulate/lobbying/placeImplied.ts";
import { campaignQuantile } from "../../../src/simulate/lobbying/campaignQuantile.ts";

describe("placeImplied and campaignQuantile", () => {
  it("places a value among the two distributions (counted by hand)", () => {
    const p = placeImplied({ implied: { campaigns: [0, 0.5, 1, 2], noCampaign: [-1, -0.5, 0, 0.2, 0.7] } }, 0.6);
    expect(p.percentileAmongCampaigns).toBe(0.5); // 0 and 0.5 below
    expect(p.campaignsAtLeast).toBe(0.5);
    expect(p.percentileAmongNoCampaign).toBe(0.8); // four of five below
    expect(p.noCampaignAtLeast).toBeCloseTo(0.2, 12);
  });
  it("counts a past value at the end of the searched range as at least that large", () => {
    // 3 is the range's end: "3 or more", so as large as 5
    const p = placeImplied({ implied: { campaigns: [1, 3], noCampaign: [0, 3, 3], range: [-1, 3] } }, 5);
    expect(p.percentileAmongCampaigns).toBe(0.5);
    expect(p.noCampaignAtLeast).toBeCloseTo(2 / 3, 12);
  });
  it("interpolates the quantiles linearly", () => {
    const q = Array.from({ length: 101 }, (_, i) => i / 50); // quantile u -> 2u
    expect(campaignQuantile({ effectQuantiles: q }, 0.255)).toBeCloseTo(0.51, 12);
    expect(campaignQuantile({ effectQuantiles: q }, 1)).toBe(2);
  });
});
