import type { VoteMatrix } from "../data/types.ts";
import { isVote } from "../data/voteCodes.ts";
import type { Resembling } from "./findResembling.ts";
import { broadWeightFor, itemSdFor, type ForecastSettings } from "./forecastSettings.ts";
import type { VoteKind } from "./types.ts";

/** One component of the mixture over the new roll call's parameters. */
export interface Component {
  /** Its roll calls, with weights (relative within the component). */
  members: Resembling[];
  /** Prior weight (components' weights sum to 1). */
  prior: number;
  /** The broad component ("a split unlike any of these"): recent roll calls in general. */
  broad: boolean;
  /** Whether a member is the same text (states may repeat their vote on it: habit). */
  sameText: boolean;
  /** How far the new roll call's cutpoints sit below a member's (toward yes), in logistic units: nonzero for a novel text only. */
  cutShift?: number;
  /** Sd of the new roll call's cutpoints around a member's. */
  itemSd: number;
  /** Scale of the vote's logistic error (smaller when the same text was voted before: persistence). */
  noiseScale: number;
  label: string;
}

/**
 * Groups resembling roll calls into mixture components: a roll call joins
 * the first component whose leading roll call the states voted on alike
 * (share of states with the same yes/abstain/no on both at least
 * `agreement`), else starts a new one (at most `maxComponents`; beyond that
 * it joins the component it agrees with most). Resembling votes that
 * disagree are thus kept apart, never averaged into one split. A broad
 * component built from `broadPool` (recent roll calls) takes the weight of
 * "a split unlike any of these" for the kind of vote (all of it when nothing
 * resembles). Weights: each component's best retrieval weight, normalized.
 */
export function groupComponents(
  resembling: readonly Resembling[],
  broadPool: readonly Resembling[],
  kind: VoteKind,
  matrix: VoteMatrix,
  settings: ForecastSettings,
): Component[] {
  const groups: Resembling[][] = [];
  for (const r of resembling) {
    let best = -1;
    let bestAgree = -1;
    for (let g = 0; g < groups.length; g++) {
      const a = agreement(matrix, groups[g][0].row, r.row);
      if (a > bestAgree) {
        bestAgree = a;
        best = g;
      }
    }
    if (best >= 0 && (bestAgree >= settings.agreement || groups.length >= settings.maxComponents)) groups[best].push(r);
    else groups.push([r]);
  }
  // a component weighs as much as its best member: a text repeated every year is one resemblance, not five
  const total = groups.reduce((s, g) => s + Math.max(...g.map((r) => r.weight)), 0);
  const broadShare = groups.length === 0 ? 1 : broadWeightFor(settings, kind);
  const itemSd = itemSdFor(settings, kind);
  const otherNoise = kind === "novel" ? settings.noiseScaleNovel : settings.noiseScaleOther;
  const cutShift = kind === "novel" ? settings.novelShift : 0;
  const components: Component[] = groups.map((members) => {
    const w = Math.max(...members.map((r) => r.weight));
    const lead = members[0].rollCall;
    return {
      members,
      prior: (1 - broadShare) * (w / total),
      broad: false,
      sameText: members.some((m) => m.sameText),
      itemSd,
      cutShift,
      noiseScale: members.some((m) => m.sameText) ? settings.noiseScale : otherNoise,
      label: `like ${lead.symbol} (${lead.stated.yes}-${lead.stated.no}-${lead.stated.abstain})`,
    };
  });
  if (broadShare > 0 && broadPool.length > 0) {
    components.push({ members: [...broadPool], prior: broadShare, broad: true, sameText: false, itemSd: settings.broadItemSd, cutShift, noiseScale: otherNoise, label: "unlike any of these" });
  } else if (components.length > 0) {
    for (const c of components) c.prior /= 1 - broadShare;
  }
  return components;
}

/** Share of the states voting yes, abstain or no on both roll calls that voted alike (0 when none did). */
export function agreement(matrix: VoteMatrix, rowA: number, rowB: number): number {
  const { codes, nStates } = matrix;
  let both = 0;
  let same = 0;
  for (let s = 0; s < nStates; s++) {
    const a = codes[rowA * nStates + s];
    const b = codes[rowB * nStates + s];
    if (isVote(a) && isVote(b)) {
      both++;
      if (a === b) same++;
    }
  }
  return both > 0 ? same / both : 0;
}
