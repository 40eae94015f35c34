import { fileURLToPath } from "node:url";
import { loadAssembly, loadScenario, prepareForecast, runScenario, type ForecastSpec } from "../src/index.ts";
// The bench times the response curve apart from a whole run, so it reaches the
// private steps of runScenario that src/index.ts does not export.
import { outcomeEvaluator } from "../src/simulate/outcomeEvaluator.ts";
import { resolveInterventions } from "../src/simulate/resolveInterventions.ts";
import { responseCurve } from "../src/simulate/responseCurve.ts";

/**
 * Times lobbying scenarios on the flagship case (scenarios/blinken-2022.json:
 * 10,000 draws, 193 states, 97 targets): the 50-point response curve (goal:
 * under 10 s), the implied strength, best-10 targets and a whole run.
 * The forecast preparation is timed apart (it depends on src/forecast).
 * Single-threaded: each curve point costs O(draws x targets) logistic
 * evaluations, computed incrementally from the baseline's sampled votes.
 */
export async function scenarioBench(): Promise<Record<string, number>> {
  const assembly = loadAssembly();
  const scenario = loadScenario(fileURLToPath(new URL("../scenarios/blinken-2022.json", import.meta.url)), { states: assembly.states });
  let t = performance.now();
  const prepared = prepareForecast(scenario.forecast as ForecastSpec, { assembly });
  const prepare = (performance.now() - t) / 1000;
  const { applied } = resolveInterventions(scenario, prepared, assembly);

  t = performance.now();
  const cpu0 = process.cpuUsage().user;
  const evaluator = outcomeEvaluator(prepared);
  const strengths = Array.from({ length: 50 }, (_, i) => (6 * i) / 49);
  const curve = responseCurve(prepared, applied, { strengths }, evaluator);
  const curve50 = (performance.now() - t) / 1000;
  // CPU time of this thread's process: less sensitive than wall time to other jobs on a shared machine
  const curve50cpu = (process.cpuUsage().user - cpu0) / 1e6;
  if (curve.length !== 50) throw new Error("curve has the wrong length");

  const time = (s: Parameters<typeof runScenario>[0]) => {
    const t0 = performance.now();
    runScenario(s, { assembly, prepared });
    return (performance.now() - t0) / 1000;
  };
  const plain = { ...scenario, curve: undefined, targets: undefined, observed: undefined };
  const run = time(plain);
  const implied = time({ ...plain, observed: scenario.observed }) - run;
  const targets = time({ ...plain, targets: scenario.targets }) - run;
  const pAdopted = time({ ...plain, targets: { ...scenario.targets!, objective: "pAdopted" } }) - run;
  const whole = time(scenario);
  return {
    "scenario.prepare.seconds (10,000 draws)": prepare,
    "scenario.curve50.seconds (goal < 10)": curve50,
    "scenario.curve50.cpuSeconds": curve50cpu,
    "scenario.run.seconds (no extras)": run,
    "scenario.implied.seconds (extra)": implied,
    "scenario.best10.expectedYes.seconds (extra)": targets,
    "scenario.best10.pAdopted.seconds (extra)": pAdopted,
    "scenario.blinken-2022.seconds (curve 13, best 10, implied)": whole,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [k, v] of Object.entries(await scenarioBench())) console.log(`${k.padEnd(60)} ${v.toFixed(3)}`);
}
