/**
 * Does a Council vote help forecast the Assembly vote that follows it?
 * For every Assembly vote of an emergency special session held within 60
 * days after a Council veto (the veto's members' votes known), forecasts it
 * as of the day before, with and without the Council vote as soft known
 * positions (`council` in the spec), and reports the log-loss of the Council
 * members' Assembly votes and of all states' votes, and how often a Council
 * member's yes, no or abstention was repeated in the Assembly (the basis of
 * the soft positions' weights). Run: `npx tsx scripts/councilToAssembly.ts [--json]`.
 */
import { dayNumber, forecastResolution, loadAssembly, loadCouncil, modelForAsOf, rollCallVotes } from "../src/index.ts";

const assembly = loadAssembly();
const council = loadCouncil();
const vetoes = council.votes.filter((v) => v.outcome === "vetoed");
const rows: { symbol: string; date: string; council: string; llMembersWith: number; llMembersWithout: number; llAllWith: number; llAllWithout: number; members: number }[] = [];
const repeat = { Y: [0, 0], N: [0, 0], A: [0, 0] } as Record<"Y" | "N" | "A", [number, number]>;
const prob = (c: { pYes: number; pAbstain: number; pNo: number; pAbsent: number }, v: string) => Math.max(1e-6, v === "Y" ? c.pYes : v === "A" ? c.pAbstain : v === "N" ? c.pNo : c.pAbsent);
for (const rc of assembly.rollCalls) {
  if (!rc.session.startsWith("ES-") || rc.date < "1994-01-01") continue;
  const veto = [...vetoes].reverse().find((v) => v.date < rc.date && dayNumber(rc.date) - dayNumber(v.date) <= 60);
  if (!veto) continue;
  const actual = rollCallVotes(assembly, rc).votes;
  for (const [m, cv] of Object.entries(veto.votes)) {
    if (cv === "X" || !actual[m]) continue;
    repeat[cv][1]++;
    if (actual[m] === cv) repeat[cv][0]++;
  }
  const day = new Date((dayNumber(rc.date) - 1) * 86_400_000).toISOString().slice(0, 10);
  const model = modelForAsOf(assembly, day);
  const base = { title: rc.title, asOf: day, session: rc.session, draws: 4000, seed: 1 };
  const without = forecastResolution(base, { assembly, model });
  const withC = forecastResolution({ ...base, council: veto.draft }, { assembly, model, council });
  const ll = (f: typeof without, only: string[] | null) => {
    const cs = f.countries.filter((c) => actual[c.iso3] && (!only || only.includes(c.iso3)));
    return { ll: cs.reduce((s, c) => s - Math.log(prob(c, actual[c.iso3])), 0) / cs.length, n: cs.length };
  };
  const members = Object.keys(veto.votes);
  const r = { symbol: rc.symbol, date: rc.date, council: veto.draft, llMembersWith: ll(withC, members).ll, llMembersWithout: ll(without, members).ll, llAllWith: ll(withC, null).ll, llAllWithout: ll(without, null).ll, members: ll(without, members).n };
  rows.push(r);
  process.stderr.write(`${r.symbol} ${r.date} after ${r.council}: members ${r.llMembersWithout.toFixed(3)} -> ${r.llMembersWith.toFixed(3)}, all ${r.llAllWithout.toFixed(4)} -> ${r.llAllWith.toFixed(4)}\n`);
}
const mean = (k: keyof (typeof rows)[number]) => rows.reduce((s, r) => s + (r[k] as number), 0) / rows.length;
const summary = {
  assemblyVotes: rows.length,
  councilMembersLogLoss: { without: mean("llMembersWithout"), with: mean("llMembersWith") },
  allStatesLogLoss: { without: mean("llAllWithout"), with: mean("llAllWith") },
  helpedOn: rows.filter((r) => r.llMembersWith < r.llMembersWithout).length,
  repeatedInAssembly: Object.fromEntries(Object.entries(repeat).map(([k, [a, n]]) => [k, { repeated: a, of: n, share: n ? a / n : NaN }])),
};
if (process.argv.includes("--json")) console.log(JSON.stringify({ summary, rows }, null, 1));
else console.log(JSON.stringify(summary, null, 1));
