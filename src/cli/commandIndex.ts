import type { Command } from "commander";

/** One `plenary` command: its name, a one-line summary for `plenary --help`, and how to load its registration. */
export interface CommandEntry {
  name: string;
  summary: string;
  /** Imports the command's module (and only it) and returns its register function. */
  load: () => Promise<(program: Command) => void>;
}

/**
 * Every `plenary` command. The modules are imported on demand, so that
 * `plenary --help` and a command's own errors do not pay for loading the
 * others (Vega, arquero, the model code): see src/cli/main.ts.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: "data", summary: "the embedded voting record: summary and (re)build", load: async () => (await import("./dataCommand.ts")).registerDataCommand },
  { name: "votes", summary: "date, title, totals and each state's vote on a resolution, e.g. A/RES/ES-11/4", load: async () => (await import("./votesCommand.ts")).registerVotesCommand },
  { name: "fit", summary: "fit the dynamic ordinal ideal-point model on the embedded record and save it", load: async () => (await import("./fitCommand.ts")).registerFitCommand },
  { name: "positions", summary: "states' estimated ideal points per session, from a fitted model", load: async () => (await import("./positionsCommand.ts")).registerPositionsCommand },
  { name: "forecast", summary: "forecast a resolution from a spec file: each state's P(yes/abstain/no/absent), totals, P(adopted)", load: async () => (await import("./forecastCommand.ts")).registerForecastCommand },
  { name: "blocs", summary: "states that deviate together (camps), as forecasts on a date use them", load: async () => (await import("./blocsCommand.ts")).registerBlocsCommand },
  { name: "scenario", summary: "simulate lobbying on a forecast: baseline vs scenario, movable states, curve, best targets", load: async () => (await import("./scenarioCommand.ts")).registerScenarioCommand },
  { name: "lobbying", summary: "the typical US important-vote campaign estimated from the record: effect, placebo, who responds, implied strengths", load: async () => (await import("./lobbyingCommand.ts")).registerLobbyingCommand },
  { name: "backtest", summary: "rolling backtest, session by session, against baselines B1 and B2", load: async () => (await import("./backtestCommand.ts")).registerBacktestCommand },
  { name: "chart", summary: "convert a Vega-Lite spec (.vl.json) to .svg, .png, .html or .vl.json", load: async () => (await import("./chartCommand.ts")).registerChartCommand },
];
