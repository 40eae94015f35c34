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
  /** Scenario series in baseline-vs-scenario charts. */
  readonly scenario: string;
  /** Sequential ramp for P(yes) on maps, light (0) to dark (1). */
  readonly yesRamp: readonly string[];
  /** Categorical colors for individual states (Okabe-Ito order, then grey and purple). */
  readonly categorical: readonly string[];
  /** Colors for compared series (methods, models) that never mean an outcome: blue, reddish purple, black, sky blue, grey. */
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
  scenario: "#0072B2",
  yesRamp: Object.freeze(["#F3F8F5", "#A6DBC5", "#3FB08C", "#00805D", "#00452F"]),
  categorical: Object.freeze(["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442", "#8C8C8C", "#6A3D9A"]),
  series: Object.freeze(["#0072B2", "#CC79A7", "#000000", "#56B4E9", "#8C8C8C"]),
});
