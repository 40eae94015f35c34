import type { VoteLetter } from "../data/voteCodes.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { findCouncilVote } from "./findCouncilVote.ts";
import type { CouncilRecord, CouncilVote } from "./types.ts";

/**
 * Weight of a Council member's vote as evidence of its later Assembly vote
 * on the same question (the likelihood's weight in the soft known positions):
 * a yes or a no in the Council is usually repeated in the Assembly; an
 * abstention much less often (India and Gabon abstained on S/2022/720 and
 * then voted otherwise on A/RES/ES-11/4). Measured by
 * scripts/councilToAssembly.ts (share of Council votes repeated on the
 * emergency special session votes that followed a veto).
 */
export const COUNCIL_SOFT_WEIGHTS: Readonly<Record<"Y" | "N" | "A", number>> = { Y: 0.9, N: 0.85, A: 0.45 };

/**
 * The soft known positions an Assembly forecast takes from a Council vote:
 * each member's yes, no or abstention with its weight (not participating is
 * left out). The vote must precede asOf.
 */
export function councilSoftKnown(record: Pick<CouncilRecord, "votes">, symbol: string, asOf: string, weights: Readonly<Record<"Y" | "N" | "A", number>> = COUNCIL_SOFT_WEIGHTS): { vote: CouncilVote; softKnown: Record<string, { vote: VoteLetter; weight: number }> } {
  let vote: CouncilVote;
  try {
    vote = findCouncilVote(record, symbol);
  } catch (e) {
    throw new PlenaryError(`invalid council; ${(e as Error).message}`);
  }
  if (!(vote.date < asOf)) throw new PlenaryError(`invalid council; ${symbol} was voted on ${vote.date}, not before asOf ${asOf}: ${JSON.stringify(symbol)}`);
  const softKnown: Record<string, { vote: VoteLetter; weight: number }> = {};
  for (const [m, v] of Object.entries(vote.votes)) {
    if (v === "X") continue;
    softKnown[m] = { vote: v, weight: weights[v] };
  }
  return { vote, softKnown };
}
