/**
 * A seat that passed from one government to another under the same code
 * (unlike a code change, see ./codeChanges.ts): the record keeps one code,
 * but the votes before and after are not one state's positions.
 */
export interface SeatChange {
  /** The seat's code. */
  iso3: string;
  /** Date the other government took the seat (ISO). */
  date: string;
  /** What happened, in words. */
  note: string;
}

/** The seat changes of the record (source: General Assembly resolution 2758 (XXVI), 25 October 1971). */
export const SEAT_CHANGES: readonly SeatChange[] = Object.freeze([
  { iso3: "CHN", date: "1971-10-25", note: "the People's Republic of China took China's seat from the Republic of China (resolution 2758 (XXVI))" },
]);
