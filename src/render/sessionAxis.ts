/** Year a regular session of the General Assembly opened (September): session 1 in 1946, session n in 1945 + n. */
export function sessionYear(session: number): number {
  return 1945 + session;
}

/**
 * The x encoding of a chart by General Assembly session, labelled in years
 * (the year each session opened: session 77 opened in September 2022), so a
 * reader needs no table of session numbers. `field` holds session numbers.
 * With `range` (the first and last session drawn), the ticks fall on round
 * years (every 5 years over up to 40 sessions, else every 10) and the domain
 * gets half a session of room at each end, so no year label is pushed
 * against its neighbour (as a flush "2025" beside "2020" was).
 */
export function sessionAxis(field: string, range?: readonly [number, number]) {
  if (!range) {
    return {
      field,
      type: "quantitative" as const,
      title: "Year the General Assembly session opened",
      axis: { labelExpr: "datum.value + 1945", tickMinStep: 1, labelFlush: true, labelOverlap: true },
      scale: { zero: false, nice: false },
    };
  }
  const [lo, hi] = range;
  const step = hi - lo > 40 ? 10 : 5;
  const values: number[] = [];
  for (let y = Math.ceil(sessionYear(lo) / step) * step; y <= sessionYear(hi); y += step) values.push(y - 1945);
  return {
    field,
    type: "quantitative" as const,
    title: "Year the General Assembly session opened",
    axis: { labelExpr: "datum.value + 1945", values, labelFlush: false, labelOverlap: true },
    scale: { zero: false, nice: false, domain: [lo - 0.5, hi + 0.5] },
  };
}
