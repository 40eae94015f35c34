import { checkAssembly, checkRollCall } from "../util/checkArgs.ts";
import type { Assembly, RollCall } from "./types.ts";
import { NOT_MEMBER, VOTE_LETTERS, type VoteLetter } from "./voteCodes.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

/** A roll call with its totals recomputed from the votes, and each state's vote. */
export interface RollCallVotes {
  resolution: string;
  date: string;
  title: string;
  session: string;
  undlId: number;
  totals: { yes: number; no: number; abstain: number; absent: number };
  votes: Record<string, VoteLetter>;
}

/** Each member state's vote on one roll call (members only), with totals counted from them. */
export function rollCallVotes(assembly: Pick<Assembly, "rollCalls" | "states" | "matrix">, rollCall: RollCall): RollCallVotes {
  checkAssembly(assembly);
  checkRollCall(rollCall);
  const row = assembly.rollCalls.indexOf(rollCall);
  if (row < 0) throw new PlenaryError(`roll call not in this assembly: ${JSON.stringify(rollCall.symbol)}`);
  const { codes, nStates } = assembly.matrix;
  const votes: Record<string, VoteLetter> = {};
  const totals = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (let s = 0; s < nStates; s++) {
    const v = codes[row * nStates + s];
    if (v === NOT_MEMBER) continue;
    const letter = VOTE_LETTERS[v] as VoteLetter;
    votes[assembly.states[s].iso3] = letter;
    if (letter === "Y") totals.yes++;
    else if (letter === "N") totals.no++;
    else if (letter === "A") totals.abstain++;
    else totals.absent++;
  }
  return { resolution: rollCall.symbol, date: rollCall.date, title: rollCall.title, session: rollCall.session, undlId: rollCall.undlId, totals, votes };
}
