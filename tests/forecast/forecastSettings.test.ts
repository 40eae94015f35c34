import { describe, expect, it } from "vitest";
import { broadWeightFor, FORECAST_SETTINGS, itemSdFor, resolveForecastSettings } from "../../src/forecast/forecastSettings.ts";

describe("resolveForecastSettings", () => {
  it("fills every default from the table", () => {
    const s = resolveForecastSettings();
    for (const [name, setting] of Object.entries(FORECAST_SETTINGS)) expect(s[name as keyof typeof s]).toBe(setting.default);
  });
  it("range-checks with the house message, NaN included, and refuses unknown names", () => {
    expect(() => resolveForecastSettings({ residualSd: 12 })).toThrow("invalid residualSd; expected a number in (0, 10]: 12");
    expect(() => resolveForecastSettings({ residualSd: 0 })).toThrow("invalid residualSd; expected a number in (0, 10]: 0");
    expect(() => resolveForecastSettings({ habitWeight: 1 })).toThrow("invalid habitWeight; expected a number in [0, 1): 1");
    expect(() => resolveForecastSettings({ itemSdNovel: Number.NaN })).toThrow("invalid itemSdNovel; expected a number in [0, 5]: null");
    expect(() => resolveForecastSettings({ maxResembling: 2.5 })).toThrow("invalid maxResembling; expected a whole number in [1, 50]: 2.5");
    expect(() => resolveForecastSettings({ itemSd: 0.2 })).toThrow('invalid forecast setting; unknown name: "itemSd"');
    expect(() => resolveForecastSettings({ blocFactors: 0 })).toThrow("invalid blocFactors; expected a whole number in [1, 10]: 0");
    expect(() => resolveForecastSettings({ blocSessions: 4.5 })).toThrow("invalid blocSessions; expected a whole number in [1, 40]: 4.5");
  });
  it("picks the common shock and the broad weight by kind of vote", () => {
    const s = resolveForecastSettings({ itemSdRepeated: 0.1, itemSdNovel: 0.2, itemSdEmergency: 0.3, broadRepeated: 0.01, broadNovel: 0.02, broadEmergency: 0.03 });
    expect([itemSdFor(s, "repeated"), itemSdFor(s, "novel"), itemSdFor(s, "emergency")]).toEqual([0.1, 0.2, 0.3]);
    expect([broadWeightFor(s, "repeated"), broadWeightFor(s, "novel"), broadWeightFor(s, "emergency")]).toEqual([0.01, 0.02, 0.03]);
  });
});
