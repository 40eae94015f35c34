import type { Forecast } from "../forecast/types.ts";
import { PlenaryError } from "../util/PlenaryError.ts";

const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
/** A probability, allowing rounding error of 1e-9 either side (sums of draws can land at 1.0000000000000004). */
const isProb = (x: unknown): x is number => isNum(x) && -1e-9 <= x && x <= 1 + 1e-9;
const show = (x: unknown): string => {
  const s = JSON.stringify(x);
  return s === undefined ? String(x) : s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

/**
 * Checks, at the door of a chart builder, that a forecast has the fields the
 * charts read, with finite numbers in range. Throws an error naming the
 * field (prefixed by `name`) and echoing the value.
 */
export function checkForecast(forecast: Forecast, name = "forecast"): void {
  if (forecast === null || typeof forecast !== "object") throw new PlenaryError(`invalid ${name}; expected a forecast object, got ${show(forecast)}`);
  const f = forecast as unknown as Record<string, unknown>;
  if (!(Number.isInteger(f.members) && (f.members as number) >= 1)) {
    throw new PlenaryError(`invalid ${name}.members; expected a positive integer, got ${show(f.members)}`);
  }
  const members = f.members as number;
  for (const key of ["pAdopted"] as const) {
    const v = f[key];
    if (!(isProb(v))) throw new PlenaryError(`invalid ${name}.${key}; expected a probability in [0, 1], got ${show(v)}`);
  }
  if (!isNum(f.threshold)) throw new PlenaryError(`invalid ${name}.threshold; expected a finite number, got ${show(f.threshold)}`);
  if (typeof f.title !== "string") throw new PlenaryError(`invalid ${name}.title; expected a string, got ${show(f.title)}`);
  if (typeof f.asOf !== "string") throw new PlenaryError(`invalid ${name}.asOf; expected an ISO date string, got ${show(f.asOf)}`);
  if (f.rule !== "majority" && f.rule !== "two-thirds") {
    throw new PlenaryError(`invalid ${name}.rule; expected "majority" or "two-thirds", got ${show(f.rule)}`);
  }
  const dist = f.yesDistribution;
  if (!Array.isArray(dist) || dist.length !== members + 1) {
    throw new PlenaryError(`invalid ${name}.yesDistribution; expected an array of length members + 1 = ${members + 1}, got ${Array.isArray(dist) ? `length ${dist.length}` : show(dist)}`);
  }
  dist.forEach((p, k) => {
    if (!(isProb(p))) throw new PlenaryError(`invalid ${name}.yesDistribution[${k}]; expected a probability in [0, 1], got ${show(p)}`);
  });
  for (const block of ["expected", "interval80", "interval95"] as const) {
    const b = f[block] as Record<string, unknown> | undefined;
    for (const k of ["yes", "abstain", "no", "absent"]) {
      const v = b?.[k];
      const ok = block === "expected" ? isNum(v) : Array.isArray(v) && v.length === 2 && isNum(v[0]) && isNum(v[1]) && v[0] <= v[1];
      if (!ok) throw new PlenaryError(`invalid ${name}.${block}.${k}; expected ${block === "expected" ? "a finite number" : "an interval [lo, hi] with lo <= hi"}, got ${show(v)}`);
    }
  }
  if (f.actual !== undefined) {
    const a = f.actual as Record<string, unknown>;
    for (const k of ["yes", "abstain", "no", "absent"]) {
      if (!isNum(a?.[k])) throw new PlenaryError(`invalid ${name}.actual.${k}; expected a finite number, got ${show(a?.[k])}`);
    }
  }
  if (!Array.isArray(f.countries)) throw new PlenaryError(`invalid ${name}.countries; expected an array, got ${show(f.countries)}`);
  (f.countries as unknown[]).forEach((c, i) => {
    const r = c as Record<string, unknown>;
    if (typeof r?.iso3 !== "string") throw new PlenaryError(`invalid ${name}.countries[${i}].iso3; expected a string, got ${show(r?.iso3)}`);
    for (const k of ["pYes", "pAbstain", "pNo", "pAbsent"]) {
      const v = r[k];
      if (!(isProb(v))) throw new PlenaryError(`invalid ${name}.countries[${i}].${k} (${r.iso3}); expected a probability in [0, 1], got ${show(v)}`);
    }
  });
}
