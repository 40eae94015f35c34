import { showValue } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
/**
 * The model's time period for a roll call: the regular session in progress.
 * Regular sessions are numbered in the symbol ("77"); emergency special
 * ("ES-11") and special ("S-10") sessions take the regular session open on
 * their date. Session N (N >= 2) opens in September of year 1945 + N; session 1
 * ran through 1946 and the first half of 1947.
 *
 * @example
 * sessionPeriod("ES-11", "2022-03-02") // 76
 * sessionPeriod("ES-11", "2022-10-12") // 77
 */
export function sessionPeriod(session: string, date: string): number {
  if (typeof session !== "string" || !SESSION.test(session)) throw new PlenaryError(`invalid session; expected a session as in UN symbols ("77", "ES-11" or "S-27"): ${JSON.stringify(session)}`);
  if (/^\d+$/.test(session)) return Number(session);
  checkDate("date", date);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return Math.max(1, month >= 9 ? year - 1945 : year - 1946);
}

/** A session label: a regular session number, "ES-n" or "S-n" (the forms of UN symbols; "ES-0" stands for none). */
const SESSION = /^(\d{1,3}|ES-\d{1,2}|S-\d{1,2})$/;

/** Kind of session from its label. */
export function sessionKind(session: string): "regular" | "emergency" | "special" {
  if (typeof session !== "string" || !SESSION.test(session)) throw new PlenaryError(`invalid session; expected a session as in UN symbols ("77", "ES-11" or "S-27"): ${JSON.stringify(session)}`);
  if (session.startsWith("ES-")) return "emergency";
  if (session.startsWith("S-")) return "special";
  return "regular";
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(s: string): boolean {
  if (typeof s !== "string") return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Days since 1970-01-01 for an ISO date (no validation): the project's one
 * way of counting days between votes.
 *
 * @example
 * dayNumber("1970-01-02"); // 1
 * dayNumber("2022-10-12") - dayNumber("2022-03-02"); // 224
 */
export function dayNumber(date: string): number {
  if (typeof date !== "string" || !isIsoDate(date)) throw new PlenaryError(`invalid date; expected "YYYY-MM-DD": ${JSON.stringify(typeof date === "string" ? date.slice(0, 40) : date) ?? String(date)}`);
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
}

/** Throws `invalid NAME; not a date: "VALUE"` unless the value is an ISO date; returns it. */
export function checkDate(name: string, value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw new PlenaryError(`invalid ${name}; not a date (YYYY-MM-DD): ${showValue(value)}`);
  }
  return value;
}
