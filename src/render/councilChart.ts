import type { TopLevelSpec } from "vega-lite";
import type { CouncilForecast } from "../council/types.ts";
import { checkObject } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { chartConfig } from "./chartConfig.ts";
import { exportChart } from "./exportChart.ts";
import { palette } from "./palette.ts";

const LABEL = palette.outcomeLabel; // "Absent": not participating, in the Council's words

/**
 * A Council forecast at a glance: the fifteen seats (permanent members as
 * squares, elected as circles) coloured by each member's most likely vote,
 * its certainty as opacity and label; the distribution of the yes count with
 * the nine needed marked; and each permanent member's probability of a veto.
 *
 * @example
 * const f = forecastCouncil({ body: "SC", title: "Ukraine", asOf: "2022-09-29", agenda: "Maintenance of peace and security of Ukraine", draws: 500 });
 * await exportChart(councilChart(f), "council.svg");
 */
export function councilChart(f: CouncilForecast): TopLevelSpec {
  checkObject(f, "forecast");
  if (f.body !== "SC" || !Array.isArray(f.countries)) throw new PlenaryError("invalid forecast; expected a Council forecast (body SC)");
  const seats = [...f.countries]
    .sort((a, b) => Number(b.permanent) - Number(a.permanent) || (a.iso3 < b.iso3 ? -1 : 1))
    .map((c, k) => {
      const ps = { yes: c.pYes, abstain: c.pAbstain, no: c.pNo, absent: c.pAbsent };
      const [vote, p] = (Object.entries(ps) as [keyof typeof LABEL, number][]).sort((a, b) => b[1] - a[1])[0];
      return { seat: k, iso3: c.iso3, name: c.name, seatKind: c.permanent ? "permanent" : "elected", vote: LABEL[vote], certainty: Math.round(p * 100) / 100, label: [c.iso3, `${Math.round(p * 100)}%`] };
    });
  const yes = f.yesDistribution.map((p, k) => ({ yes: k, p: Math.round(p * 1000) / 1000, adopted: k >= f.threshold ? "nine or more" : "fewer than nine" }));
  const vetoes = Object.entries(f.vetoes).map(([m, p]) => ({ member: m, p: Math.round(p * 1000) / 1000 }));
  const colors = { domain: Object.values(LABEL), range: [palette.outcome.yes, palette.outcome.abstain, palette.outcome.no, palette.outcome.absent] };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    config: chartConfig(),
    title: { text: f.title.length > 90 ? `${f.title.slice(0, 87)}...` : f.title, subtitle: `Security Council, as of ${f.asOf}: P(adopted) ${Math.round(f.pAdopted * 100)}% (nine yes, no permanent member against)` },
    resolve: { scale: { color: "independent", shape: "independent", opacity: "independent" }, legend: { color: "independent" } },
    vconcat: [
      {
        width: 680, height: 80,
        data: { values: seats },
        layer: [
          {
            mark: { type: "point", filled: true, size: 700 },
            encoding: {
              x: { field: "seat", type: "ordinal", axis: null },
              shape: { field: "seatKind", type: "nominal", scale: { domain: ["permanent", "elected"], range: ["square", "circle"] }, title: "Seat" },
              color: { field: "vote", type: "nominal", scale: colors, title: "Most likely vote" },
              opacity: { field: "certainty", type: "quantitative", scale: { domain: [0.25, 1], range: [0.25, 1] }, legend: null },
              tooltip: [{ field: "name" }, { field: "vote" }, { field: "certainty", format: ".0%" }],
            },
          },
          { mark: { type: "text", dy: 32, fontSize: 11 }, encoding: { x: { field: "seat", type: "ordinal" }, text: { field: "label" } } },
        ],
      },
      {
        resolve: { scale: { color: "independent" } },
        hconcat: [
          {
            width: 440, height: 180, title: "Yes votes (nine needed)",
            data: { values: yes },
            layer: [
              { mark: "bar", encoding: { x: { field: "yes", type: "ordinal", title: "yes votes", axis: { labelAngle: 0 } }, y: { field: "p", type: "quantitative", title: "probability", axis: { format: ".0%" } }, color: { field: "adopted", type: "nominal", scale: { domain: ["fewer than nine", "nine or more"], range: [palette.baseline, palette.scenario] }, title: null, legend: { orient: "top-left", direction: "vertical" } } } },
            ],
          },
          {
            width: 260, height: 180, title: "Veto: chance of a no",
            data: { values: vetoes },
            layer: [
              { mark: { type: "bar", color: palette.outcome.no }, encoding: { y: { field: "member", type: "nominal", title: null }, x: { field: "p", type: "quantitative", scale: { domain: [0, 1] }, axis: { format: ".0%" }, title: "probability" } } },
              { mark: { type: "text", align: "left", dx: 3 }, encoding: { y: { field: "member", type: "nominal" }, x: { field: "p", type: "quantitative" }, text: { field: "p", format: ".0%" } } },
            ],
          },
        ],
      },
    ],
  } as TopLevelSpec;
}

/** Writes the Council chart to `path` (.vl.json, .svg, .png or .html); returns the path. */
export async function writeCouncilChart(f: CouncilForecast, path: string): Promise<string> {
  await exportChart(councilChart(f), path);
  return path;
}
