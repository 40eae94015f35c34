import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/plenary.js", import.meta.url));

/** Runs the real `plenary` executable (bin/plenary.js) and returns its exit code and output. */
export function runCli(args: string[], options: { cwd?: string } = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: options.cwd, env: { ...process.env, TZ: "UTC" } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
