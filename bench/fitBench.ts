import { fitIdealPoints, loadAssembly } from "../src/index.ts";

/**
 * Fits the 1-D dynamic ideal-point model on the whole embedded record
 * (1946-2025) once and reports its time and the process's peak resident
 * memory (which includes the loaded data; `maxRSS` is a process-wide peak, so
 * run `npm run bench -- fit` alone for the fit's own figure).
 */
export async function fitBench(): Promise<Record<string, number>> {
  const assembly = loadAssembly();
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const model = fitIdealPoints(assembly);
  const seconds = (performance.now() - t0) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024; // bytes
  const result = {
    "fit.seconds (full record, 1-D)": seconds,
    "fit.sweeps": model.stats.iterations,
    "fit.rollCalls": model.stats.rollCalls,
    "fit.votes": model.stats.votes,
    "fit.peakRssMB (process)": Math.round(peak / 1e6),
    "fit.rssBeforeMB": Math.round(rssBefore / 1e6),
    "fit.correctlyClassified": model.stats.correctlyClassified,
    "fit.apre": model.stats.apre,
  };
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [k, v] of Object.entries(await fitBench())) console.log(`${k.padEnd(40)} ${Number.isInteger(v) ? v : v.toFixed(3)}`);
}
