import type { Command } from "commander";
import { findRollCall } from "../data/findRollCall.ts";
import { loadAssembly } from "../data/loadAssembly.ts";
import { rollCallVotes } from "../data/rollCallVotes.ts";
import { stateNameAt } from "../data/stateNameAt.ts";
import { formatTable } from "./formatTable.ts";
import { printJson, printText } from "./output.ts";
import { loadCouncil } from "../council/loadCouncil.ts";
import { findCouncilVote, isCouncilSymbol } from "../council/findCouncilVote.ts";
import { PERMANENT } from "../council/types.ts";

/** A Security Council vote: date, meeting, symbols, agenda, outcome (the veto marked), each member's vote. */
function showCouncilVote(symbol: string, opts: { json?: boolean }): void {
  const c = loadCouncil();
  const v = findCouncilVote(c, symbol);
  const a = loadAssembly();
  const totals = { yes: 0, no: 0, abstain: 0, absent: 0 };
  for (const x of Object.values(v.votes)) totals[x === "Y" ? "yes" : x === "N" ? "no" : x === "A" ? "abstain" : "absent"]++;
  const names = Object.fromEntries(Object.keys(v.votes).map((iso3) => [iso3, stateNameAt(a, iso3, v.date)]));
  if (opts.json) return printJson({ body: "SC", draft: v.draft, resolution: v.resolution, date: v.date, meeting: v.meeting, agenda: v.agenda, sponsors: v.sponsors, outcome: v.outcome, vetoedBy: v.vetoedBy, procedural: v.procedural, reliable: v.reliable, totals, votes: v.votes, names });
  const p5 = new Set<string>(PERMANENT);
  const outcome = v.outcome === "vetoed" ? `VETOED by ${v.vetoedBy.map((m) => names[m] ?? m).join(" and ")}` : v.outcome === "failed" ? "not adopted (fewer than nine votes in favour)" : `adopted${v.procedural ? " (procedural vote: no veto applies)" : ""}`;
  printText(
    `${v.resolution ?? v.draft}${v.resolution ? ` (draft ${v.draft})` : ""}  ${v.date}  Security Council, ${v.meeting || "meeting not recorded"}\n${v.agenda}\n` +
      `${totals.yes} yes, ${totals.no} no, ${totals.abstain} abstaining, ${totals.absent} not participating: ${outcome}\n` +
      (v.sponsors.length ? `sponsors: ${v.sponsors.join(", ")}\n` : "") +
      (v.reliable ? "" : "warning: the source's member rows for this vote contradict its outcome; shown as stored\n"),
  );
  const rows = Object.entries(v.votes)
    .sort(([x, vx], [y, vy]) => "YANX".indexOf(vx) - "YANX".indexOf(vy) || (x < y ? -1 : 1))
    .map(([iso3, vote]) => [iso3, names[iso3] ?? iso3, p5.has(iso3) ? "permanent" : "elected", vote === "N" && v.vetoedBy.includes(iso3) ? "no (veto)" : WORD[vote]]);
  printText(formatTable(["ISO3", "member", "seat", "vote"], rows));
}

const WORD = { Y: "yes", N: "no", A: "abstain", X: "absent" } as const;

/**
 * Registers `plenary votes <symbol>`: each state's vote, named as its seat was
 * named on the day (the Soviet Union, Zaire, China's seat before 1971 as the
 * Republic of China). A symbol with no recorded vote says so (see findRollCall).
 */
export function registerVotesCommand(program: Command): void {
  program
    .command("votes")
    .description("date, title, totals and each state's vote on a resolution, e.g. A/RES/ES-11/4, or a Security Council draft or resolution (S/2022/720, S/RES/2623)")
    .argument("<symbol>", "resolution symbol")
    .option("--json", "machine-readable output")
    .action((symbol: string, opts: { json?: boolean }) => {
      if (isCouncilSymbol(symbol)) return showCouncilVote(symbol, opts);
      const a = loadAssembly();
      const rc = findRollCall(a, symbol);
      const v = rollCallVotes(a, rc);
      if (opts.json) {
        const names = Object.fromEntries(Object.keys(v.votes).map((iso3) => [iso3, stateNameAt(a, iso3, v.date)]));
        return printJson({ resolution: v.resolution, date: v.date, title: v.title, session: v.session, undlId: v.undlId, totals: v.totals, votes: v.votes, names });
      }
      const names = new Map(Object.keys(v.votes).map((iso3) => [iso3, stateNameAt(a, iso3, v.date)]));
      const t = v.totals;
      const rows = Object.entries(v.votes)
        .sort(([x, vx], [y, vy]) => "YANX".indexOf(vx) - "YANX".indexOf(vy) || (x < y ? -1 : 1))
        .map(([iso3, vote]) => [iso3, names.get(iso3) ?? iso3, WORD[vote]]);
      printText(`${v.resolution}  ${v.date}\n${v.title}\n${t.yes} yes, ${t.no} no, ${t.abstain} abstaining, ${t.absent} absent\n`);
      printText(formatTable(["ISO3", "state", "vote"], rows));
    });
}
