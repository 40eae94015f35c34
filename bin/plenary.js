#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm install`
// and `npm ci` run through `prepare`). When dist/ is missing or older than a
// file in src/ (a working copy being edited), runs the TypeScript source
// through tsx instead: slower to start (2-3 s) but never stale.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const compiled = join(root, "dist", "cli", "main.js");

/** Newest modification time (ms) of the files under a folder. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const src = join(root, "src");
if (existsSync(compiled) && (!existsSync(src) || newest(src) <= statSync(compiled).mtimeMs)) {
  await import(pathToFileURL(compiled).href);
} else {
  const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
  const result = spawnSync(process.execPath, [tsxCli, join(src, "cli", "main.ts"), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
