/**
 * plenary: UN General Assembly votes — voting tendencies, forecasts, lobbying
 * scenarios and charts. This file is the whole public API, grouped by the
 * pipeline it follows:
 *
 *   data/ (embedded, built from official records by `plenary data build`)
 *     -> src/data      load roll calls, votes, member states (arquero tables + dense vote matrix)
 *     -> src/model     fit voting tendencies: dynamic ordinal ideal points, absence, logistic tendencies
 *     -> models/       fitted models as versioned JSON
 *     -> src/forecast  a new resolution -> each state's P(yes/abstain/no/absent) -> distribution of totals
 *     -> src/simulate  lobbying scenarios: interventions, sweeps, targeting, implied strength
 *     -> src/render    Vega-Lite specs -> .vl.json / .svg / .png / .html
 *     -> src/cli       `plenary ...`; notebooks/ and scenarios/ use this same API
 */

// --- data -------------------------------------------------------------------
export { loadAssembly, type LoadOptions } from "./data/loadAssembly.ts";
export { buildDataset, type BuildOptions } from "./data/buildDataset.ts";
export { findRollCall, closestMatches, normalizeSymbol } from "./data/findRollCall.ts";
export { selectRollCalls, type RollCallFilter } from "./data/selectRollCalls.ts";
export { rollCallVotes, type RollCallVotes } from "./data/rollCallVotes.ts";
export { sessionPeriod, sessionKind, isIsoDate } from "./data/sessionPeriod.ts";
export { REGIONAL_GROUPS } from "./data/countryCatalog.ts";
export type { DataManifest } from "./data/embeddedFormat.ts";
export {
  NOT_MEMBER, YES, ABSTAIN, NO, ABSENT, VOTE_LETTERS,
  type Assembly, type MemberState, type RollCall, type VoteMatrix, type VoteLetter,
} from "./data/types.ts";
