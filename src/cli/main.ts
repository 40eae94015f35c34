import { Command, CommanderError } from "commander";
import { registerDataCommand } from "./dataCommand.ts";
import { registerVotesCommand } from "./votesCommand.ts";
import { registerForecastCommand } from "./forecastCommand.ts";
import { registerBacktestCommand } from "./backtestCommand.ts";
import { registerChartCommand } from "./chartCommand.ts";
import { registerFitCommand } from "./fitCommand.ts";
import { registerPositionsCommand } from "./positionsCommand.ts";
import { registerScenarioCommand } from "./scenarioCommand.ts";

/** Builds the `plenary` command-line program. */
export function buildProgram(): Command {
  const program = new Command("plenary")
    .description("UN General Assembly votes: voting tendencies, forecasts, lobbying scenarios and charts")
    .version("0.1.0")
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

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode);
    process.stderr.write(`plenary: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

await main(process.argv);
