import type { Command } from "commander";
import { buildDataset } from "../data/buildDataset.ts";
import { defaultDataDir } from "../data/embeddedFormat.ts";
import { loadAssembly } from "../data/loadAssembly.ts";
import { sharedSources } from "../data/sharedSources.ts";
import { formatTable } from "./formatTable.ts";
import { printJson, printText } from "./output.ts";
import { loadCouncil } from "../council/loadCouncil.ts";
import { councilReportText } from "../council/councilReportText.ts";
import { sharedCouncilSources, writeCouncil } from "../council/writeCouncil.ts";

/** The Council's counts for `data info` (empty when the dataset has no council.json). */
function councilInfo(): Record<string, string | number> {
  const c = loadCouncil({ optional: true });
  if (!c) return {};
  const cells = c.votes.flatMap((v) => Object.values(v.votes));
  return {
    councilVotes: c.votes.length,
    councilAdopted: c.votes.filter((v) => v.outcome === "adopted").length,
    councilVetoed: c.votes.filter((v) => v.outcome === "vetoed").length,
    councilFailed: c.votes.filter((v) => v.outcome === "failed").length,
    councilMemberVotes: cells.length,
    councilFirstDate: c.votes[0]?.date ?? "",
    councilLastDate: c.votes[c.votes.length - 1]?.date ?? "",
    vetoHistory: c.vetoHistory.length,
  };
}

/** Registers `plenary data info` and `plenary data build`. */
export function registerDataCommand(program: Command): void {
  const data = program.command("data").description("the embedded voting record: summary and (re)build");

  data
    .command("info")
    .description("counts of roll calls, votes and member states; first and last vote date")
    .option("--json", "machine-readable output")
    .action((opts: { json?: boolean }) => {
      const a = loadAssembly();
      let votes = 0;
      const counts = [0, 0, 0, 0, 0];
      for (const v of a.matrix.codes) {
        counts[v]++;
        if (v !== 0) votes++;
      }
      const dates = a.rollCalls.map((r) => r.date);
      const info = {
        rollCalls: a.rollCalls.length,
        votes,
        yes: counts[1],
        abstain: counts[2],
        no: counts[3],
        absent: counts[4],
        memberStates: a.states.length,
        currentMembers: a.states.filter((s) => s.last >= dates[dates.length - 1].slice(0, 4) + "-01-01").length,
        firstDate: dates[0],
        lastDate: dates[dates.length - 1],
        sessions: new Set(a.rollCalls.map((r) => r.session)).size,
        withIssueCodes: a.rollCalls.filter((r) => r.issues.length > 0).length,
        fingerprint: a.fingerprint,
        ...councilInfo(),
      };
      if (opts.json) return printJson(info);
      printText(formatTable(["what", "value"], Object.entries(info).map(([k, v]) => [k, v as string | number])));
    });

  data
    .command("build")
    .description("build the embedded dataset in data/ from the raw sources (../shared/data by default) or an official UN bulk file")
    .option("--official <files...>", "official UN bulk file(s) *_ga_voting.csv as downloaded from the UN Digital Library")
    .option("--undl-votes <file>", "Digital Library long-format votes (ga_votes_*.csv.gz)")
    .option("--undl-rollcalls <file>", "Digital Library roll-call file (ga_rollcalls.csv)")
    .option("--voeten <dir>", "folder with Voeten's un_roll_calls.csv.gz and un_roll_call_issues.csv")
    .option("--reference <file>", "published Bailey-Strezhnev-Voeten ideal points CSV")
    .option("--council-votes <file>", "Security Council votes (sc_votes_1994_2025.csv.gz)")
    .option("--council-vetoes <file>", "Security Council veto list (unsc_vetoes_1946_sept2022.csv)")
    .option("--out <dir>", "output folder", defaultDataDir())
    .option("--allow-mismatch", "record totals that disagree with the country rows instead of failing")
    .option("--json", "machine-readable output")
    .action((opts: { official?: string[]; undlVotes?: string; undlRollcalls?: string; voeten?: string; reference?: string; councilVotes?: string; councilVetoes?: string; out: string; allowMismatch?: boolean; json?: boolean }) => {
      const explicit = opts.official || opts.undlVotes || opts.undlRollcalls;
      const base = explicit ? {} : sharedSources();
      // the Security Council: the files given, else the shared ones with the shared Assembly sources; written first, so the manifest lists it
      const councilSources = opts.councilVotes ? { votes: opts.councilVotes, ...(opts.councilVetoes ? { vetoes: opts.councilVetoes } : {}) } : explicit ? null : sharedCouncilSources();
      const council = councilSources ? writeCouncil(opts.out, councilSources) : null;
      const manifest = buildDataset({
        ...base,
        ...(opts.undlVotes ? { undlVotes: opts.undlVotes } : {}),
        ...(opts.undlRollcalls ? { undlRollCalls: opts.undlRollcalls } : {}),
        ...(opts.official ? { official: opts.official } : {}),
        ...(opts.voeten ? { voeten: opts.voeten } : {}),
        ...(opts.reference ? { reference: opts.reference } : {}),
        out: opts.out,
        allowMismatch: opts.allowMismatch,
      });
      if (opts.json) return printJson({ ...manifest, ...(council ? { council: council.report } : {}) });
      const c = manifest.counts;
      printText(
        [
          `built ${opts.out}: ${c.rollCalls} roll calls, ${c.votes} votes, ${c.states} member states, ${c.first} to ${c.last}`,
          manifest.voetenJoin ? `Voeten join: ${manifest.voetenJoin.joined} of ${manifest.voetenJoin.eligible} roll calls before 2020 (${(manifest.voetenJoin.rate * 100).toFixed(1)}%)` : "",
          manifest.mismatches.length ? `totals mismatches recorded: ${manifest.mismatches.length}` : "totals: every roll call matches its stated totals",
          council ? councilReportText(council.report) : "",
          `fingerprint ${manifest.fingerprint}`,
        ].filter(Boolean).join("\n"),
      );
    });
}
