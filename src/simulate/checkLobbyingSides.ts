import { PlenaryError } from "../util/PlenaryError.ts";
import type { Scenario } from "./types.ts";

/**
 * Checks that every lobbying side of a scenario (`interventions[i].by`) was
 * a member state as of the forecast's asOf: the Soviet Union ("SUN") cannot
 * lobby in 2022. `members` are the ISO3 codes of the members on that date.
 *
 * @example
 * checkLobbyingSides({ forecast: "x.json", interventions: [{ by: "USA", toward: "Y", strength: 1, targets: ["IND"] }] }, ["USA", "IND"], "2022-10-11");
 */
export function checkLobbyingSides(scenario: Pick<Scenario, "interventions">, members: readonly string[], asOf: string): void {
  const set = new Set(members);
  scenario.interventions.forEach((iv, i) => {
    const by = Array.isArray(iv.by) ? iv.by : [iv.by];
    by.forEach((iso3, j) => {
      if (!set.has(iso3)) {
        throw new PlenaryError(`invalid interventions[${i}].by${Array.isArray(iv.by) ? `[${j}]` : ""}; not a member state as of ${asOf}: ${JSON.stringify(iso3)}`, { code: "not-found" });
      }
    });
  });
}
