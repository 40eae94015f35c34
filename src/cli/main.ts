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
    // usage errors (a missing argument, an unknown command or option) become one `plenary:` line (see main);
    // these settings are inherited by every command registered below
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  const args = argv.slice(2);
  const wanted = args[0] === "help" ? args[1] : args[0];
  const entry = COMMANDS.find((c) => c.name === wanted);
  if (args[0] === "help" && wanted !== undefined && !entry) {
    // `plenary help nosuch`: the same one line as `plenary nosuch`
    throw new CommanderError(1, "commander.unknownCommand", `error: unknown command '${wanted}'`);
  }
  if (entry) {
    (await entry.load())(program);
  } else {
    for (const c of COMMANDS) program.command(c.name).summary(c.summary).description(c.summary);
  }
  return program;
}

/**
 * A commander usage error as one line: `missing required argument 'spec'
 * (see plenary forecast --help)`. Commander's own text starts with "error: ".
 */
export function usageErrorText(e: CommanderError, argv: readonly string[]): string {
  const message = e.message.replace(/^error: /, "").replace(/\s*\n[\s\S]*$/, "");
  const command = COMMANDS.find((c) => c.name === argv[2]);
  const help = command && e.code !== "commander.unknownCommand" ? `plenary ${command.name} --help` : "plenary --help";
  return `plenary: ${message} (see ${help})\n`;
}

/** Runs the program on `argv` (process.argv form) and exits with 0, 1 on an error, or commander's code (help, version). */
export async function main(argv: string[]): Promise<void> {
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help, --version and a bare `plenary` print their text and exit as commander says; a usage error is one line
      if (e.exitCode === 0 || e.code === "commander.help" || e.code === "commander.helpDisplayed" || e.code === "commander.version") process.exit(e.exitCode);
      process.stderr.write(usageErrorText(e, argv));
      process.exit(1);
    }
    process.stderr.write(errorText(e));
    if (process.env.PLENARY_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ""}\n`);
    process.exit(1);
  }
}

await main(process.argv);
