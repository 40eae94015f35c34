/**
 * Russia's warning before the vote suspending it from the Human Rights
 * Council (A/RES/ES-11/3, 7 April 2022, adopted 93-24-58 with 18 absent):
 * Russia told states that abstaining, not only voting yes, would be seen as
 * unfriendly. Baseline: a forecast as of 2022-04-06 like A/RES/ES-11/1 and
 * A/RES/ES-11/2 (141 and 140 yes). Prints the outcome with Russian pressure
 * toward no, the most movable states, the response curve, the states where
 * pressure pays most, the implied strength for the observed 93, and
 * variants (pressure toward abstention; Western counter-lobbying).
 *
 * Run: npx tsx scenarios/hrc-suspension-2022.ts [--no-charts]
 */
import { runScenarioScript } from "./scenarioScript.ts";

/** Runs the scenario and its variants; see the file comment. */
export function hrcSuspension2022(options: { charts?: boolean; print?: (text: string) => void } = {}) {
  return runScenarioScript("hrc-suspension-2022", {
    ...options,
    actualVote: "A/RES/ES-11/3",
    variants: [
      { label: "Russian warning at one typical campaign (toward no; strength drawn per draw)", interventions: ([ru]) => [{ ...ru, strength: { campaigns: 1 } }], implied: true },
      { label: "pressure toward abstention instead, same strength", interventions: ([ru]) => [{ ...ru, toward: "A" }], implied: true },
      {
        label: "toward no at the implied strength",
        interventions: ([ru], main) => [{ ...ru, strength: main.impliedStrength?.strength ?? ru.strength }],
      },
      {
        label: "... with US+UK+France lobbying toward yes, strength 1",
        interventions: ([ru], main) => [
          { ...ru, strength: main.impliedStrength?.strength ?? ru.strength },
          { label: "Western counter-lobbying", by: ["USA", "GBR", "FRA"], toward: "Y", targets: ru.targets, strength: 1 },
        ],
      },
    ],
    note:
      "Strength is a shift on the model's latent scale for a state of average agreement with Russia (see docs/lobbying.md).\n" +
      "The forecast resembles two condemnations; a suspension from the Council is a harder ask, and the implied strength absorbs\n" +
      "that difference as well as the warning, so it is an upper bound on what the warning did.",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await hrcSuspension2022({ charts: !process.argv.includes("--no-charts") });
