import { PlenaryError } from "../util/PlenaryError.ts";
import type { ForecastSpec } from "./types.ts";

/**
 * Checks a spec's `actual` counts against the membership the forecast is
 * for: yes + no + abstain + absent must equal the number of member states
 * as of asOf (every member is counted once; absent is a count, not a
 * remainder). Does nothing without `actual`.
 *
 * @example
 * checkActual({ title: "t", asOf: "2022-10-11", actual: { yes: 143, no: 5, abstain: 35, absent: 10 } }, 193); // fine
 */
export function checkActual(spec: Pick<ForecastSpec, "actual" | "asOf">, members: number): void {
  const a = spec.actual;
  if (!a) return;
  const total = a.yes + a.no + a.abstain + a.absent;
  if (total !== members) {
    throw new PlenaryError(`invalid actual; yes + no + abstain + absent = ${total}, but ${members} states were members as of ${spec.asOf}: ${JSON.stringify(a)}`);
  }
}
