/**
 * A whip count before the vote suspending Russia from the Human Rights
 * Council (A/RES/ES-11/3, 7 April 2022, adopted 93-24-58 with 18 absent).
 * The forecast as of 6 April, like A/RES/ES-11/1 and ES-11/2 (141 and 140
 * yes), expects far more yes votes than were cast: a suspension was a
 * harder ask than a condemnation. Positions known before a vote say so.
 * This script reveals the actual positions of 0, 30, 60 and 120 voting
 * states drawn at random (seeded) and shows what the forecast learns from
 * them: the expected yes with and without them, the 95% interval, the
 * states whose outlook moved most, and the known positions that stay
 * surprising. The forecast learns the new roll call's parameters and, through
 * the states that deviate together, moves the states no one has called.
 *
 * Run: npx tsx scenarios/whip-count-2022.ts
 */
import { findRollCall, forecastResolution, loadAssembly, rollCallVotes, seededRandom, type ForecastSpec, type VoteLetter } from "../src/index.ts";

/** One row of the whip count: how many positions were revealed and what the forecast made of them. */
export interface WhipCountRow {
  revealed: number;
  revealedVotes: { yes: number; no: number; abstain: number; absent: number };
  expectedYes: number;
  expectedYesWithout: number;
  interval95: [number, number];
  surprises: number;
  moved: string[];
}

/** Runs the whip count; returns its rows and prints them (see the file comment). */
export function whipCount2022(options: { print?: (text: string) => void; counts?: number[]; draws?: number } = {}): { actual: number; rows: WhipCountRow[] } {
  const print = options.print ?? ((t: string) => console.log(t));
  const assembly = loadAssembly();
  const actual = rollCallVotes(assembly, findRollCall(assembly, "A/RES/ES-11/3"));
  const voting = Object.entries(actual.votes).filter(([, v]) => v !== "X").sort(([a], [b]) => (a < b ? -1 : 1));
  const spec: ForecastSpec = {
    title: "Suspension of the rights of membership of the Russian Federation in the Human Rights Council",
    asOf: "2022-04-06",
    session: "ES-11",
    like: ["A/RES/ES-11/1", "A/RES/ES-11/2"],
    rule: "two-thirds",
    draws: options.draws ?? 10000,
  };
  print(`${actual.resolution} (${actual.date}): ${actual.totals.yes} yes, ${actual.totals.no} no, ${actual.totals.abstain} abstaining, ${actual.totals.absent} absent`);
  print(`forecast as of ${spec.asOf}, like ${spec.like!.join(" and ")}, with the actual positions of randomly chosen voting states known\n`);
  const rows: WhipCountRow[] = [];
  for (const n of options.counts ?? [0, 30, 60, 120]) {
    const random = seededRandom(7);
    const pool = [...voting];
    const known: Record<string, VoteLetter> = {};
    for (let k = 0; k < n && pool.length > 0; k++) {
      const [iso3, vote] = pool.splice(Math.floor(random() * pool.length), 1)[0];
      known[iso3] = vote;
    }
    const f = forecastResolution({ ...spec, known });
    const count = (v: VoteLetter) => Object.values(known).filter((x) => x === v).length;
    const row: WhipCountRow = {
      revealed: n,
      revealedVotes: { yes: count("Y"), no: count("N"), abstain: count("A"), absent: count("X") },
      expectedYes: f.expected.yes,
      expectedYesWithout: f.knownEffect ? f.knownEffect.without.yes : f.expected.yes,
      interval95: f.interval95.yes,
      surprises: f.surprises.length,
      moved: (f.knownEffect?.moved ?? []).slice(0, 5).map((m) => `${m.iso3} ${Math.round(100 * m.before.pYes)}% -> ${Math.round(100 * m.after.pYes)}% yes`),
    };
    rows.push(row);
    const v = row.revealedVotes;
    print(`${String(n).padStart(3)} known (${v.yes}-${v.no}-${v.abstain} yes-no-abstain): expected yes ${row.expectedYes.toFixed(1)} (95% interval ${row.interval95[0]}-${row.interval95[1]}; ${row.expectedYesWithout.toFixed(1)} without them), ${row.surprises} surprise${row.surprises === 1 ? "" : "s"}`);
    if (row.moved.length > 0) print(`      moved most: ${row.moved.join(", ")}`);
  }
  print(`\nactual: ${actual.totals.yes} yes`);
  return { actual: actual.totals.yes, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) whipCount2022();
