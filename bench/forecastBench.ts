import { median } from "simple-statistics";
import { readFileSync } from "node:fs";
import { findRollCall, loadAssembly, modelForAsOf, prepareForecast, rollCallVotes, seededRandom, simulateOutcome, type ForecastSpec, type VoteLetter } from "../src/index.ts";

/**
 * Times a 10,000-draw forecast once the model is loaded (median of 5), for
 * scenarios/es-11-4.json (`like` given) and scenarios/es-11-4-auto.json (the
 * resembling votes found by retrieval: the first run builds the title index,
 * timed apart as "first"); es-11-4.json without its two known positions; and
 * es-11-4.json with 50 known positions (the actual votes of 50 states drawn
 * with a fixed seed, absences included).
 */
export async function forecastBench(): Promise<Record<string, number>> {
  const assembly = loadAssembly();
  const out: Record<string, number> = {};
  const actual = rollCallVotes(assembly, findRollCall(assembly, "A/RES/ES-11/4")).votes;
  const pool = Object.entries(actual).sort(([a], [b]) => (a < b ? -1 : 1));
  const random = seededRandom(5);
  const known50: Record<string, VoteLetter> = {};
  while (Object.keys(known50).length < 50) {
    const [iso3, vote] = pool.splice(Math.floor(random() * pool.length), 1)[0];
    known50[iso3] = vote;
  }
  for (const name of ["es-11-4", "es-11-4-auto", "es-11-4, no known position", "es-11-4 + 50 known"]) {
    const file = name.replace(" + 50 known", "").replace(", no known position", "");
    const read = JSON.parse(readFileSync(new URL(`../scenarios/${file}.json`, import.meta.url), "utf8")) as ForecastSpec;
    const { known: _known, ...none } = read;
    const spec = name === file ? read : name.endsWith("no known position") ? none : { ...read, known: { ...read.known, ...known50 } };
    const model = modelForAsOf(assembly, spec.asOf);
    const prep: number[] = [];
    const sim: number[] = [];
    for (let k = 0; k < 6; k++) {
      const t0 = performance.now();
      const p = prepareForecast({ ...spec, draws: 10_000 }, { assembly, model });
      const t1 = performance.now();
      simulateOutcome(p);
      const t2 = performance.now();
      if (k === 0) {
        out[`forecast ${name}: first run, seconds`] = (t2 - t0) / 1000;
        continue;
      }
      prep.push(t1 - t0);
      sim.push(t2 - t1);
    }
    out[`forecast ${name}: prepare, seconds`] = median(prep) / 1000;
    out[`forecast ${name}: simulate, seconds`] = median(sim) / 1000;
    out[`forecast ${name}: total, seconds`] = (median(prep) + median(sim)) / 1000;
  }
  return out;
}
