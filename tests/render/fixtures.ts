/**
 * Fixed synthetic inputs for the render tests, the bench and the example
 * images. Deterministic (seeded PRNG), built on the real membership: the 193
 * UN member states from the `world-countries` package, with their real ISO3,
 * M49 codes, UN regional groups and centroids. The vote probabilities mimic
 * A/RES/ES-11/4 (12 October 2022, adopted 143-5-35 with 10 absent) but are
 * made up. Every function returns fresh objects, so tests may freeze them.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { regionalGroup } from "../../src/data/countryCatalog.ts";
import type { MemberState } from "../../src/data/types.ts";
import { seededRandom } from "../../src/model/seededRandom.ts";
import type { CountIntervals, Counts, CountryForecast, Forecast } from "../../src/forecast/types.ts";
import type { StateTrajectory } from "../../src/model/types.ts";
import type { CalibrationBin } from "../../src/render/calibrationChart.ts";
import type { ResponsePoint } from "../../src/render/responseChart.ts";

interface WorldCountry {
  name: { common: string };
  cca3: string;
  ccn3: string;
  latlng: number[];
  unMember: boolean;
  unRegionalGroup: string;
}

/** The 193 UN member states (members with a regional group in `world-countries`), sorted by ISO3. */
export function memberStates(): MemberState[] {
  const path = createRequire(import.meta.url).resolve("world-countries/countries.json");
  const list = JSON.parse(readFileSync(path, "utf8")) as WorldCountry[];
  return list
    .filter((c) => c.unMember && regionalGroup(c.unRegionalGroup) !== "")
    .map((c) => ({
      iso3: c.cca3,
      name: c.name.common,
      group: regionalGroup(c.unRegionalGroup),
      m49: Number(c.ccn3),
      lat: c.latlng[0] ?? null,
      lon: c.latlng[1] ?? null,
      first: "1945-10-24",
      last: "2025-09-12",
      dissolved: false,
    }))
    .sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}

/** Voted no on A/RES/ES-11/4. */
const NO = ["RUS", "BLR", "PRK", "SYR", "NIC"];
/** Abstained on A/RES/ES-11/4. */
const ABSTAIN = "DZA ARM BOL BDI CAF CHN COG CUB ERI SWZ ETH GIN HND IND KAZ KGZ LAO LSO MLI MNG MOZ NAM PAK ZAF SSD LKA SDN TJK THA TGO UGA TZA UZB VNM ZWE".split(" ");
/** Did not vote on A/RES/ES-11/4. */
const ABSENT = "AZE BFA CMR DJI GNQ GAB GRD IRN TKM VEN".split(" ");

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Probabilities [yes, abstain, no, absent] around a center, jittered, rounded to 4 decimals, summing to 1. */
function jitter(center: readonly number[], random: () => number): [number, number, number, number] {
  const w = center.map((c) => c * Math.exp(0.6 * (random() - 0.5)));
  const s = w.reduce((a, b) => a + b, 0);
  const p = w.map((x) => round4(x / s));
  const last = round4(1 - p[0]! - p[1]! - p[2]!);
  return [p[0]!, p[1]!, p[2]!, last];
}

/** Exact distribution of a sum of independent Bernoulli(p_i) (Poisson-binomial), by convolution. */
export function poissonBinomial(ps: readonly number[]): number[] {
  let dist = [1];
  for (const p of ps) {
    const next = new Array<number>(dist.length + 1).fill(0);
    for (let k = 0; k < dist.length; k++) {
      next[k]! += dist[k]! * (1 - p);
      next[k + 1]! += dist[k]! * p;
    }
    dist = next;
  }
  return dist;
}

function quantile(dist: readonly number[], q: number): number {
  let c = 0;
  for (let k = 0; k < dist.length; k++) {
    c += dist[k]!;
    if (c >= q) return k;
  }
  return dist.length - 1;
}

/** Assembles a Forecast from per-state probabilities, with exact Poisson-binomial totals. */
export function forecastFrom(
  countries: CountryForecast[],
  meta: { title: string; asOf: string; rule: "majority" | "two-thirds"; actual?: Counts },
): Forecast {
  const keys = { yes: "pYes", abstain: "pAbstain", no: "pNo", absent: "pAbsent" } as const;
  const expected = {} as Counts;
  const interval80 = {} as CountIntervals;
  const interval95 = {} as CountIntervals;
  const dists = {} as Record<keyof Counts, number[]>;
  for (const k of ["yes", "no", "abstain", "absent"] as const) {
    const ps = countries.map((c) => c[keys[k]]);
    dists[k] = poissonBinomial(ps);
    expected[k] = ps.reduce((a, b) => a + b, 0);
    interval80[k] = [quantile(dists[k], 0.1), quantile(dists[k], 0.9)];
    interval95[k] = [quantile(dists[k], 0.025), quantile(dists[k], 0.975)];
  }
  const share = meta.rule === "two-thirds" ? 2 / 3 : 1 / 2;
  const present = expected.yes + expected.no;
  const threshold = meta.rule === "two-thirds" ? Math.ceil(share * present) : Math.floor(share * present) + 1;
  const pAdopted = Math.min(1, dists.yes.slice(threshold).reduce((a, b) => a + b, 0));
  return {
    title: meta.title,
    asOf: meta.asOf,
    rule: meta.rule,
    members: countries.length,
    expected,
    interval80,
    interval95,
    pAdopted,
    yesDistribution: dists.yes,
    threshold,
    countries,
    ...(meta.actual ? { actual: meta.actual } : {}),
    resembling: [],
    components: [],
    surprises: [],
    issue: null,
    kind: "repeated",
    warnings: [],
  };
}

/** Per-state probabilities mimicking A/RES/ES-11/4. */
export function fixtureCountries(seed = 7): CountryForecast[] {
  const random = seededRandom(seed);
  return memberStates().map((s) => {
    const center = NO.includes(s.iso3)
      ? [0.04, 0.12, 0.8, 0.04]
      : ABSTAIN.includes(s.iso3)
        ? [0.22, 0.66, 0.04, 0.08]
        : ABSENT.includes(s.iso3)
          ? [0.25, 0.15, 0.02, 0.58]
          : s.group === "Western European and Others" || s.group === "Eastern European"
            ? [0.97, 0.015, 0.005, 0.01]
            : [0.84, 0.09, 0.01, 0.06];
    const [pYes, pAbstain, pNo, pAbsent] = jitter(center, random);
    return { iso3: s.iso3, name: s.name, group: s.group, pYes, pAbstain, pNo, pAbsent };
  });
}

/** A forecast for a resolution like A/RES/ES-11/4, with the actual result. */
export function fixtureForecast(): Forecast {
  return forecastFrom(fixtureCountries(), {
    title: "Territorial integrity of Ukraine: defending the principles of the Charter",
    asOf: "2022-10-10",
    rule: "two-thirds",
    actual: { yes: 143, no: 5, abstain: 35, absent: 10 },
  });
}

/** The same forecast after lobbying the African and Asia-Pacific abstainers: 60% of their abstain probability moves to yes. */
export function fixtureScenario(): Forecast {
  const countries = fixtureCountries().map((c) => {
    if (!ABSTAIN.includes(c.iso3) || !(c.group === "African" || c.group === "Asia-Pacific")) return c;
    const moved = round4(0.6 * c.pAbstain);
    return { ...c, pYes: round4(c.pYes + moved), pAbstain: round4(c.pAbstain - moved) };
  });
  return forecastFrom(countries, {
    title: "Territorial integrity of Ukraine: defending the principles of the Charter",
    asOf: "2022-10-10",
    rule: "two-thirds",
  });
}

/** A response curve: expected yes and P(adopted) against lobbying strength, for a close simple-majority vote. */
export function fixtureResponse(): ResponsePoint[] {
  const out: ResponsePoint[] = [];
  for (let i = 0; i <= 16; i++) {
    const strength = i * 0.125;
    const expectedYes = 82 + 30 * (1 - Math.exp(-1.2 * strength));
    const sd = 4.2 - 0.6 * strength;
    const pAdopted = 1 / (1 + Math.exp(-(expectedYes - 95) / 2.6));
    out.push({
      strength,
      expectedYes: Math.round(expectedYes * 100) / 100,
      pAdopted: round4(pAdopted),
      yesLo80: Math.round((expectedYes - 1.28 * sd) * 100) / 100,
      yesHi80: Math.round((expectedYes + 1.28 * sd) * 100) / 100,
    });
  }
  return out;
}

/** Ideal-point trajectories (dimension 1, sessions 60-79) for seven states, as a random walk around fixed levels. */
export function fixtureTrajectories(): StateTrajectory[] {
  const random = seededRandom(11);
  const levels: Record<string, number> = { USA: 2.4, GBR: 1.7, BRA: -0.3, IND: -0.8, ZAF: -0.6, CHN: -1.2, RUS: -0.4 };
  return Object.entries(levels).map(([iso3, level]) => {
    const periods: number[] = [];
    const mean: number[][] = [];
    const sd: number[][] = [];
    let x = level;
    for (let p = 60; p <= 79; p++) {
      x += 0.12 * (random() - 0.5) + (iso3 === "RUS" && p >= 70 ? -0.03 : 0);
      periods.push(p);
      mean.push([Math.round(x * 1000) / 1000]);
      sd.push([Math.round((0.08 + 0.06 * random() + (p === 79 ? 0.05 : 0)) * 1000) / 1000]);
    }
    return { iso3, periods, mean, sd };
  });
}

/** Reliability bins for two methods over yes, abstain and no (ten bins each; observed = predicted + a bias and noise). */
export function fixtureCalibration(): CalibrationBin[] {
  const random = seededRandom(5);
  const out: CalibrationBin[] = [];
  for (const method of ["ideal points", "recent shares"]) {
    for (const outcome of ["yes", "abstain", "no"] as const) {
      for (let b = 0; b < 10; b++) {
        const predicted = (b + 0.5) / 10;
        const bias = method === "recent shares" ? 0.08 * (predicted - 0.5) : 0.02 * (predicted - 0.5);
        const observed = Math.min(1, Math.max(0, predicted + bias + 0.05 * (random() - 0.5)));
        const n = Math.round((outcome === "yes" ? 4000 : 900) * Math.exp(-((predicted - (outcome === "yes" ? 0.9 : 0.1)) ** 2) * 6)) + 20;
        out.push({ outcome, predicted: round4(predicted), observed: round4(observed), n, method });
      }
    }
  }
  return out;
}
