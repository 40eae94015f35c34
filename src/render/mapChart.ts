import type { TopLevelSpec } from "vega-lite";
import type { MemberState } from "../data/types.ts";
import type { Forecast } from "../forecast/types.ts";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { checkForecast } from "./checkForecast.ts";
import { forecastSubtitle } from "./forecastSubtitle.ts";
import { percentExpression } from "./formatPercent.ts";
import { palette, type Outcome } from "./palette.ts";
import { roundTo } from "./roundTo.ts";
import { worldTopology } from "./worldTopology.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** M49 code of Antarctica, left off the map (no member state, a fifth of the area). */
const ANTARCTICA = 10;

/**
 * Confidence levels: the chance of the most likely vote, from sure to
 * unsure, and how much white is mixed into the outcome's color. Absent, a
 * light grey already, gets its own grey steps (`absent`), darkest when
 * surest, so that its palest step stays well apart from white (no forecast).
 */
const LEVELS = [
  { min: 0.9, label: "90% or more", white: 0, absent: "#7F7F7F" },
  { min: 0.7, label: "70-89%", white: 0.3, absent: "#A5A5A5" },
  { min: 0, label: "under 70%", white: 0.55, absent: "#CBCBCB" },
] as const;

/** Map width, px (fits a 960 px notebook output area with the padding). */
const WIDTH = 820;
/** Small states' tiles: width of one (square and code), px, and the square's side. */
const TILE = { width: 54, square: 11 };

/** `hex` mixed with white: 0 gives the color, 1 white. */
function tint(hex: string, white: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * white);
  return `#${[(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => mix(c).toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

/** Fill and outline of places without a forecast (not member states): white with a grey outline, unlike any outcome. */
const NO_FORECAST = { fill: "#FFFFFF", stroke: "#A8A8A8" };
/** Borders drawn over every shape, so that two neighbours show their border whatever their fills (Morocco and Western Sahara). */
const BORDER = { stroke: "#8F8F8F", strokeWidth: 0.4 };

/** The fill of an outcome at a confidence level (0: 90% or more, 1: 70-89%, 2: under 70%). */
export function mapColor(outcome: Outcome, level: number): string {
  const l = LEVELS[level];
  if (!l) throw new Error(`invalid level; expected 0, 1 or 2, got ${JSON.stringify(level)}`);
  return outcome === "absent" ? l.absent : tint(palette.outcome[outcome], l.white);
}

/**
 * A world map of each state's most likely vote, in the outcome colors
 * (yes, abstain, no, absent), lighter when the model is less sure (the
 * chance of that vote: 90% or more, 70-89%, under 70%). Shapes come from the
 * world-110m TopoJSON in `vega-datasets`, inlined in the spec (no file is
 * read at render time) and joined to the forecast by numeric id = M49 code
 * (from `states`); small states the 1:110m map lacks (e.g. Malta, Singapore,
 * the Pacific and Caribbean islands) are listed under the map as labelled
 * tiles in the same colors, west to east (a circle per island state would
 * stack in the Caribbean and leave most unlabelled). Places without a
 * forecast are white with a grey outline; a thin grey border is drawn
 * between all shapes. Projection: Equal Earth. Neither the forecast nor
 * `states` is modified.
 *
 * @example
 * await exportChart(mapChart(forecast, assembly.states), "out/map.svg");
 */
export function mapChart(forecast: Forecast, states: readonly MemberState[], options: ChartOptions = {}): TopLevelSpec {
  checkForecast(forecast);
  if (!Array.isArray(states)) throw new PlenaryError(`invalid states; expected an array of member states, got ${JSON.stringify(states)}`);
  const byIso = new Map<string, MemberState>();
  states.forEach((s, i) => {
    if (s === null || typeof s !== "object" || typeof s.iso3 !== "string") {
      throw new PlenaryError(`invalid states[${i}]; expected a member state with an iso3 code, got ${JSON.stringify(s)}`);
    }
    byIso.set(s.iso3, s);
  });
  const topology = worldTopology();
  const onMap = new Set(topology.objects.countries.geometries.map((g) => Number(g.id)));
  const shapes: object[] = [];
  const dots: object[] = [];
  const unplaced: string[] = [];
  const keyOf = (o: Outcome, level: (typeof LEVELS)[number]) => `${palette.outcomeLabel[o]}, ${level.label}`;
  const used = new Set<string>(); // outcome x confidence keys that some state has
  for (const c of forecast.countries) {
    const s = byIso.get(c.iso3);
    const probs: Record<Outcome, number> = { yes: c.pYes, abstain: c.pAbstain, no: c.pNo, absent: c.pAbsent };
    const modal = palette.outcomes.reduce((best, o) => (probs[o] > probs[best] ? o : best), palette.outcomes[0]!);
    const level = LEVELS.find((l) => probs[modal] >= l.min)!;
    const key = keyOf(modal, level);
    used.add(key);
    const row = {
      iso3: c.iso3,
      name: c.name,
      likely: key,
      pYes: roundTo(c.pYes, 3),
      pAbstain: roundTo(c.pAbstain, 3),
      pNo: roundTo(c.pNo, 3),
      pAbsent: roundTo(c.pAbsent, 3),
    };
    if (s?.m49 != null && onMap.has(s.m49)) shapes.push({ m49: s.m49, ...row });
    else if (s?.lat != null && s.lon != null && Number.isFinite(s.lat) && Number.isFinite(s.lon)) {
      dots.push({ ...row, lat: roundTo(s.lat, 2), lon: roundTo(s.lon, 2) });
    } else unplaced.push(c.name);
  }
  // legend: one row per outcome that is some state's most likely vote, with its three confidence levels
  const entries = palette.outcomes
    .filter((o) => LEVELS.some((l) => used.has(keyOf(o, l))))
    .flatMap((o) => LEVELS.map((l, k) => ({ key: keyOf(o, l), color: mapColor(o, k) })));
  const color = {
    field: "likely",
    type: "nominal" as const,
    title: "Most likely vote, and its chance",
    scale: { domain: entries.map((e) => e.key), range: entries.map((e) => e.color) },
    legend: { orient: "bottom" as const, direction: "horizontal" as const, columns: 3, titleOrient: "top" as const, symbolType: "square", labelLimit: 200, columnPadding: 16, symbolStrokeColor: BORDER.stroke, symbolStrokeWidth: 0.5 },
  };
  // tooltip percentages by the project's one rounding rule (formatPercent), not Vega's ".0%" (which shows 0.9996 as 100%)
  const percentTexts = (["pYes", "pAbstain", "pNo", "pAbsent"] as const).map((f) => ({ calculate: percentExpression(f), as: `${f}Text` }));
  const tooltip = [
    { field: "name", type: "nominal" as const, title: "State" },
    { field: "likely", type: "nominal" as const, title: "Most likely" },
    { field: "pYesText", type: "nominal" as const, title: "Yes" },
    { field: "pAbstainText", type: "nominal" as const, title: "Abstain" },
    { field: "pNoText", type: "nominal" as const, title: "No" },
    { field: "pAbsentText", type: "nominal" as const, title: "Absent" },
  ];
  const notes = [
    "white: no forecast (not a member state)",
    unplaced.length > 0 ? `not shown: ${unplaced.length} state${unplaced.length === 1 ? "" : "s"} without map id or coordinates` : "",
  ].filter(Boolean);
  // small states as tiles under the map, west to east, in rows that fit the map's width
  const perRow = Math.floor(WIDTH / TILE.width);
  const tiles = [...(dots as { lon: number }[])].sort((a, b) => a.lon - b.lon).map((d, k) => ({ ...d, col: k % perRow, row: Math.floor(k / perRow) }));
  const tileRows = Math.max(1, Math.ceil(tiles.length / perRow));
  const tileX = { field: "col", type: "quantitative" as const, scale: { domain: [0, perRow], range: [0, perRow * TILE.width] }, axis: null };
  const tileY = { field: "row", type: "quantitative" as const, scale: { domain: [0, tileRows], range: [0, tileRows * 18] }, axis: null };
  const map = {
    width: WIDTH,
    height: 370,
    projection: { type: "equalEarth" as const },
    data: { values: topology, format: { type: "topojson" as const, feature: "countries" } },
    layer: [
      {
        transform: [{ filter: `datum.id !== ${ANTARCTICA}` }],
        mark: { type: "geoshape" as const, fill: NO_FORECAST.fill, stroke: NO_FORECAST.stroke, strokeWidth: 0.5 },
      },
      {
        transform: [
          { lookup: "id", from: { data: { values: shapes }, key: "m49", fields: ["iso3", "name", "likely", "pYes", "pAbstain", "pNo", "pAbsent"] } },
          { filter: "isValid(datum.pYes)" },
          ...percentTexts,
        ],
        mark: { type: "geoshape" as const, strokeWidth: 0 },
        encoding: { color, tooltip },
      },
      {
        transform: [{ filter: `datum.id !== ${ANTARCTICA}` }],
        mark: { type: "geoshape" as const, filled: false, ...BORDER },
      },
    ],
  };
  const tileChart = {
    title: { text: "States too small for this map, west to east", fontSize: 11, fontWeight: "normal" as const, color: palette.muted, anchor: "start" as const, offset: 6 },
    width: WIDTH,
    height: tileRows * 18,
    data: { values: tiles },
    transform: percentTexts,
    layer: [
      {
        mark: { type: "square" as const, size: TILE.square * TILE.square, opacity: 1, stroke: BORDER.stroke, strokeWidth: 0.5, xOffset: TILE.square / 2 },
        encoding: { x: tileX, y: tileY, color, tooltip },
      },
      {
        mark: { type: "text" as const, fontSize: 10, align: "left" as const, baseline: "middle" as const, dx: TILE.square + 3, fill: palette.ink },
        encoding: { x: tileX, y: tileY, text: { field: "iso3", type: "nominal" as const }, tooltip },
      },
    ],
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(
      {
        title: "How each state is most likely to vote",
        subtitle: [forecast.title, forecastSubtitle(forecast), notes.join(" · ").replace(/^./, (m) => m.toUpperCase())],
      },
      options,
      WIDTH,
    ),
    config: chartConfig(),
    vconcat: tiles.length > 0 ? [map, tileChart] : [map],
    spacing: 14,
  };
}
