import { checkActual } from "./checkActual.ts";
import { prepareForecast, type ForecastOptions } from "./prepareForecast.ts";
import { simulateOutcome } from "./simulateOutcome.ts";
import type { Forecast, ForecastSpec } from "./types.ts";
import type { CouncilForecast, CouncilRecord, CouncilSpec } from "../council/types.ts";
import { forecastCouncil, type CouncilForecastOptions } from "../council/forecastCouncil.ts";
import { councilSoftKnown } from "../council/councilSoftKnown.ts";
import { loadCouncil } from "../council/loadCouncil.ts";

/**
 * Forecasts a new resolution: each member state's probabilities of yes,
 * abstain, no and absent; the distribution of totals; expected counts with
 * 80% and 95% intervals; and P(adopted) under the rule. See
 * `prepareForecast` for the method and `simulateOutcome` for the totals.
 * A spec with `"body": "SC"` is a Security Council draft (`forecastCouncil`).
 * An Assembly spec naming a Council vote (`council`) takes its members'
 * votes as soft known positions (`councilSoftKnown`) and lists it first
 * among the resembling votes (component -1, weight 0: it is not in the mixture).
 *
 * @example
 * const f = forecastResolution({ title: "Territorial integrity of Ukraine", asOf: "2022-10-11",
 *   like: ["A/RES/ES-11/1", "A/RES/ES-11/2"], rule: "two-thirds" });
 * f.expected.yes; // about 140
 */
export function forecastResolution(spec: CouncilSpec, options?: CouncilForecastOptions): CouncilForecast;
export function forecastResolution(spec: ForecastSpec, options?: ForecastOptions & { council?: CouncilRecord }): Forecast;
export function forecastResolution(spec: ForecastSpec | CouncilSpec, options: (ForecastOptions & { council?: CouncilRecord }) | CouncilForecastOptions = {}): Forecast | CouncilForecast {
  if (typeof spec === "object" && spec !== null && (spec as { body?: unknown }).body === "SC") return forecastCouncil(spec as CouncilSpec, options as CouncilForecastOptions);
  const { council: record, ...rest } = options as ForecastOptions & { council?: CouncilRecord };
  const s = spec as ForecastSpec;
  let fromCouncil: ReturnType<typeof councilSoftKnown> | null = null;
  if (typeof s === "object" && s !== null && typeof s.council === "string" && typeof s.asOf === "string") {
    fromCouncil = councilSoftKnown(record ?? loadCouncil(), s.council, s.asOf);
  }
  const prepared = prepareForecast(s, fromCouncil ? { ...rest, softKnown: { ...fromCouncil.softKnown, ...(rest.softKnown ?? {}) } } : rest);
  checkActual(prepared.spec, prepared.nStates);
  const f = simulateOutcome(prepared);
  if (fromCouncil) {
    const v = fromCouncil.vote;
    const vals = Object.values(v.votes);
    f.resembling.unshift({
      symbol: v.resolution ?? v.draft,
      date: v.date,
      title: `Security Council: ${v.agenda}${v.outcome === "vetoed" ? ` (vetoed by ${v.vetoedBy.join(", ")})` : ""}`,
      weight: 0,
      similarity: 1,
      component: -1,
      totals: { yes: vals.filter((x) => x === "Y").length, no: vals.filter((x) => x === "N").length, abstain: vals.filter((x) => x === "A").length },
    });
  }
  return f;
}
