import { checkString } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
/**
 * The shared look of every chart: one color per vote outcome, the same in
 * all charts, from the Okabe-Ito palette (Okabe and Ito 2008, "Color
 * Universal Design"), which stays distinguishable under the common forms of
 * color-vision deficiency. Abstain and absent are different outcomes and get
 * different colors: abstain is a vote, absent is not.
 */

/** The four outcomes of a state on a roll call, in display order. */
export type Outcome = "yes" | "abstain" | "no" | "absent";

/** Colors, labels and neutral inks shared by all charts. Frozen; never mutate. */
export interface Palette {
  /** Outcomes in display order: yes, abstain, no, absent. */
  readonly outcomes: readonly Outcome[];
  /** Fill color per outcome (hex). */
  readonly outcome: Readonly<Record<Outcome, string>>;
  /** Plain-language label per outcome, as shown in legends and axes. */
  readonly outcomeLabel: Readonly<Record<Outcome, string>>;
  /** Main text and rule color. */
  readonly ink: string;
  /** Secondary text (subtitles, notes). */
  readonly muted: string;
  /** Grid lines and hairlines. */
  readonly grid: string;
  /** Fill for places with no data (e.g. non-members on a map). */
  readonly missing: string;
  /** Baseline series in baseline-vs-scenario charts. */
  readonly baseline: string;
  /** Light fill under the baseline series (opaque, so a line drawn over it makes no blended colour). */
  readonly baselineFill: string;
  /** Scenario series in baseline-vs-scenario charts. */
  readonly scenario: string;
  /** Sequential ramp for P(yes) on maps, light (0) to dark (1). */
  readonly yesRamp: readonly string[];
  /**
   * Categorical colors for lines of states or pairs. None is an outcome's hue
   * (no green, orange, vermilion or light grey: those mean yes, abstain, no and
   * absent on every chart): Okabe-Ito's blue, reddish purple, black and sky
   * blue, then purple, brown, wine, grey, indigo and magenta.
   */
  readonly categorical: readonly string[];
  /** Colors for compared series (methods, models), never an outcome's hue and far apart from each other: blue, reddish purple, black, brown, grey. */
  readonly series: readonly string[];
}

/** The one palette of the project. */
export const palette: Palette = Object.freeze({
  outcomes: Object.freeze(["yes", "abstain", "no", "absent"] as const),
  outcome: Object.freeze({ yes: "#009E73", abstain: "#E69F00", no: "#D55E00", absent: "#B4B4B4" }),
  outcomeLabel: Object.freeze({ yes: "Yes", abstain: "Abstain", no: "No", absent: "Absent" }),
  ink: "#222222",
  muted: "#666666",
  grid: "#E4E4E4",
  missing: "#EDEDED",
  baseline: "#8C8C8C",
  baselineFill: "#E6E6E6",
  scenario: "#0072B2",
  yesRamp: Object.freeze(["#F3F8F5", "#A6DBC5", "#3FB08C", "#00805D", "#00452F"]),
  categorical: Object.freeze(["#0072B2", "#CC79A7", "#000000", "#56B4E9", "#6A3D9A", "#8C510A", "#882255", "#7A7A7A", "#332288", "#E7298A"]),
  series: Object.freeze(["#0072B2", "#CC79A7", "#000000", "#8C510A", "#7A7A7A"]),
});

/**
 * Fixed colors of the states charts show most often, so a state keeps its
 * color from chart to chart whatever else is drawn beside it. Other states
 * get a color from their code (see {@link stateColor}).
 */
const STATE_COLORS: Readonly<Record<string, string>> = Object.freeze({
  USA: "#0072B2",
  GBR: "#6A3D9A",
  FRA: "#56B4E9",
  RUS: "#882255",
  SUN: "#882255", // the Soviet Union's seat is Russia's
  CHN: "#8C510A",
  IND: "#000000",
  BRA: "#E7298A",
  ZAF: "#7A7A7A",
  DEU: "#332288",
  JPN: "#CC79A7",
  ISR: "#332288",
  CUB: "#E7298A",
  UKR: "#56B4E9",
});

/**
 * The color of a state's line or label, the same on every chart: a fixed
 * color for the states charts show most (the P5, the Soviet Union as
 * Russia, India, Brazil, South Africa and a few others), else one of
 * `palette.categorical` picked from the ISO3 code.
 *
 * @example
 * stateColor("CHN"); // "#8C510A" in every chart
 */
export function stateColor(iso3: string): string {
  checkString(iso3, "iso3", 8);
  const fixed = STATE_COLORS[iso3];
  if (fixed) return fixed;
  let h = 0;
  for (const ch of String(iso3)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return palette.categorical[h % palette.categorical.length]!;
}

/** Relative luminance of an sRGB hex color (WCAG 2). */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(((n >> 16) & 255) / 255) + 0.7152 * lin(((n >> 8) & 255) / 255) + 0.0722 * lin((n & 255) / 255);
}

/** Throws unless `hex` is a color written #RRGGBB. */
function checkColor(hex: unknown, name: string): void {
  if (typeof hex !== "string" || !/^#[0-9a-fA-F]{6}$/.test(hex)) throw new PlenaryError(`invalid ${name}; expected a color #RRGGBB: ${JSON.stringify(hex) ?? String(hex)}`);
}

/** WCAG 2 contrast ratio of two hex colors, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  checkColor(a, "a");
  checkColor(b, "b");
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A text color for a direct label beside a line of color `hex`: the same
 * hue darkened until it reads on white with a contrast of at least 4.5:1
 * (WCAG AA for normal text). Dark colors come back unchanged.
 *
 * @example
 * labelInk("#E69F00"); // a dark orange, not the line's light orange (2.3:1)
 */
export function labelInk(hex: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) throw new PlenaryError(`invalid color; expected #RRGGBB, got ${JSON.stringify(hex)}`);
  const n = Number.parseInt(hex.slice(1), 16);
  let rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  let out = hex.toUpperCase();
  for (let i = 0; i < 40 && contrastRatio(out, "#FFFFFF") < 4.5; i++) {
    rgb = rgb.map((c) => Math.round(c * 0.92));
    out = `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
  }
  return out;
}
