import { median } from "simple-statistics";
import { loadAssembly } from "../src/index.ts";

/** Times loading the full embedded record (median of 5 cold-ish loads) and building the arquero tables. */
export async function loadBench(): Promise<Record<string, number>> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    loadAssembly();
    times.push(performance.now() - t0);
  }
  const a = loadAssembly();
  const t1 = performance.now();
  void a.tables;
  const tables = performance.now() - t1;
  const out = { "load.seconds (median of 5)": median(times) / 1000, "load.tables.seconds": tables / 1000, "load.votes": a.tables.votes.numRows() };
  return out;
}
