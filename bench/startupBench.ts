import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/plenary.js", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));

/** Median wall time (s) of `node <args>` over `runs` runs. */
function median(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: "ignore" });
    if (r.status !== 0 && !(args.includes("votes") && r.status === 1)) throw new Error(`startup bench: node ${args.join(" ")} exited ${r.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[runs >> 1] / 1000;
}

/**
 * Start-up time of the `plenary` executable (the compiled dist/, built by
 * `npm run build`) against a bare `node -e 0` on the same machine: `--help`
 * (goal < 0.5 s) and a command that loads the data and fails (`votes` on a
 * symbol with no recorded vote). Median of 7 runs each.
 */
export async function startupBench(): Promise<Record<string, number | string>> {
  if (!existsSync(DIST)) return { "startup": "dist/ missing: run `npm run build`" };
  const runs = 7;
  const node = median(["-e", "0"], runs);
  const help = median([BIN, "--help"], runs);
  const votes = median([BIN, "votes", "A/RES/77/1"], runs);
  return {
    "startup.node -e 0.seconds (median of 7)": node,
    "startup.plenary --help.seconds": help,
    "startup.plenary --help.over node -e 0": help - node,
    "startup.plenary votes (load data, error).seconds": votes,
  };
}
