/** Year a regular session of the General Assembly opened (September): session 1 in 1946, session n in 1945 + n. */
export function sessionYear(session: number): number {
  return 1945 + session;
}

/**
 * The x encoding of a chart by General Assembly session, labelled in years
 * (the year each session opened: session 77 opened in September 2022), so a
 * reader needs no table of session numbers. `field` holds session numbers.
 */
export function sessionAxis(field: string) {
  return {
    field,
    type: "quantitative" as const,
    title: "Year the General Assembly session opened",
    axis: { labelExpr: "datum.value + 1945", tickMinStep: 1, labelFlush: true },
    scale: { zero: false, nice: false },
  };
}
