import type { Command } from "commander";
import { findRollCall } from "../data/findRollCall.ts";
import { loadAssembly } from "../data/loadAssembly.ts";
import { rollCallVotes } from "../data/rollCallVotes.ts";
import { stateNameAt } from "../data/stateNameAt.ts";
import { formatTable } from "./formatTable.ts";
import { printJson, printText } from "./output.ts";

const WORD = { Y: "yes", N: "no", A: "abstain", X: "absent" } as const;

/**
 * Registers `plenary votes <symbol>`: each state's vote, named as its seat was
 * named on the day (the Soviet Union, Zaire, China's seat before 1971 as the
 * Republic of China). A symbol with no recorded vote says so (see findRollCall).
 */
export function registerVotesCommand(program: Command): void {
  program
    .command("votes")
    .description("date, title, totals and each state's vote on a resolution, e.g. A/RES/ES-11/4")
    .argument("<symbol>", "resolution symbol")
    .option("--json", "machine-readable output")
    .action((symbol: string, opts: { json?: boolean }) => {
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
