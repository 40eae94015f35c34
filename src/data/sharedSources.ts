import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BuildOptions } from "./buildDataset.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/**
 * Default raw sources for `plenary data build`: the project's shared raw-data
 * folder beside the repository (`../shared/data`), used only when building.
 */
export function sharedSources(root = fileURLToPath(new URL("../../../shared/data/", import.meta.url))): Omit<BuildOptions, "out"> {
  const p = (rel: string) => `${root}${rel}`;
  if (!existsSync(p("undl/ga_rollcalls.csv"))) {
    throw new PlenaryError(`raw sources not found in ${JSON.stringify(root)}; pass --official <file> (an official *_ga_voting.csv) or --undl-votes/--undl-rollcalls`);
  }
  return {
    undlVotes: p("undl/ga_votes_1946_2025.csv.gz"),
    undlRollCalls: p("undl/ga_rollcalls.csv"),
    voeten: existsSync(p("voeten/un_roll_calls.csv.gz")) ? p("voeten") : undefined,
    reference: existsSync(p("reference/bsv_idealpoints_all_apr2020.csv")) ? p("reference/bsv_idealpoints_all_apr2020.csv") : undefined,
  };
}
