import { checkArray, checkObject } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import { PERMANENT, type CouncilRecord } from "./types.ts";

/**
 * Vetoes by permanent member and decade, 1946 on: the veto list before 1994
 * (the Soviet Union's counted as Russia's seat) and the vote record from
 * 1994. A draft vetoed by two members counts once for each.
 *
 * @example
 * vetoesByDecade(loadCouncil()).find((r) => r.decade === 2010 && r.member === "RUS")?.vetoes;
 */
export function vetoesByDecade(record: Pick<CouncilRecord, "votes" | "vetoHistory">): { decade: number; member: string; vetoes: number }[] {
  checkObject(record, "record");
  checkArray(record.votes, "record.votes");
  checkArray(record.vetoHistory, "record.vetoHistory");
  const counts = new Map<string, number>();
  const add = (date: string, m: string) => {
    const decade = Math.floor(Number(date.slice(0, 4)) / 10) * 10;
    const key = `${decade}|${m === "SUN" ? "RUS" : m}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const e of record.vetoHistory) if (e.date < "1994-01-01") for (const m of e.by) add(e.date, m);
  for (const v of record.votes) for (const m of v.vetoedBy) add(v.date, m);
  const decades = [...new Set([...counts.keys()].map((k) => Number(k.split("|")[0])))].sort((a, b) => a - b);
  return decades.flatMap((decade) => PERMANENT.map((member) => ({ decade, member, vetoes: counts.get(`${decade}|${member}`) ?? 0 })));
}

/**
 * How often two permanent members voted alike in the Council, per period
 * (`years` long, default 5), over the reliable votes where both took part
 * and at least one member did not vote yes (unanimous votes say nothing).
 */
export function permanentAgreement(record: Pick<CouncilRecord, "votes">, years = 5): { period: string; pair: string; agreement: number; votes: number }[] {
  checkObject(record, "record");
  checkArray(record.votes, "record.votes");
  if (!(Number.isInteger(years) && years >= 1 && years <= 50)) throw new PlenaryError(`invalid years; expected a whole number in [1, 50]: ${JSON.stringify(years)}`);
  const out: { period: string; pair: string; agreement: number; votes: number }[] = [];
  const first = Number(record.votes[0]?.date.slice(0, 4) ?? 1994);
  const last = Number(record.votes[record.votes.length - 1]?.date.slice(0, 4) ?? 1994);
  for (let y = first; y <= last; y += years) {
    const vs = record.votes.filter((v) => v.reliable && Number(v.date.slice(0, 4)) >= y && Number(v.date.slice(0, 4)) < y + years && Object.values(v.votes).some((x) => x !== "Y"));
    for (let i = 0; i < PERMANENT.length; i++) {
      for (let j = i + 1; j < PERMANENT.length; j++) {
        const [a, b] = [PERMANENT[i], PERMANENT[j]];
        const both = vs.filter((v) => v.votes[a] && v.votes[b] && v.votes[a] !== "X" && v.votes[b] !== "X");
        const same = both.filter((v) => v.votes[a] === v.votes[b]).length;
        out.push({ period: `${y}-${Math.min(y + years - 1, last)}`, pair: `${a}-${b}`, agreement: both.length ? same / both.length : NaN, votes: both.length });
      }
    }
  }
  return out;
}
