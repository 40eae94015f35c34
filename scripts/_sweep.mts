import * as api from "../src/index.ts";
const HEAVY = new Set(["backtest", "buildDataset", "fitIdealPoints", "forecastResolution", "prepareForecast", "runScenario", "findModelForAsOf", "modelForAsOf", "fitLogisticTendencies", "compareTendencies", "fitIssueClassifier", "loadAssembly"]);
const bad: unknown[][] = [[42], ["x"], [null], [{}], [NaN], [[1]], [{}, 42], ["x", "y"], [42, 42]];
const rows: string[] = [];
for (const [name, f] of Object.entries(api)) {
  if (typeof f !== "function" || name === "PlenaryError") continue;
  for (const args of bad) {
    if (HEAVY.has(name) && (args.length === 1 && (args[0] === null || typeof args[0] === "object") && !Array.isArray(args[0]))) continue;
    const t0 = performance.now();
    let out: string;
    try {
      let r = /^[A-Z]/.test(name) ? new (f as any)(...args) : (f as any)(...args);
      if (r && typeof r.then === "function") r = await r;
      out = `returned ${typeof r === "number" ? r : typeof r}`;
    } catch (e) {
      out = e instanceof api.PlenaryError ? "PlenaryError" : `${(e as Error)?.constructor?.name}: ${(e as Error)?.message?.slice(0, 80)}`;
    }
    const ms = performance.now() - t0;
    if (out !== "PlenaryError") rows.push(`${name}(${args.map((a) => JSON.stringify(a)).join(", ")}) -> ${out}${ms > 1000 ? ` [${ms.toFixed(0)} ms]` : ""}`);
  }
}
console.log(rows.join("\n"));
