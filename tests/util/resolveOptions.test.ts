import { describe, expect, it } from "vitest";
import { checkSetting, resolveOptions } from "../../src/util/resolveOptions.ts";

const SETTINGS = {
  walkSd: { default: 0.25, range: "(0, 5]" },
  steps: { default: 1000, range: "[1, 10000]", integer: true },
  rate: { default: 0.05, range: "[0, 1)" },
  min: { default: 10, range: "[3, inf)", integer: true },
  dims: { default: 1, values: [1, 2] },
  seed: { default: 1 },
  balance: { default: true },
};

describe("resolveOptions", () => {
  it("applies defaults where an option is undefined or null, keeps given values, ignores other keys", () => {
    const options = { walkSd: 0.5, steps: undefined, rate: null, other: "x" };
    const before = JSON.stringify(options);
    expect(resolveOptions(SETTINGS, options)).toEqual({ walkSd: 0.5, steps: 1000, rate: 0.05, min: 10, dims: 1, seed: 1, balance: true });
    expect(JSON.stringify(options)).toBe(before); // the caller's options are not modified
    expect(resolveOptions(SETTINGS)).toEqual({ walkSd: 0.25, steps: 1000, rate: 0.05, min: 10, dims: 1, seed: 1, balance: true });
  });

  it("accepts the bounds of closed ends and refuses those of open ends", () => {
    expect(resolveOptions(SETTINGS, { walkSd: 5, steps: 1, rate: 0, min: 3, dims: 2, balance: false })).toMatchObject({ walkSd: 5, steps: 1, rate: 0, min: 3, dims: 2, balance: false });
    expect(() => resolveOptions(SETTINGS, { walkSd: 0 })).toThrow("invalid walkSd; expected a number in (0, 5]: 0");
    expect(() => resolveOptions(SETTINGS, { rate: 1 })).toThrow("invalid rate; expected a number in [0, 1): 1");
  });

  it("names the option and echoes the value, in the house format", () => {
    const cases: [object, string][] = [
      [{ walkSd: 12 }, "invalid walkSd; expected a number in (0, 5]: 12"],
      [{ walkSd: NaN }, "invalid walkSd; expected a number in (0, 5]: NaN"],
      [{ walkSd: "1" }, 'invalid walkSd; expected a number in (0, 5]: "1"'],
      [{ steps: 2.5 }, "invalid steps; expected an integer in [1, 10000]: 2.5"],
      [{ min: 2 }, "invalid min; expected an integer in [3, inf): 2"],
      [{ dims: 3 }, "invalid dims; expected 1 or 2: 3"],
      [{ seed: Infinity }, "invalid seed; not a finite number: Infinity"],
      [{ balance: "yes" }, 'invalid balance; expected true or false: "yes"'],
    ];
    for (const [options, message] of cases) expect(() => resolveOptions(SETTINGS, options)).toThrow(message);
  });

  it("refuses a range that is not interval notation", () => {
    expect(() => checkSetting("x", 1, { default: 1, range: "0..5" })).toThrow('invalid range; expected interval notation such as "(0, 5]": "0..5"');
    expect(() => checkSetting("x", 1, { default: 1, range: "[a, 5]" })).toThrow('invalid range; expected interval notation such as "(0, 5]": "[a, 5]"');
  });
});
