import { Command, CommanderError } from "commander";
import { plenaryVersion } from "../util/plenaryVersion.ts";
import { COMMANDS } from "./commandIndex.ts";
import { errorText } from "./errorText.ts";

/**
 * Builds the `plenary` command-line program for `argv` (process.argv form).
 * Only the module of the command being run is loaded (`plenary forecast ...`
 * loads the forecast code, not Vega); for `plenary --help`, `--version` or an
 * unknown command, every command is listed from its one-line summary without
 * loading any. `plenary help <command>` loads that command for its help.
 */
export async function buildProgram(argv: readonly string[] = process.argv): Promise<Command> {
  const program = new Command("plenary")
    .description("UN General Assembly votes: voting tendencies, forecasts, lobbying scenarios and charts")
    .version(plenaryVersion())
    .showHelpAfterError();
  const args = argv.slice(2);
  const wanted = args[0] === "help" ? args[1] : args[0];
  const entry = COMMANDS.find((c) => c.name === wanted);
  if (entry) {
    (await entry.load())(program);
  } else {
    for (const c of COMMANDS) program.command(c.name).summary(c.summary).description(c.summary);
  }
  return program;
}

/** Runs the program on `argv` (process.argv form) and exits with 0, 1 on an error, or commander's code. */
export async function main(argv: string[]): Promise<void> {
  const program = await buildProgram(argv);
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode);
    process.stderr.write(errorText(e));
    if (process.env.PLENARY_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ""}\n`);
    process.exit(1);
  }
}

await main(process.argv);
