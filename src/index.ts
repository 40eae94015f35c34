/**
 * plenary: UN General Assembly votes — voting tendencies, forecasts, lobbying
 * scenarios and charts. This file is the whole public API, grouped by the
 * pipeline it follows:
 *
 *   data/ (embedded, built from official records by `plenary data build`)
 *     -> src/data      load roll calls, votes, member states (arquero tables + dense vote matrix)
 *        src/text      text features of titles (stemmed terms, issue areas), used by the model and the forecast
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
export { agreementOverTime, type AgreementOverTimeOptions, type AgreementPoint } from "./data/agreementOverTime.ts";
export { sessionPeriod, sessionKind, isIsoDate, dayNumber } from "./data/sessionPeriod.ts";
export { REGIONAL_GROUPS } from "./data/regionalGroup.ts";
export { stateNameAt } from "./data/stateNameAt.ts";
export { unShortName, type NameSpan } from "./data/stateNames.ts";
export { votedPeriods } from "./data/votedPeriods.ts";
export { SEAT_CHANGES, type SeatChange } from "./data/seatChanges.ts";
export { CODE_CHANGES, codeChangeNotes, type CodeChange } from "./data/codeChanges.ts";
export type { DataManifest } from "./data/embeddedFormat.ts";
export type { Assembly, MemberState, RollCall, VoteMatrix } from "./data/types.ts";
export {
  NOT_MEMBER, YES, ABSTAIN, NO, ABSENT, VOTE_LETTERS, CAT_NO, CAT_ABSTAIN, CAT_YES,
  OUTCOME_NO, OUTCOME_ABSTAIN, OUTCOME_YES, OUTCOME_ABSENT, MODEL_CATEGORY, OUTCOME_OF_CODE, YES_FIRST_CLASS, CODE_OF_CATEGORY,
  isVote, modelCategory, outcomeCode, letterOfCode, codeOfLetter, outcomeOfLetter, letterOfCategory,
  type VoteCode, type VoteLetter, type ModelCategory, type OutcomeCode,
} from "./data/voteCodes.ts";

// --- forecast -------------------------------------------------------------
export { forecastResolution } from "./forecast/forecastResolution.ts";
export { prepareForecast, type ForecastOptions } from "./forecast/prepareForecast.ts";
export { simulateOutcome } from "./forecast/simulateOutcome.ts";
export { isAdopted } from "./forecast/isAdopted.ts";
export { expectedCounts } from "./forecast/expectedCounts.ts";
export { checkSpec } from "./forecast/checkSpec.ts";
export { modelForAsOf, findModelForAsOf, windowStart, defaultModelsDir, RECIPE_OPTIONS, type ModelForAsOfOptions, type FoundModel } from "./model/modelForAsOf.ts";
export { defaultCacheDir } from "./model/defaultCacheDir.ts";
export { membersAsOf } from "./forecast/membersAsOf.ts";
export { isFirstVote } from "./forecast/isFirstVote.ts";
export { novelAbsenceExcess } from "./forecast/novelAbsenceExcess.ts";
export { isResumedPart } from "./forecast/isResumedPart.ts";
export { recentShares } from "./forecast/recentShares.ts";
export { matchPrevious, titleSimilarity, titleWords, type MatchOptions } from "./forecast/matchPrevious.ts";
export { revealBacktest, chooseRevealed, REVEAL_METHODS, B4_BLEND, B4_POWER, type RevealOptions, type RevealResult, type RevealRow, type RevealMode, type RevealMethod, type RevealRollCall, type RevealMethodReport } from "./forecast/revealBacktest.ts";
export { backtest, BACKTEST_METHODS, type BacktestOptions, type BacktestResult, type BacktestVote, type MethodScores, type SegmentScores, type ReportingSet, type BacktestSegment } from "./forecast/backtest.ts";
export { BASELINE_WEIGHTS, B5_CHOICE, BASE_BASELINES, type BaseBaseline, type KindWeights } from "./forecast/baselineWeights.ts";
export { TUNING_SETS, TUNED_ON, SEGMENT_KINDS, segmentKind, tuningSetsOf, reportingSet, checkHeldOut, type SegmentKind, type TuningSet, type TuningSetName } from "./forecast/tuningSets.ts";
export { tuneBaselines, baselineTuningVotes, WEIGHT_GRID, type BaselineTuning, type BaselineTuningRow, type BaselineTuningOptions, type TuningVote } from "./forecast/tuneBaselines.ts";
export { voteScores, type VoteScores } from "./forecast/voteScores.ts";
export type { PreparedForecast, OutcomeShift } from "./forecast/PreparedForecast.ts";
export type {
  AdoptionRule, ForecastSpec, Forecast, CountryForecast, Counts, CountIntervals, ResemblingVote, ComponentSummary, Surprise, IssueArea, VoteKind,
  KnownEffect, ConditioningSummary, OutcomeProbabilitiesOf,
} from "./forecast/types.ts";
export { FORECAST_SETTINGS, resolveForecastSettings, type ForecastSettings, type ForecastSettingName } from "./forecast/forecastSettings.ts";
export { findResembling, type Resembling, type ResemblingQuery } from "./forecast/findResembling.ts";
export { titleTerms } from "./text/titleTerms.ts";
export { titleIndex, type TitleIndex } from "./forecast/titleIndex.ts";
export { ISSUE_CODES, ISSUE_NAMES, isIssueCode, type IssueCode } from "./text/issueAreas.ts";
export { issueFor, issuesOf } from "./forecast/issueFor.ts";

// --- render ---------------------------------------------------------------
export { outcomeChart } from "./render/outcomeChart.ts";
export { countryChart, type CountryChartOptions } from "./render/countryChart.ts";
export { mapChart } from "./render/mapChart.ts";
export { scenarioChart } from "./render/scenarioChart.ts";
export { responseChart, type ResponsePoint, type ResponseChartOptions } from "./render/responseChart.ts";
export { positionsChart, type PositionsChartOptions } from "./render/positionsChart.ts";
export { blocsChart, type BlocsChartOptions } from "./render/blocsChart.ts";
export { calibrationChart, type CalibrationBin } from "./render/calibrationChart.ts";
export { agreementChart, type AgreementSeries } from "./render/agreementChart.ts";
export { chartBundle, VEGALITE_MIME } from "./render/chartBundle.ts";
export { tableBundle, type TableBundleOptions } from "./render/tableBundle.ts";
export type { ChartOptions } from "./render/ChartOptions.ts";
export { palette, stateColor, labelInk, contrastRatio, type Palette, type Outcome } from "./render/palette.ts";
export { formatPercent, percentExpression } from "./render/formatPercent.ts";
export { validateSpec } from "./render/validateSpec.ts";
export { exportCharts, type ChartFile } from "./render/exportCharts.ts";
export { chartLoader, type ChartLoader, type ChartLoaderOptions } from "./render/chartLoader.ts";
export { CHART_FONT_FAMILY, chartFontFiles } from "./render/chartFonts.ts";
export { MAX_CHART_WIDTH } from "./render/chartConfig.ts";
export { textToPaths } from "./render/textToPaths.ts";
export { exportChart, chartFormat, CHART_FORMATS, type ChartFormat, type ExportChartOptions } from "./render/exportChart.ts";
export { renderSvg, type RenderSvgOptions } from "./render/renderSvg.ts";
export { renderPng, type RenderPngOptions } from "./render/renderPng.ts";
export { renderHtml, type RenderHtmlOptions } from "./render/renderHtml.ts";

// --- model ----------------------------------------------------------------
export { fitIdealPoints } from "./model/idealPoints/fitIdealPoints.ts";
export { fitQuality, type FitQuality } from "./model/evaluate/fitQuality.ts";
export { compareWithReference, type ReferenceRow, type ReferenceComparison } from "./model/evaluate/compareWithReference.ts";
export { readReferenceIdealPoints } from "./model/evaluate/readReferenceIdealPoints.ts";
export { fitAbsence, ABSENCE_FEATURES } from "./model/absence/fitAbsence.ts";
export { absenceProbability } from "./model/absence/absenceProbability.ts";
export { LogisticRegression } from "./model/logistic/LogisticRegression.ts";
export { fitLogisticTendencies, type LogisticTendencies, type LogisticTendencyOptions } from "./model/logistic/fitLogisticTendencies.ts";
export { predictLogisticTendency } from "./model/logistic/predictLogisticTendency.ts";
export { logisticTendencyFeatures, DEFAULT_LEADERS } from "./model/logistic/logisticTendencyFeatures.ts";
export { fitIssueClassifier, predictIssue, issueAccuracy, ISSUE_CLASSES, type IssueClassifier, type IssueClassifierOptions } from "./model/issues/issueClassifier.ts";
export { loadIssueClassifier, saveIssueClassifier, defaultIssueClassifierPath } from "./model/issues/issueClassifierFile.ts";
export { compareTendencies, type TendencyComparison, type HeldOutScores } from "./model/evaluate/compareTendencies.ts";
export { saveModel } from "./model/io/saveModel.ts";
export { loadModel, type LoadModelOptions } from "./model/loadModel.ts";
export { orderedLogitProbabilities } from "./model/orderedLogit.ts";
export { simulateAssembly, type SimulateOptions, type SimulationTruth } from "./model/synthetic/simulateAssembly.ts";
export { seededRandom, randomNormal } from "./model/seededRandom.ts";
export { estimateBlocs, type Blocs, type BlocOptions } from "./model/blocs/estimateBlocs.ts";
export { logisticResidual } from "./model/blocs/logisticResidual.ts";
export {
  MODEL_FORMAT, MODEL_VERSION,
  type FittedModel, type FitOptions, type FitStats, type StateTrajectory, type RollCallParams, type AbsenceParams,
} from "./model/types.ts";

// --- simulate -------------------------------------------------------------
export { runScenario, type RunScenarioOptions } from "./simulate/runScenario.ts";
export { loadScenario, type LoadScenarioOptions } from "./simulate/loadScenario.ts";
export { validateScenario, type ValidateScenarioOptions } from "./simulate/validateScenario.ts";
export { agreementShares, type AgreementShareOptions } from "./simulate/agreementShares.ts";
export { susceptibilityFromAgreement } from "./simulate/susceptibilityFromAgreement.ts";
// lobbying measured against the record (#21): the typical US important-vote campaign
export { fitLobbying, type LobbyingModel, type FitLobbyingOptions, type LobbyingValidation } from "./simulate/lobbying/fitLobbying.ts";
export { loadLobbying } from "./simulate/lobbying/loadLobbying.ts";
export { formatLobbying } from "./simulate/lobbying/formatLobbying.ts";
export { campaignGrid, CAMPAIGN_GRID, type CampaignGrid, type CampaignGridOptions } from "./simulate/lobbying/campaignGrid.ts";
export { fitCampaignStrength, type StrengthEstimate, type FitStrengthOptions } from "./simulate/lobbying/fitCampaignStrength.ts";
export { fitResponsiveness, type ResponsivenessEstimate, type MemberResponsiveness } from "./simulate/lobbying/fitResponsiveness.ts";
export { placeImplied, type ImpliedPlacement } from "./simulate/lobbying/placeImplied.ts";
export { campaignQuantile } from "./simulate/lobbying/campaignQuantile.ts";
export { spillover, SPILLOVER_SHARE } from "./simulate/spillover.ts";
export { impliedChart, type ImpliedChartOptions } from "./render/impliedChart.ts";
export type {
  Scenario, Intervention, Targets, GroupTargets, ListTargets, PersuadableTargets, Toward, RegionalGroup, NamedList,
  CurveOptions, TargetSearch, ObservedOutcome, ScenarioResult, ForecastSummary, Flip, StateChange, TargetPick,
  ImpliedStrength, CurvePoint,
} from "./simulate/types.ts";

// --- errors -----------------------------------------------------------------
export { PlenaryError } from "./util/PlenaryError.ts";

// --- reports (plain text, as the CLI prints them) ---------------------------
export { scenarioText } from "./cli/scenarioSummary.ts";
export { formatTable } from "./cli/formatTable.ts";

// --- utilities --------------------------------------------------------------
export { writeAtomic } from "./util/writeAtomic.ts";
export { resolveOptions, checkSetting, type Settings, type NumberSetting, type BooleanSetting, type Resolved } from "./util/resolveOptions.ts";

// the Security Council (#20)
export { loadCouncil, type LoadCouncilOptions } from "./council/loadCouncil.ts";
export { buildCouncil, type CouncilSources } from "./council/buildCouncil.ts";
export { findCouncilVote } from "./council/findCouncilVote.ts";
export { checkCouncilSpec } from "./council/checkCouncilSpec.ts";
export { forecastCouncil, type CouncilForecastOptions } from "./council/forecastCouncil.ts";
export { councilBacktest, type CouncilBacktestOptions, type CouncilBacktestRow } from "./council/councilBacktest.ts";
export { vetoCalibration, VETO_BINS, type VetoCalibrationBin } from "./council/vetoCalibration.ts";
export { screenVetoFeatures, type VetoFeatureSet, type ScreenVetoOptions } from "./council/screenVetoFeatures.ts";
export { FEATURE_NAMES } from "./council/councilFeatures.ts";
export { VETO_FEATURES } from "./council/councilModel.ts";
export { councilSoftKnown, COUNCIL_SOFT_WEIGHTS } from "./council/councilSoftKnown.ts";
export { councilChart } from "./render/councilChart.ts";
export { councilWinOver, councilVetoPressure, councilCounterLobbying, type CouncilPick } from "./simulate/councilLobbying.ts";
export { PERMANENT, type CouncilVote, type CouncilRecord, type CouncilSpec, type CouncilForecast, type CouncilMemberForecast, type CouncilIngestReport, type CouncilYear, type VetoHistoryEntry, type CouncilOutcome } from "./council/types.ts";
export { vetoesByDecade, permanentAgreement } from "./council/councilStats.ts";
