import { checkObject } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { SEGMENT_KINDS, type SegmentKind } from "./tuningSets.ts";

/** The baselines B5 chooses from. */
export const BASE_BASELINES = ["B1 recent shares", "B2 shares + last vote", "B3 nearest title"] as const;
export type BaseBaseline = (typeof BASE_BASELINES)[number];

/** A baseline's weight on its vote (B2: the previous vote on the same text; B3: the vote on the nearest earlier title), per segment kind. */
export type KindWeights = Record<SegmentKind, number>;

/**
 * B2's and B3's weights per segment kind, each chosen by log-loss on the
 * tuning votes of its kind (TUNING_SETS: the repeated texts of 62-69, the
 * novel texts of 54-69, the emergency votes before 2015), by
 * `BASELINES=1 npx tsx scripts/tuneForecast.ts`, the script that tunes the
 * engine's settings on the same votes (grid 0, 0.05, ..., 1; log-loss on
 * 94,251 repeated, 25,440 novel and 5,563 emergency votes). B2 on a novel
 * text has no previous vote (it is B1 there, whatever its weight: the grid's
 * first, 0, is kept).
 */
export const BASELINE_WEIGHTS: Readonly<{ B2: Readonly<KindWeights>; B3: Readonly<KindWeights> }> = Object.freeze({
  B2: Object.freeze({ repeated: 0.9, novel: 0, emergency: 0.25 }),
  B3: Object.freeze({ repeated: 0.9, novel: 0.05, emergency: 0.25 }),
});

/** B5, the best baseline per segment kind: the one with the lowest log-loss on that kind's tuning votes (at its tuned weight). */
export const B5_CHOICE: Readonly<Record<SegmentKind, BaseBaseline>> = Object.freeze({
  repeated: "B2 shares + last vote",
  novel: "B3 nearest title",
  emergency: "B3 nearest title",
});

/** Checks per-kind weights (each in [0, 1]); errors name the kind and value. */
export function checkKindWeights(w: unknown, name: string): asserts w is KindWeights {
  checkObject(w, name);
  for (const k of SEGMENT_KINDS) {
    const v = (w as Record<string, unknown>)[k];
    if (!(typeof v === "number" && 0 <= v && v <= 1)) throw new PlenaryError(`invalid ${name}.${k}; expected a number in [0, 1]: ${JSON.stringify(v)}`);
  }
}
