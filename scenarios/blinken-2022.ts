/**
 * The flagship lobbying scenario: what did Secretary of State Blinken's
 * virtual meeting with diplomats from more than 100 countries plausibly buy
 * before the vote condemning Russia's attempted annexation of four Ukrainian
 * regions (A/RES/ES-11/4, 12 October 2022, adopted 143-5-35)? Baseline: the
 * ES-11/4 forecast as of 2022-10-11, like ES-11/1 and ES-11/2. Prints the
 * outcome with and without the US outreach, the most movable states, the
 * response curve, the ten best states to call, the strength implied by the
 * observed 143, and variants with Russian counter-lobbying.
 *
 * Run: npx tsx scenarios/blinken-2022.ts [--no-charts]
 */
import { runScenarioScript } from "./scenarioScript.ts";

/** Runs the scenario and its variants; see the file comment. */
export function blinken2022(options: { charts?: boolean; print?: (text: string) => void } = {}) {
  return runScenarioScript("blinken-2022", {
    ...options,
    actualVote: "A/RES/ES-11/4",
    variants: [
      { label: "US outreach at one typical campaign (strength drawn per draw)", interventions: ([us, ru]) => [{ ...us, strength: { campaigns: 1 } }, ru], implied: true },
      {
        label: "Russian counter-lobbying toward abstain, equal strength",
        interventions: ([us, ru]) => [us, { ...ru, strength: us.strength }],
      },
      {
        label: "US outreach at the implied strength",
        interventions: ([us, ru], main) => [{ ...us, strength: main.impliedStrength?.strength ?? us.strength }, ru],
      },
      {
        label: "... and Russian counter-lobbying at strength 1",
        interventions: ([us, ru], main) => [{ ...us, strength: main.impliedStrength?.strength ?? us.strength }, { ...ru, strength: 1 }],
      },
      {
        label: "with Russian counter-lobbying at strength 1: implied US strength",
        interventions: ([us, ru]) => [us, { ...ru, strength: 1 }],
        implied: true,
      },
    ],
    note:
      "Strength is a shift on the model's latent scale for a state of average agreement with the lobbying side (see docs/lobbying.md).\n" +
      "The implied strength is the lobbying that would close the whole gap between the forecast and the result; it also absorbs\n" +
      "whatever else changed between March and October 2022 (the annexations themselves, other diplomacy), so it is an upper bound.",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await blinken2022({ charts: !process.argv.includes("--no-charts") });
