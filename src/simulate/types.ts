/**
 * The lobbying-scenario types in one place, for existing imports: what a
 * scenario file says (./Scenario.ts, ./Intervention.ts) and what
 * `runScenario` returns (./ScenarioResult.ts). Each is defined in its own
 * file; this module only re-exports them.
 */
export type * from "./Intervention.ts";
export type * from "./Scenario.ts";
export type * from "./ScenarioResult.ts";
