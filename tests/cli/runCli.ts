import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/plenary.js", import.meta.url));

/** Runs the real `plenary` executable (bin/plenary.js) and returns its exit code and output; `env` is added to the environment. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: options.cwd, env: { ...process.env, TZ: "UTC", ...options.env } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
