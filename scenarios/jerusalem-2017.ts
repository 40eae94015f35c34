/**
 * The US aid threat before the vote on the status of Jerusalem
 * (A/RES/ES-10/19, 21 December 2017, adopted 128-9-35 with 21 absent).
 * Baseline: a forecast as of 2017-12-20 like the regular "Jerusalem"
 * resolution three weeks earlier (A/RES/72/15, 151-6-9). Prints the outcome
 * with US pressure toward abstention, the most movable states, the response
 * curve, the states where pressure would have paid most, the implied
 * strength for the observed 128, and variants (pressure toward no, toward
 * staying away).
 *
 * Run: npx tsx scenarios/jerusalem-2017.ts [--no-charts]
 */
import { runScenarioScript } from "./scenarioScript.ts";

/** Runs the scenario and its variants; see the file comment. */
export function jerusalem2017(options: { charts?: boolean; print?: (text: string) => void } = {}) {
  return runScenarioScript("jerusalem-2017", {
    ...options,
    actualVote: "A/RES/ES-10/19",
    variants: [
      { label: "toward no at one typical campaign (strength drawn per draw)", interventions: ([us]) => [{ ...us, toward: "N" as const, strength: { campaigns: 1 } }], implied: true },
      { label: "pressure toward no instead, same strength", interventions: ([us]) => [{ ...us, toward: "N" }], implied: true },
      { label: "pressure to stay away instead, same strength", interventions: ([us]) => [{ ...us, toward: "stay away" }], implied: true },
      {
        label: "toward abstention at the implied strength",
        interventions: ([us], main) => [{ ...us, strength: main.impliedStrength?.strength ?? us.strength }],
      },
    ],
    note:
      "Strength is a shift on the model's latent scale for a state of average agreement with the United States (see docs/lobbying.md).\n" +
      "Toward abstention pulls each target's utility toward the middle of the cutpoints, so states far on the yes side move least.\n" +
      "The implied strength also absorbs the difference between an emergency-session vote on the US decision and the routine\n" +
      "regular-session resolution it is compared with, so it is an upper bound on what the threat did.",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await jerusalem2017({ charts: !process.argv.includes("--no-charts") });
