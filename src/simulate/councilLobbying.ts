import { forecastCouncil, type CouncilForecastOptions } from "../council/forecastCouncil.ts";
import type { CouncilForecast, CouncilSpec } from "../council/types.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { checkArray, checkObject, checkString } from "../util/checkArgs.ts";

/** One member won over, with what it added. */
export interface CouncilPick {
  iso3: string;
  /** Its P(yes) before. */
  pYesBefore: number;
  /** P(at least nine yes) and P(adopted) after this pick (and the ones before it). */
  pNineYes: number;
  pAdopted: number;
  expectedYes: number;
}

/**
 * The members a draft's sponsors should win over to reach nine votes: greedy
 * picks, each the member whose yes (won outright) raises P(at least nine yes)
 * most given the picks before (ties broken by expected yes), until P(nine
 * yes) passes `target` or `k` members are picked. Permanent members' vetoes
 * are reported through P(adopted) and are not picked (nine votes first,
 * then the veto: see `councilVetoPressure`).
 *
 * @example
 * const spec = { body: "SC" as const, title: "Ukraine", asOf: "2022-09-29", agenda: "Maintenance of peace and security of Ukraine", sponsors: ["USA", "ALB"], draws: 500 };
 * councilWinOver(spec, { k: 2 }).picks.map((p) => p.iso3); // the two elected members whose yes helps most
 */
export function councilWinOver(spec: CouncilSpec, options: CouncilForecastOptions & { k: number; target?: number }): { base: CouncilForecast; picks: CouncilPick[] } {
  checkObject(spec, "spec");
  checkObject(options, "options");
  const { k, target = 0.95, ...forecastOptions } = options;
  if (!(typeof target === "number" && target > 0 && target <= 1)) throw new PlenaryError(`invalid target; expected a probability in (0, 1]: ${JSON.stringify(target)}`);
  if (!(Number.isInteger(k) && k >= 1 && k <= 15)) throw new PlenaryError(`invalid k; expected a whole number in [1, 15]: ${JSON.stringify(k)}`);
  const base = forecastCouncil(spec, forecastOptions);
  const won: Record<string, "Y"> = {};
  const picks: CouncilPick[] = [];
  let current = base;
  while (picks.length < k && current.pNineYes < target) {
    let best: { iso3: string; f: CouncilForecast } | null = null;
    for (const c of current.countries) {
      if (c.permanent || c.pYes > 0.99 || won[c.iso3] || spec.known?.[c.iso3]) continue;
      const f = forecastCouncil({ ...spec, known: { ...(spec.known ?? {}), ...won, [c.iso3]: "Y" } }, forecastOptions);
      if (!best || f.pNineYes > best.f.pNineYes + 1e-9 || (Math.abs(f.pNineYes - best.f.pNineYes) <= 1e-9 && f.expected.yes > best.f.expected.yes)) best = { iso3: c.iso3, f };
    }
    if (!best) break;
    won[best.iso3] = "Y";
    picks.push({ iso3: best.iso3, pYesBefore: base.countries.find((c) => c.iso3 === best!.iso3)!.pYes, pNineYes: best.f.pNineYes, pAdopted: best.f.pAdopted, expectedYes: best.f.expected.yes });
    current = best.f;
  }
  return { base, picks };
}

/**
 * Pressure on a permanent member's veto: P(adopted) as a share `s` of its
 * probability of voting no is moved to abstention (s = 0 the forecast,
 * s = 1 a promise not to veto), for each strength given.
 */
export function councilVetoPressure(spec: CouncilSpec, member: string, strengths: readonly number[], options: CouncilForecastOptions = {}): { strength: number; pNo: number; pAdopted: number }[] {
  checkObject(spec, "spec");
  checkString(member, "member", 3);
  if (!Array.isArray(strengths) || strengths.length === 0) throw new PlenaryError(`invalid strengths; expected a non-empty list of numbers in [0, 1]: ${JSON.stringify(strengths)}`);
  return strengths.map((s) => {
    const f = forecastCouncil(spec, { ...options, adjust: { ...(options.adjust ?? {}), [member]: { toward: "A", strength: s } } });
    const c = f.countries.find((x) => x.iso3 === member);
    if (!c) throw new PlenaryError(`invalid member; not on the Council as of ${spec.asOf}: ${JSON.stringify(member)}`);
    return { strength: s, pNo: c.pNo, pAdopted: f.pAdopted };
  });
}

/**
 * Counter-lobbying: the draft's opponents pull `targets` toward abstention
 * with `strength` while the sponsors win `won` outright; P(nine yes) and
 * P(adopted) with and without the counter-lobbying.
 */
export function councilCounterLobbying(spec: CouncilSpec, won: readonly string[], targets: readonly string[], strength: number, options: CouncilForecastOptions = {}): { without: CouncilForecast; with: CouncilForecast } {
  checkObject(spec, "spec");
  checkArray(won, "won", "string");
  checkArray(targets, "targets", "string");
  const known = { ...(spec.known ?? {}), ...Object.fromEntries(won.map((m) => [m, "Y" as const])) };
  const without = forecastCouncil({ ...spec, known }, options);
  const adjust = Object.fromEntries(targets.filter((m) => !won.includes(m)).map((m) => [m, { toward: "A" as const, strength }]));
  return { without, with: forecastCouncil({ ...spec, known }, { ...options, adjust: { ...(options.adjust ?? {}), ...adjust } }) };
}
