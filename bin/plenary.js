#!/usr/bin/env node
// Launches the TypeScript CLI through tsx, so `npx plenary ...` works right after `npm install`.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const tsxCli = require.resolve("tsx/cli");
const main = join(here, "..", "src", "cli", "main.ts");
const result = spawnSync(process.execPath, [tsxCli, main, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
