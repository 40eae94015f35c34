/**
 * Fits the typical US important-vote campaign and writes models/lobbying.json
 * (docs/lobbying.md, "Strength in typical campaigns").
 *
 *   npx tsx scripts/fitLobbying.ts [--until 2015-09-01] [--validate-until 2020-09-01] [--out models/lobbying.json]
 *
 * Each roll call's forecast is cached in out/lobbying-grids/ (first run about
 * 6 minutes on one core; later runs seconds).
 */
import { execFileSync } from "node:child_process";
import { fitLobbying, formatLobbying, loadAssembly, writeAtomic } from "../src/index.ts";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = arg("--out") ?? "models/lobbying.json";
const t0 = performance.now();
const model = fitLobbying(loadAssembly(), {
  until: arg("--until") ?? "2015-09-01",
  validateUntil: arg("--validate-until") ?? "2020-09-01",
  cacheDir: "out/lobbying-grids",
  onProgress: (m) => process.stderr.write(`${m}\n`),
});
let commit = "unknown";
try {
  commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
} catch {
  // not a git checkout
}
model.provenance = { command: `npx tsx scripts/fitLobbying.ts ${args.join(" ")}`.trim(), commit, ...model.provenance };
writeAtomic(out, `${JSON.stringify(model, null, 1)}\n`);
console.log(formatLobbying(model));
console.log(`wrote ${out} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
