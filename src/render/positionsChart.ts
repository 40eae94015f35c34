import type { TopLevelSpec } from "vega-lite";
import type { Assembly } from "../data/types.ts";
import { SEAT_CHANGES } from "../data/seatChanges.ts";
import { votedPeriods } from "../data/votedPeriods.ts";
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
  /**
   * The record the model was fitted on. With it, a state's line breaks
   * where it cast no vote in a session that had votes (South Africa,
   * 1974-93) and where its seat changed hands (China, 1971), and the
   * subtitle says so. Default: none (lines drawn through every period).
   */
  assembly?: Pick<Assembly, "states" | "rollCalls" | "matrix">;
  /**
   * Whether the last session is still under way (its estimate rests on few
   * votes: a wide band, pulled toward the mean). It is then drawn apart: an
   * open point with its 95% range as a bar, joined by a dashed line.
   * Default: when its median sd is more than 1.5 times the session's before.
   */
  lastSessionPartial?: boolean;
}

/** Most lines one chart shows before it stops being readable (also the number of distinct colors). */
const MAX_STATES = 10;

/** Plot height in pixels. */
const HEIGHT = 320;
/** Plot width in pixels. */
const WIDTH = 600;
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
 * (95% under the Laplace approximation), labelled at its end. With
 * `options.assembly` a line breaks where the state cast no vote (South
 * Africa, 1974-93) and where its seat changed hands (China, 1971); a last
 * session still under way is drawn apart (open point, 95% bar, dashed
 * join), so wide late estimates do not look like converging lines.
 * Accepts a fitted model or its `states` array; neither is modified.
 *
 * @example
 * await exportChart(positionsChart(model, { states: ["USA", "RUS", "CHN", "ZAF"], assembly }), "out/positions.svg");
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
  type Row = { state: string; segment: string; session: number; year: number; mean: number; lo: number; hi: number; sd: number };
  const rows: Row[] = [];
  const labels: string[] = [];
  const colors: string[] = [];
  const gaps: string[] = [];
  const seatNotes: { session: number; text: string }[] = [];
  const votedIn = new Set(options.assembly?.rollCalls.map((r) => r.period) ?? []);
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
    // sessions in which votes were held but this state cast none, and the sessions from which its seat was another government's
    const voted = options.assembly ? new Set(votedPeriods(options.assembly, iso3)) : undefined;
    // a seat change in September or later falls in the session that opened that September
    const seatFrom = SEAT_CHANGES.filter((c) => c.iso3 === iso3).map((c) => ({ session: Number(c.date.slice(0, 4)) - (c.date.slice(5) >= "09" ? 1945 : 1946), note: c.note }));
    let segment = 0;
    let previous: number | undefined;
    const skipped: number[] = [];
    periods.forEach((session, i) => {
      const m = mean[i]?.[d];
      const s = sd[i]?.[d];
      if (!(Number.isFinite(session) && Number.isFinite(m) && Number.isFinite(s) && (s as number) >= 0)) {
        throw new PlenaryError(`invalid trajectory ${show(iso3)} at index ${i}; expected a finite session, mean and sd >= 0 on dimension ${dimension}, got ${show([session, m, s])}`);
      }
      if (voted && votedIn.has(session) && !voted.has(session)) {
        skipped.push(session);
        return;
      }
      const seat = options.assembly ? seatFrom.find((c) => previous !== undefined && previous < c.session && c.session <= session) : undefined;
      if (previous !== undefined && skipped.some((k) => k > previous! && k < session)) segment++;
      if (seat) {
        segment++;
        seatNotes.push({ session: seat.session, text: seat.note });
      }
      previous = session;
      rows.push({ state: label, segment: `${label}#${segment}`, session, year: sessionYear(session), mean: roundTo(m!, 3), sd: roundTo(s!, 3), lo: roundTo(m! - 1.96 * s!, 3), hi: roundTo(m! + 1.96 * s!, 3) });
    });
    if (skipped.length > 0) gaps.push(`${label} ${spans(skipped)}`);
  }
  if (rows.length === 0) throw new Error(`invalid model; no position to draw for ${show(chosen)}`);
  // the last session drawn apart when still under way (few votes: a wide band pulled toward the mean)
  const lastSession = Math.max(...rows.map((r) => r.session));
  const firstSession = Math.min(...rows.map((r) => r.session));
  const medianSd = (session: number) => median(rows.filter((r) => r.session === session).map((r) => r.sd));
  const partial = options.lastSessionPartial ?? (lastSession > firstSession && medianSd(lastSession) > 1.5 * medianSd(lastSession - 1));
  const settled = partial ? rows.filter((r) => r.session !== lastSession) : rows;
  // the partial session's points spread 4 px apart side by side, so their bars do not hide each other
  const perSession = WIDTH / (lastSession - firstSession + 1);
  const latestRaw = partial ? rows.filter((r) => r.session === lastSession) : [];
  const latest = latestRaw.map((r, k) => ({ ...r, session: roundTo(lastSession + ((k - (latestRaw.length - 1) / 2) * 4) / perSession, 3) }));
  const spread = latest.length > 0 ? (latest.length - 1) * 2 + 4 : 0;
  // the dashed joins: each state's last settled point and its partial one, when they are consecutive sessions
  const joins = latest.flatMap((r) => {
    const before = settled.filter((b) => b.state === r.state && b.session === lastSession - 1);
    // (r.session is the spread position of the partial point)
    return before.length === 1 ? [{ ...before[0]!, segment: `${r.state}#join` }, { ...r, segment: `${r.state}#join` }] : [];
  });
  // end labels: beside each state's last settled point, pushed apart where closer than a line of text
  // (a line that ends before the chart does, like the Soviet Union's in 1991, is labelled above its own end)
  const settledLast = Math.max(...settled.map((r) => r.session));
  const ends = labels.flatMap((label, k) => {
    const own = settled.filter((r) => r.state === label);
    const last = own[own.length - 1];
    return last ? [{ state: label, session: last.session, mean: last.mean, ink: labelInk(colors[k]!), early: last.session < settledLast }] : [];
  });
  const early = ends.filter((e) => e.early);
  const atEnd = ends.filter((e) => !e.early);
  // Fix the y domain so label positions can be computed in pixels, then push apart labels closer than a line of text.
  const yLo = Math.min(...rows.map((r) => r.lo));
  const yHi = Math.max(...rows.map((r) => r.hi));
  const pad = (yHi - yLo) * 0.04 || 0.5;
  const yDomain = [roundTo(yLo - pad, 3), roundTo(yHi + pad, 3)];
  const perPixel = (yDomain[1]! - yDomain[0]!) / HEIGHT;
  const dodged = dodge(atEnd.map((r) => r.mean), LABEL_GAP * perPixel);
  const labelRows = atEnd.map((r, i) => ({ state: r.state, ink: r.ink, labelSession: lastSession, labelY: roundTo(dodged[i]!, 3) }));
  const earlyRows = early.map((r) => ({ state: r.state, ink: r.ink, labelSession: r.session, labelY: r.mean }));
  const color = {
    field: "state",
    type: "nominal" as const,
    title: null,
    scale: { domain: labels, range: colors },
    legend: null,
  };
  const x = sessionAxis("session", [firstSession, lastSession]);
  const y = { field: "mean", type: "quantitative" as const, title: `Position on dimension ${dimension} (up: toward the United States)`, scale: { domain: yDomain, nice: false, zero: false } };
  const tooltip = [
    { field: "state", type: "nominal" as const, title: "State" },
    { field: "session", type: "quantitative" as const, title: "Session" },
    { field: "year", type: "quantitative" as const, title: "Opened in", format: "d" },
    { field: "mean", type: "quantitative" as const, title: "Position", format: ".2f" },
    { field: "sd", type: "quantitative" as const, title: "Std. deviation", format: ".2f" },
  ];
  const subtitle = [
    `Estimated ideal point on dimension ${dimension} by session, with 95% band (±1.96 sd)`,
    ...(partial ? [`${sessionYear(lastSession)}: session under way, estimate from the votes so far (open point, 95% range as a bar)`] : []),
    ...(gaps.length > 0 ? [`Gaps: no votes cast (${gaps.join("; ")})`] : []),
    ...seatNotes.map((n) => `Break in ${sessionYear(n.session)}: ${n.text}`),
  ];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle({ title: "How states' voting positions moved", subtitle }, options, WIDTH),
    width: WIDTH,
    height: HEIGHT,
    config: chartConfig(),
    data: { values: settled },
    layer: [
      {
        mark: { type: "area", opacity: 0.14 },
        encoding: { x, y: { field: "lo", type: "quantitative" }, y2: { field: "hi" }, color, detail: { field: "segment", type: "nominal" } },
      },
      {
        mark: { type: "line", strokeWidth: 2, point: { filled: true, size: 16 } },
        encoding: { x, y, color, detail: { field: "segment", type: "nominal" }, tooltip },
      },
      ...(partial
        ? [
            {
              data: { values: joins },
              mark: { type: "line" as const, strokeWidth: 1.5, strokeDash: [3, 3] },
              encoding: { x, y, color, detail: { field: "segment", type: "nominal" as const } },
            },
            {
              data: { values: latest },
              mark: { type: "rule" as const, strokeWidth: 1.5, opacity: 0.6 },
              encoding: { x, y: { field: "lo", type: "quantitative" as const }, y2: { field: "hi" }, color, tooltip },
            },
            {
              data: { values: latest },
              mark: { type: "point" as const, filled: true, fill: "white", size: 36, strokeWidth: 1.5, opacity: 1 },
              encoding: { x, y, color, tooltip },
            },
          ]
        : []),
      ...(seatNotes.length > 0
        ? [
            {
              data: { values: seatNotes.map((n) => ({ at: n.session - 0.5 })) },
              mark: { type: "rule" as const, color: palette.muted, strokeDash: [2, 3], strokeWidth: 1 },
              encoding: { x: { ...x, field: "at" } },
            },
          ]
        : []),
      {
        data: { values: labelRows },
        // direct labels in a dark shade of the line's color (at least 4.5:1 on white), right of the last session
        mark: { type: "text", align: "left", dx: 8 + spread / 2, fontSize: 11, fontWeight: "bold" },
        encoding: { x: { ...x, field: "labelSession" }, y: { field: "labelY", type: "quantitative" }, text: { field: "state" }, color: { field: "ink", type: "nominal", scale: null } },
      },
      ...(earlyRows.length > 0
        ? [
            {
              data: { values: earlyRows },
              mark: { type: "text" as const, align: "center" as const, baseline: "bottom" as const, dy: -8, fontSize: 11, fontWeight: "bold" as const, stroke: "white", strokeWidth: 3, strokeOpacity: 0.9 },
              encoding: { x: { ...x, field: "labelSession" }, y: { field: "labelY", type: "quantitative" as const }, text: { field: "state" } },
            },
            {
              data: { values: earlyRows },
              mark: { type: "text" as const, align: "center" as const, baseline: "bottom" as const, dy: -8, fontSize: 11, fontWeight: "bold" as const },
              encoding: { x: { ...x, field: "labelSession" }, y: { field: "labelY", type: "quantitative" as const }, text: { field: "state" }, color: { field: "ink", type: "nominal" as const, scale: null } },
            },
          ]
        : []),
    ],
  };
}

function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
}

/** Sessions as year spans: [29, 30, 31, 47] -> "1974-76, 1992". */
function spans(sessions: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < sessions.length; ) {
    let j = i;
    while (j + 1 < sessions.length && sessions[j + 1] === sessions[j]! + 1) j++;
    const a = sessionYear(sessions[i]!);
    const b = sessionYear(sessions[j]!);
    out.push(a === b ? `${a}` : `${a}-${b}`);
    i = j + 1;
  }
  return out.join(", ");
}
