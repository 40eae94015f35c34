import type { TopLevelSpec } from "vega-lite";
import type { MemberState } from "../data/types.ts";
import type { Forecast } from "../forecast/types.ts";
import type { ChartOptions } from "./ChartOptions.ts";
import { chartConfig } from "./chartConfig.ts";
import { chartTitle } from "./chartTitle.ts";
import { checkForecast } from "./checkForecast.ts";
import { forecastSubtitle } from "./forecastSubtitle.ts";
import { palette } from "./palette.ts";
import { roundTo } from "./roundTo.ts";
import { worldTopology } from "./worldTopology.ts";

/** M49 code of Antarctica, left off the map (no member state, a fifth of the area). */
const ANTARCTICA = 10;

/**
 * A world choropleth of each state's chance of voting yes. Shapes come from
 * the world-110m TopoJSON in `vega-datasets`, inlined in the spec and joined
 * to the forecast by numeric id = M49 code (from `states`); small states the
 * 1:110m map lacks (e.g. Malta, Singapore, the Pacific islands) are drawn as
 * circles at their centroid. Places without a forecast are grey. Projection:
 * Equal Earth. Neither the forecast nor `states` is modified.
 *
 * @example
 * await exportChart(mapChart(forecast, assembly.states), "out/map.svg");
 */
export function mapChart(forecast: Forecast, states: readonly MemberState[], options: ChartOptions = {}): TopLevelSpec {
  checkForecast(forecast);
  if (!Array.isArray(states)) throw new Error(`invalid states; expected an array of member states, got ${JSON.stringify(states)}`);
  const byIso = new Map<string, MemberState>();
  states.forEach((s, i) => {
    if (s === null || typeof s !== "object" || typeof s.iso3 !== "string") {
      throw new Error(`invalid states[${i}]; expected a member state with an iso3 code, got ${JSON.stringify(s)}`);
    }
    byIso.set(s.iso3, s);
  });
  const topology = worldTopology();
  const onMap = new Set(topology.objects.countries.geometries.map((g) => Number(g.id)));
  const shapes: object[] = [];
  const dots: object[] = [];
  const unplaced: string[] = [];
  for (const c of forecast.countries) {
    const s = byIso.get(c.iso3);
    const row = {
      iso3: c.iso3,
      name: c.name,
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
  const color = {
    field: "pYes",
    type: "quantitative" as const,
    title: "Chance of voting yes",
    scale: { domain: [0, 1], range: [...palette.yesRamp] },
    legend: { orient: "bottom-left" as const, direction: "horizontal" as const, format: ".0%", gradientLength: 180, titleOrient: "top" as const, values: [0, 0.5, 1] },
  };
  const tooltip = [
    { field: "name", type: "nominal" as const, title: "State" },
    { field: "pYes", type: "quantitative" as const, title: "Yes", format: ".0%" },
    { field: "pAbstain", type: "quantitative" as const, title: "Abstain", format: ".0%" },
    { field: "pNo", type: "quantitative" as const, title: "No", format: ".0%" },
    { field: "pAbsent", type: "quantitative" as const, title: "Absent", format: ".0%" },
  ];
  const notes = [
    dots.length > 0 ? "circles: states too small for this map" : "",
    "grey: no forecast (not a member state)",
    unplaced.length > 0 ? `not shown: ${unplaced.length} state${unplaced.length === 1 ? "" : "s"} without map id or coordinates` : "",
  ].filter(Boolean);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chartTitle(
      {
        title: "Where the yes votes are expected",
        subtitle: [forecast.title, forecastSubtitle(forecast), notes.join(" · ").replace(/^./, (m) => m.toUpperCase())],
      },
      options,
    ),
    width: 820,
    height: 370,
    config: chartConfig(),
    projection: { type: "equalEarth" },
    data: { values: topology, format: { type: "topojson", feature: "countries" } },
    layer: [
      {
        transform: [{ filter: `datum.id !== ${ANTARCTICA}` }],
        mark: { type: "geoshape", fill: palette.missing, stroke: "white", strokeWidth: 0.5 },
      },
      {
        transform: [
          { lookup: "id", from: { data: { values: shapes }, key: "m49", fields: ["iso3", "name", "pYes", "pAbstain", "pNo", "pAbsent"] } },
          { filter: "isValid(datum.pYes)" },
        ],
        mark: { type: "geoshape", stroke: "white", strokeWidth: 0.5 },
        encoding: { color, tooltip },
      },
      {
        data: { values: dots },
        mark: { type: "circle", size: 36, stroke: palette.ink, strokeWidth: 0.8, opacity: 1 },
        encoding: {
          longitude: { field: "lon", type: "quantitative" },
          latitude: { field: "lat", type: "quantitative" },
          color,
          tooltip,
        },
      },
    ],
  };
}
