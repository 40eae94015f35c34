import { Command, CommanderError } from "commander";
import { plenaryVersion } from "../util/plenaryVersion.ts";
import { registerBacktestCommand } from "./backtestCommand.ts";
import { registerChartCommand } from "./chartCommand.ts";
import { registerDataCommand } from "./dataCommand.ts";
import { registerFitCommand } from "./fitCommand.ts";
import { registerForecastCommand } from "./forecastCommand.ts";
import { registerPositionsCommand } from "./positionsCommand.ts";
import { registerScenarioCommand } from "./scenarioCommand.ts";
import { registerVotesCommand } from "./votesCommand.ts";

/** Builds the `plenary` command-line program. */
export function buildProgram(): Command {
  const program = new Command("plenary")
    .description("UN General Assembly votes: voting tendencies, forecasts, lobbying scenarios and charts")
    .version(plenaryVersion())
    .showHelpAfterError();
  registerDataCommand(program);
  registerVotesCommand(program);
  registerFitCommand(program);
  registerPositionsCommand(program);
  registerForecastCommand(program);
  registerScenarioCommand(program);
  registerBacktestCommand(program);
  registerChartCommand(program);
  return program;
}

/**
 * The message printed for an error: `plenary: <message>`, one line, never a
 * stack trace (set PLENARY_DEBUG=1 to get one). A PlenaryError's message is
 * meant for the user as is; any other error (a bug) is printed the same way,
 * with its kind when it is not a plain Error (`plenary: internal error
 * (TypeError): ...`), so that it can be reported.
 */
export function errorText(e: unknown): string {
  if (e instanceof Error) {
    const kind = e.name === "Error" || e.name === "PlenaryError" ? "" : `internal error (${e.name}): `;
    return `plenary: ${kind}${e.message}\n`;
  }
  return `plenary: ${String(e)}\n`;
}

/** Runs the program on `argv` (process.argv form) and exits with 0, 1 on an error, or commander's code. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
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
