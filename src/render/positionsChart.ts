import type { TopLevelSpec } from "vega-lite";
import type { StateTrajectory } from "../model/types.ts";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { labelInk, palette, stateColor } from "./palette.ts";
import { sessionAxis, sessionYear } from "./sessionAxis.ts";
import { roundTo } from "./roundTo.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** Options of {@link positionsChart}. */
export interface PositionsChartOptions extends ChartOptions {
  /** ISO3 codes of the states to draw, in legend order. Default: every trajectory given, at most 10. */
  states?: string[];
  /** Display names by ISO3 (e.g. from `assembly.states`). Default: the ISO3 code. */
  names?: Record<string, string>;
  /** Latent dimension to draw, 1 or 2. Default 1. */
  dimension?: 1 | 2;
}

/** Most lines one chart shows before it stops being readable (also the number of distinct colors). */
const MAX_STATES = 10;

/** Plot height in pixels. */
const HEIGHT = 320;
/** Minimum vertical distance between two end labels, in pixels. */
const LABEL_GAP = 13;

/**
 * Moves values apart so that neighbours differ by at least `gap`, keeping
 * their order and staying as close as possible to where they were (pairs
 * that overlap are merged into clusters centred on their mean).
 */
function dodge(values: readonly number[], gap: number): number[] {
  const order = values.map((v, i) => i).sort((a, b) => values[a]! - values[b]!);
  let clusters: { start: number; ids: number[] }[] = [];
  for (const id of order) {
    clusters.push({ start: values[id]!, ids: [id] });
    // merge while the last cluster overlaps the one before it
    while (clusters.length > 1) {
      const b = clusters[clusters.length - 1]!;
      const a = clusters[clusters.length - 2]!;
      if (a.start + a.ids.length * gap <= b.start) break;
      const ids = [...a.ids, ...b.ids];
      const centre = ids.reduce((s, i) => s + values[i]!, 0) / ids.length;
      clusters = [...clusters.slice(0, -2), { start: centre - ((ids.length - 1) * gap) / 2, ids }];
    }
  }
  const out = [...values];
  for (const c of clusters) c.ids.forEach((id, k) => (out[id] = c.start + k * gap));
  return out;
}

const show = (x: unknown): string => JSON.stringify(x) ?? String(x);

/**
 * The state's own color ({@link stateColor}) unless a state drawn before it
 * already has it, then the first unused color. Russia and the Soviet Union
 * (one seat) share theirs.
 */
function distinctColor(iso3: string, before: readonly string[], used: readonly string[]): string {
  const own = stateColor(iso3);
  const seat = (c: string) => (c === "SUN" ? "RUS" : c);
  const clash = before.some((b, i) => used[i] === own && seat(b) !== seat(iso3));
  if (!clash) return own;
  return palette.categorical.find((c) => !used.includes(c)) ?? own;
}

/**
 * Ideal-point trajectories: each chosen state's estimated position on one
 * latent dimension (default 1) session by session, with a ±1.96 sd band
 * (95% under the Laplace approximation), labelled at its last session.
 * Accepts a fitted model or its `states` array; neither is modified.
 *
 * @example
 * await exportChart(positionsChart(model, { states: ["USA", "RUS", "CHN", "IND"] }), "out/positions.svg");
 */
export function positionsChart(
  model: readonly StateTrajectory[] | { readonly states: readonly StateTrajectory[] },
  options: PositionsChartOptions = {},
): TopLevelSpec {
  const trajectories = Array.isArray(model) ? (model as readonly StateTrajectory[]) : (model as { states?: unknown })?.states;
  if (!Array.isArray(trajectories)) {
    throw new PlenaryError(`invalid model; expected a fitted model or an array of state trajectories, got ${show(model).slice(0, 80)}`);
  }
  const dimension = options.dimension ?? 1;
  if (dimension !== 1 && dimension !== 2) throw new PlenaryError(`invalid options.dimension; expected 1 or 2, got ${show(dimension)}`);
  const byIso = new Map<string, StateTrajectory>();
  trajectories.forEach((t: StateTrajectory, i: number) => {
    if (t === null || typeof t !== "object" || typeof t.iso3 !== "string") throw new PlenaryError(`invalid trajectories[${i}]; expected a trajectory with an iso3 code, got ${show(t).slice(0, 80)}`);
    byIso.set(t.iso3, t);
  });
  const chosen = options.states ?? trajectories.map((t: StateTrajectory) => t.iso3);
  if (!Array.isArray(chosen) || chosen.length === 0) throw new PlenaryError(`invalid options.states; expected a non-empty array of ISO3 codes, got ${show(chosen)}`);
  if (chosen.length > MAX_STATES) {
    throw new PlenaryError(`invalid options.states; at most ${MAX_STATES} states fit on one chart, got ${chosen.length} (pass options.states to choose)`);
  }
  const d = dimension - 1;
  const rows: { state: string; session: number; year: number; mean: number; lo: number; hi: number; sd: number }[] = [];
  const lastRows: { state: string; session: number; mean: number; ink: string }[] = [];
  const labels: string[] = [];
  const colors: string[] = [];
  for (const iso3 of chosen) {
    const t = byIso.get(iso3);
    if (!t) throw new PlenaryError(`invalid options.states; no trajectory for ${show(iso3)}`);
    const { periods, mean, sd } = t;
    if (!Array.isArray(periods) || !Array.isArray(mean) || !Array.isArray(sd) || mean.length !== periods.length || sd.length !== periods.length) {
      throw new PlenaryError(`invalid trajectory ${show(iso3)}; expected periods, mean and sd of equal length, got ${periods?.length}, ${mean?.length}, ${sd?.length}`);
    }
    const label = options.names?.[iso3] ?? iso3;
    labels.push(label);
    colors.push(distinctColor(iso3, chosen.slice(0, labels.length - 1), colors));
    periods.forEach((session, i) => {
      const m = mean[i]?.[d];
      const s = sd[i]?.[d];
      if (!(Number.isFinite(session) && Number.isFinite(m) && Number.isFinite(s) && (s as number) >= 0)) {
        throw new PlenaryError(`invalid trajectory ${show(iso3)} at index ${i}; expected a finite session, mean and sd >= 0 on dimension ${dimension}, got ${show([session, m, s])}`);
      }
      rows.push({ state: label, session, year: sessionYear(session), mean: roundTo(m!, 3), sd: roundTo(s!, 3), lo: roundTo(m! - 1.96 * s!, 3), hi: roundTo(m! + 1.96 * s!, 3) });
    });
    if (periods.length > 0) {
      lastRows.push({ state: label, session: periods[periods.length - 1]!, mean: roundTo(mean[periods.length - 1]![d]!, 3), ink: labelInk(colors.at(-1)!) });
    }
  }
  // Fix the y domain so label positions can be computed in pixels, then push apart labels closer than a line of text.
  const yLo = Math.min(...rows.map((r) => r.lo));
  const yHi = Math.max(...rows.map((r) => r.hi));
  const pad = (yHi - yLo) * 0.04 || 0.5;
  const yDomain = [roundTo(yLo - pad, 3), roundTo(yHi + pad, 3)];
  const perPixel = (yDomain[1]! - yDomain[0]!) / HEIGHT;
  const dodged = dodge(lastRows.map((r) => r.mean), LABEL_GAP * perPixel);
  const labelRows = lastRows.map((r, i) => ({ ...r, labelY: roundTo(dodged[i]!, 3) }));
  const color = {
    field: "state",
    type: "nominal" as const,
    title: null,
    scale: { domain: labels, range: colors },
    legend: null,
  };
  const x = sessionAxis("session");
  // The fitted models orient each dimension so that the United States' mean position is positive (src/model/orient.ts).
  const yTitle = `Position on dimension ${dimension} (up: toward the United States)`;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(
      {
        title: "How states' voting positions moved",
        subtitle: `Estimated ideal point on dimension ${dimension} by session, with 95% band (±1.96 sd)`,
      },
      options,
    ),
    width: 600,
    height: HEIGHT,
    config: chartConfig(),
    data: { values: rows },
    layer: [
      {
        mark: { type: "area", opacity: 0.14 },
        encoding: { x, y: { field: "lo", type: "quantitative" }, y2: { field: "hi" }, color },
      },
      {
        mark: { type: "line", strokeWidth: 2, point: { filled: true, size: 16 } },
        encoding: {
          x,
          y: { field: "mean", type: "quantitative", title: yTitle, scale: { domain: yDomain, nice: false, zero: false } },
          color,
          tooltip: [
            { field: "state", type: "nominal", title: "State" },
            { field: "session", type: "quantitative", title: "Session" },
            { field: "year", type: "quantitative", title: "Opened in", format: "d" },
            { field: "mean", type: "quantitative", title: "Position", format: ".2f" },
            { field: "sd", type: "quantitative", title: "Std. deviation", format: ".2f" },
          ],
        },
      },
      {
        data: { values: labelRows },
        // direct labels in a dark shade of the line's color (at least 4.5:1 on white)
        mark: { type: "text", align: "left", dx: 6, fontSize: 11, fontWeight: "bold" },
        encoding: { x, y: { field: "labelY", type: "quantitative" }, text: { field: "state" }, color: { field: "ink", type: "nominal", scale: null } },
      },
    ],
  };
}
