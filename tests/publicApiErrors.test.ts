/**
 * Every public function (each function exported by src/index.ts) checks its
 * arguments at the door and refuses bad ones with a PlenaryError carrying a
 * `code`, never a TypeError from deep inside, never a quiet NaN. The test
 * enumerates the exports: a new export without an entry in BAD fails it.
 */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.ts";
import { PlenaryError } from "../src/index.ts";

const a = api.loadAssembly();
const SPEC = { title: "Territorial integrity of Ukraine", asOf: "2022-10-11", like: ["A/RES/ES-11/1"], draws: 200 };

/** Predicates: any value is a fair question, the answer for junk is false (or undefined). */
const PREDICATES = new Set(["isIsoDate", "isIssueCode", "isVote", "chartFormat"]);
/** No arguments to get wrong. */
const NO_ARGUMENTS = new Set(["defaultModelsDir", "defaultIssueClassifierPath", "chartFontFiles", "voteScores"]);

/** At least one bad call per public function; each must be refused with a PlenaryError. */
const BAD: Record<string, (() => unknown)[]> = {
  loadCouncil: [() => api.loadCouncil(42 as never)],
  vetoesByDecade: [() => api.vetoesByDecade(42 as never)],
  permanentAgreement: [() => api.permanentAgreement(42 as never)],
  buildCouncil: [() => api.buildCouncil(42 as never), () => api.buildCouncil({ votes: 42 as never })],
  findCouncilVote: [() => api.findCouncilVote(42 as never, "S/2022/720"), () => api.findCouncilVote(api.loadCouncil(), "S/2022/9999")],
  checkCouncilSpec: [() => api.checkCouncilSpec(42), () => api.checkCouncilSpec({ body: "SC", title: "x", asOf: "2022-13-01" })],
  forecastCouncil: [() => api.forecastCouncil(42 as never), () => api.forecastCouncil({ body: "SC", title: "x", asOf: "2022-09-29", known: { RUS: "Q" as never } })],
  councilBacktest: [() => api.councilBacktest(42 as never), () => api.councilBacktest({ from: 2020, to: 2010 })],
  screenVetoFeatures: [() => api.screenVetoFeatures(42 as never), () => api.screenVetoFeatures([{ name: "x", features: ["no such feature"], lambda: 1 }])],
  vetoCalibration: [() => api.vetoCalibration(42 as never), () => api.vetoCalibration([{ p: 1.5, no: true }])],
  councilSoftKnown: [() => api.councilSoftKnown(42 as never, "S/2022/720", "2022-10-11"), () => api.councilSoftKnown(api.loadCouncil(), "S/2022/720", "2022-01-01")],
  councilChart: [() => api.councilChart(42 as never), () => api.councilChart({ body: "GA" } as never)],
  councilWinOver: [() => api.councilWinOver(42 as never, { k: 1 }), () => api.councilWinOver({ body: "SC", title: "x", asOf: "2022-09-29" }, { k: 0 })],
  councilVetoPressure: [() => api.councilVetoPressure({ body: "SC", title: "x", asOf: "2022-09-29" }, "RUS", 42 as never)],
  councilCounterLobbying: [() => api.councilCounterLobbying(42 as never, [], [], 0.5)],
  dayNumber: [() => api.dayNumber(42 as never), () => api.dayNumber("2022-13-45x")],
  votedPeriods: [() => api.votedPeriods(42 as never, "USA"), () => api.votedPeriods(a, 42 as never)],
  isFirstVote: [() => api.isFirstVote(42 as never, 0), () => api.isFirstVote(a, -1)],
  novelAbsenceExcess: [() => api.novelAbsenceExcess(42 as never, "2020-01-01", 70), () => api.novelAbsenceExcess(a, "2020-1-1", 70), () => api.novelAbsenceExcess(a, "2020-01-01", "70" as never)],
  isResumedPart: [() => api.isResumedPart(42 as never, "regular", 77)],
  recentShares: [() => api.recentShares(42 as never, 77, "2022-01-01"), () => api.recentShares(a, 77, "2022-01-01", -1)],
  revealBacktest: [() => api.revealBacktest(42 as never), () => api.revealBacktest({ sessions: [70], k: [0], assembly: a })],
  chooseRevealed: [() => api.chooseRevealed(a, 42 as never, 5, "random", 1, 0), () => api.chooseRevealed(a, [1, 2], 5, "x" as never, 1, 0)],
  blocsChart: [() => api.blocsChart(42 as never)],
  textToPaths: [() => api.textToPaths(42 as never), () => api.textToPaths("<html>")],
  estimateBlocs: [() => api.estimateBlocs(42 as never, {} as never, "2022-01-01"), () => api.estimateBlocs(a, 42 as never, "2022-01-01")],
  logisticResidual: [() => api.logisticResidual(NaN, 0, 1, 2), () => api.logisticResidual(0, 0, 1, 7)],
  LogisticRegression: [() => new api.LogisticRegression().fit("x" as never, [1]), () => new api.LogisticRegression().predict([[1]])],
  absenceProbability: [() => api.absenceProbability(42 as never, "USA" as never, 42 as never)],
  agreementChart: [() => api.agreementChart(42 as never)],
  agreementOverTime: [() => api.agreementOverTime(a, "USA", 42 as never), () => api.agreementOverTime({} as never, "USA", "RUS")],
  agreementShares: [() => api.agreementShares(a, "USA" as never, {} as never), () => api.agreementShares(42 as never, ["USA"], {} as never)],
  backtest: [() => api.backtest(42 as never), () => api.backtest({ sessions: [70], emergency: true, assembly: a }), () => api.backtest({ sessions: [70], seed: 1e300, assembly: a, modelFor: () => { throw new Error("must not fit"); } })],
  buildDataset: [() => api.buildDataset(42 as never)],
  segmentKind: [() => api.segmentKind(42 as never, a.rollCalls[0], "2022-01-01"), () => api.segmentKind(a, 42 as never, "2022-01-01")],
  tuningSetsOf: [() => api.tuningSetsOf(a, 42 as never), () => api.tuningSetsOf(42 as never, a.rollCalls[0])],
  reportingSet: [() => api.reportingSet(a, {} as never)],
  checkHeldOut: [() => api.checkHeldOut(a, 42 as never), () => api.checkHeldOut(a, [a.rollCalls.find((r) => r.period === 65)!])],
  tuneBaselines: [() => api.tuneBaselines(42 as never), () => api.tuneBaselines([{ kind: "x" }] as never), () => api.tuneBaselines([], [2])],
  baselineTuningVotes: [() => api.baselineTuningVotes(42 as never), () => api.baselineTuningVotes(a, 42 as never)],
  calibrationChart: [() => api.calibrationChart(42 as never)],
  chartBundle: [() => api.chartBundle(42 as never)],
  chartLoader: [() => api.chartLoader({ allowDataDir: 42 as never }), () => api.chartLoader(null as never)],
  checkSetting: [() => api.checkSetting("x", "y", 42 as never)],
  checkSpec: [() => api.checkSpec(42), () => api.checkSpec({ ...SPEC, seed: 4294967296 }), () => api.checkSpec({ ...SPEC, title: "x".repeat(5000) })],
  closestMatches: [() => api.closestMatches(42 as never, [])],
  codeChangeNotes: [() => api.codeChangeNotes(42 as never)],
  codeOfLetter: [() => api.codeOfLetter("Q" as never)],
  compareTendencies: [() => api.compareTendencies(a, { session: 1.5 })],
  compareWithReference: [() => api.compareWithReference({} as never, [])],
  contrastRatio: [() => api.contrastRatio("red", "#000000")],
  countryChart: [() => api.countryChart(42 as never)],
  defaultCacheDir: [() => api.defaultCacheDir(null as never)],
  expectedCounts: [() => api.expectedCounts([{ pYes: NaN, pNo: 0, pAbstain: 0, pAbsent: 0 }]), () => api.expectedCounts(42 as never)],
  exportChart: [() => api.exportChart({} as never, 42 as never), () => api.exportChart({ mark: "point" } as never, "x.pdf")],
  exportCharts: [() => api.exportCharts(42 as never)],
  findModelForAsOf: [() => api.findModelForAsOf(a, "1900-01-01", { cacheDir: null }), () => api.findModelForAsOf(42 as never, "2022-10-11")],
  findResembling: [() => api.findResembling(42 as never, {} as never, {} as never, () => true)],
  findRollCall: [() => api.findRollCall(a, 42 as never), () => api.findRollCall(a, "A/RES/".padEnd(100_000, "1"))],
  fitAbsence: [() => api.fitAbsence(42 as never)],
  fitIdealPoints: [() => api.fitIdealPoints(42 as never), () => api.fitIdealPoints(a, { seed: -1 })],
  fitIssueClassifier: [() => api.fitIssueClassifier(42 as never)],
  fitLogisticTendencies: [() => api.fitLogisticTendencies(42 as never, {} as never)],
  fitQuality: [() => api.fitQuality(42 as never, a)],
  forecastResolution: [() => api.forecastResolution(SPEC, { assembly: {} as never }), () => api.forecastResolution({ ...SPEC, actual: { yes: 1000, no: 1000, abstain: 1000, absent: 1000 } }, { assembly: a })],
  formatPercent: [() => api.formatPercent("x" as never)],
  formatTable: [() => api.formatTable(42 as never, [])],
  isAdopted: [() => api.isAdopted("x" as never, 1, 1), () => api.isAdopted("majority", NaN, 1)],
  issueAccuracy: [() => api.issueAccuracy(42 as never, [])],
  issueFor: [() => api.issueFor(42 as never)],
  issuesOf: [() => api.issuesOf(42 as never)],
  labelInk: [() => api.labelInk("red")],
  letterOfCategory: [() => api.letterOfCategory(7 as never)],
  letterOfCode: [() => api.letterOfCode(99 as never)],
  loadAssembly: [() => api.loadAssembly(42 as never), () => api.loadAssembly({ dir: "/nonexistent" })],
  loadIssueClassifier: [() => api.loadIssueClassifier(42 as never)],
  loadModel: [() => api.loadModel(123 as never), () => api.loadModel("/dev/zero")],
  loadScenario: [() => api.loadScenario(42 as never)],
  logisticTendencyFeatures: [() => api.logisticTendencyFeatures(42 as never, [], {}, [], "USA")],
  mapChart: [() => api.mapChart(42 as never, a.states)],
  matchPrevious: [() => api.matchPrevious(a, 42 as never, {} as never)],
  membersAsOf: [() => api.membersAsOf(a, "x")],
  modelCategory: [() => api.modelCategory(99 as never)],
  modelForAsOf: [() => api.modelForAsOf(a, "x"), () => api.modelForAsOf(a, "9999-12-31")],
  normalizeSymbol: [() => api.normalizeSymbol(42 as never)],
  orderedLogitProbabilities: [() => api.orderedLogitProbabilities(NaN, 0, 1)],
  outcomeChart: [() => api.outcomeChart(42 as never)],
  outcomeCode: [() => api.outcomeCode(99 as never)],
  outcomeOfLetter: [() => api.outcomeOfLetter("Q" as never)],
  percentExpression: [() => api.percentExpression(42 as never)],
  positionsChart: [() => api.positionsChart(42 as never)],
  predictIssue: [() => api.predictIssue(42 as never, "x")],
  predictLogisticTendency: [() => api.predictLogisticTendency(42 as never, "USA", [])],
  prepareForecast: [() => api.prepareForecast(SPEC, { assembly: {} as never }), () => api.prepareForecast(SPEC, { model: {} as never, assembly: a })],
  randomNormal: [() => api.randomNormal(42 as never)],
  readReferenceIdealPoints: [() => api.readReferenceIdealPoints(42 as never)],
  renderHtml: [() => api.renderHtml(42 as never)],
  renderPng: [() => api.renderPng(42 as never), () => api.renderPng({ mark: "point", data: { values: [{}] } } as never, { scale: 1e-9 })],
  renderSvg: [() => api.renderSvg(42 as never), () => api.renderSvg({ width: 1e6, mark: "point", data: { values: [{}] } } as never)],
  resolveForecastSettings: [() => api.resolveForecastSettings(42 as never)],
  resolveOptions: [() => api.resolveOptions(42 as never, {})],
  responseChart: [() => api.responseChart(42 as never)],
  rollCallVotes: [() => api.rollCallVotes(a, 42 as never)],
  runScenario: [() => api.runScenario(42 as never, { assembly: a })],
  saveIssueClassifier: [() => api.saveIssueClassifier(42 as never, "x")],
  saveModel: [() => api.saveModel(42 as never, "x")],
  scenarioChart: [() => api.scenarioChart(42 as never, 42 as never)],
  scenarioText: [() => api.scenarioText(42 as never)],
  seededRandom: [() => api.seededRandom(4294967296), () => api.seededRandom(1e300), () => api.seededRandom(-1)],
  selectRollCalls: [() => api.selectRollCalls(a, 42 as never)],
  sessionKind: [() => api.sessionKind("abc")],
  sessionPeriod: [() => api.sessionPeriod("abc", "xyz"), () => api.sessionPeriod("ES-11", "xyz")],
  simulateAssembly: [() => api.simulateAssembly(42 as never, Math.random)],
  simulateOutcome: [() => api.simulateOutcome(42 as never)],
  stateColor: [() => api.stateColor(42 as never)],
  stateNameAt: [() => api.stateNameAt(a, "USA", "x")],
  susceptibilityFromAgreement: [() => api.susceptibilityFromAgreement(42 as never, [], [])],
  fitLobbying: [() => api.fitLobbying(42 as never), () => api.fitLobbying(a, { until: "x" })],
  formatLobbying: [() => api.formatLobbying(42 as never), () => api.formatLobbying({} as never)],
  loadLobbying: [() => api.loadLobbying(42 as never), () => api.loadLobbying("/nonexistent/lobbying.json")],
  campaignGrid: [() => api.campaignGrid(42 as never, 0, {} as never), () => api.campaignGrid(a, -1, api.loadModel("models/cutoff-2017-11-01.json"))],
  fitCampaignStrength: [() => api.fitCampaignStrength(42 as never), () => api.fitCampaignStrength([])],
  fitResponsiveness: [() => api.fitResponsiveness(42 as never, 1, []), () => api.fitResponsiveness([], -1, [])],
  placeImplied: [() => api.placeImplied(42 as never, 1), () => api.placeImplied({ implied: { campaigns: [], noCampaign: [] } }, NaN)],
  campaignQuantile: [() => api.campaignQuantile(42 as never, 0.5), () => api.campaignQuantile({ effectQuantiles: [0, 1] }, 2)],
  impliedChart: [() => api.impliedChart(42 as never)],
  spillover: [() => api.spillover(42 as never, [], []), () => api.spillover({ states: [], loadings: new Float64Array(0), factors: 1 }, ["FRA"], [1], -1)],
  tableBundle: [() => api.tableBundle(42 as never)],
  titleIndex: [() => api.titleIndex(42 as never), () => api.titleIndex(null as never)],
  titleSimilarity: [() => api.titleSimilarity(42 as never, 42 as never)],
  titleTerms: [() => api.titleTerms(42 as never)],
  titleWords: [() => api.titleWords(42 as never)],
  unShortName: [() => api.unShortName(42 as never)],
  validateScenario: [() => api.validateScenario(42), () => api.validateScenario({ forecast: "x.json", lists: {}, interventions: [{ by: "USA", toward: "Y", strength: 1, targets: { list: "constructor" } }] })],
  validateSpec: [() => api.validateSpec(42)],
  windowStart: [() => api.windowStart("x")],
  writeAtomic: [() => api.writeAtomic(42 as never, "x")],
};

const functions = Object.entries(api).filter(([name, f]) => typeof f === "function" && name !== "PlenaryError") as [string, (...args: unknown[]) => unknown][];

async function outcome(f: () => unknown): Promise<unknown> {
  try {
    const r = f();
    if (r && typeof (r as Promise<unknown>).then === "function") await r;
    return "returned";
  } catch (e) {
    return e;
  }
}

describe("every export of src/index.ts refuses bad arguments with a PlenaryError", () => {
  it("has a bad call for every public function (a new export needs one)", () => {
    const missing = functions.map(([n]) => n).filter((n) => !BAD[n] && !PREDICATES.has(n) && !NO_ARGUMENTS.has(n));
    expect(missing).toEqual([]);
  });

  for (const [name, calls] of Object.entries(BAD)) {
    it(`${name}: ${calls.length} bad call(s) refused with a PlenaryError and a code`, async () => {
      for (const [k, call] of calls.entries()) {
        const t0 = performance.now();
        const e = await outcome(call);
        expect(e, `${name} #${k} returned`).not.toBe("returned");
        expect(e, `${name} #${k}: ${(e as Error)?.name}: ${(e as Error)?.message}`).toBeInstanceOf(PlenaryError);
        expect((e as PlenaryError).code).toMatch(/^(invalid|read|write|limit|not-found|model)$/);
        expect((e as Error).message).not.toMatch(/Cannot read properties|is not a function|is not iterable|undefined is not/);
        expect(performance.now() - t0, `${name} #${k} took too long`).toBeLessThan(5000);
      }
    }, 30_000);
  }

  it("the predicates answer false for junk, never throw", () => {
    for (const name of PREDICATES) {
      for (const junk of [42, null, {}, [], "x", NaN]) expect((api as unknown as Record<string, (x: unknown) => unknown>)[name](junk) || false).toBe(false);
    }
  });

  it("junk of every kind (42, \"x\", null, {}, NaN, [1]) is either accepted or refused with a PlenaryError, by every light function", async () => {
    const heavy = new Set(["backtest", "baselineTuningVotes", "buildDataset", "fitIdealPoints", "forecastResolution", "prepareForecast", "runScenario", "findModelForAsOf", "modelForAsOf", "fitLogisticTendencies", "compareTendencies", "fitIssueClassifier", "loadAssembly", "exportChart", "exportCharts", "writeAtomic", "saveModel", "saveIssueClassifier"]);
    const junk: unknown[][] = [[42], ["x"], [null], [NaN], [[1]], [{}, 42], ["x", "y"], [42, 42], [{}]];
    const bad: string[] = [];
    for (const [name, f] of functions) {
      if (heavy.has(name)) continue;
      for (const args of junk) {
        const e = await outcome(() => (/^[A-Z]/.test(name) ? new (f as unknown as new (...x: unknown[]) => unknown)(...args) : f(...args)));
        if (e !== "returned" && !(e instanceof PlenaryError)) bad.push(`${name}(${args.map((x) => JSON.stringify(x)).join(", ")}): ${(e as Error)?.name}: ${(e as Error)?.message}`);
      }
    }
    expect(bad).toEqual([]);
  }, 60_000);
});
