import { dayNumber } from "../data/sessionPeriod.ts";
import type { VoteLetter } from "../data/voteCodes.ts";
import type { DisagreementAt } from "./assemblyAgreement.ts";
import { PERMANENT, type CouncilVote } from "./types.ts";

/** Names of the features of a member's vote on a draft (the columns of the Council model). */
export const FEATURE_NAMES = [
  "intercept", "permanent", "sponsorDistance", "sponsorsKnown", "permanent x sponsorDistance", "distanceFromP3",
  "isSponsor", "itemAbstainRate", "itemNoRate", "lastOnItemAbstain", "lastOnItemNo", "lastOnItemContested",
  "itemContestedRate", "novelItem", "recentAbstainRate", "recentNoRate", "recentAbsentRate",
  "permanent x itemNoRate", "permanent x regionNoRate", "permanent x recentVetoes", "permanent x lastOnItemNo",
  "itemVetoRate", "permanent x itemVetoRate", "permanent x sponsorDistance x itemContestedRate",
  "itemAbstainRate, like sponsors", "itemNoRate, like sponsors", "permanent x itemNoRate, like sponsors", "permanent x regionNoRate, like sponsors",
  "sponsorDistance x itemContestedRate", "sponsorDistance x itemVetoRate", "permanent x sponsorDistance x itemVetoRate",
  "sponsorDisagreement", "permanent x sponsorDisagreement", "sponsorDisagreement x itemContestedRate", "permanent x sponsorDisagreement x itemContestedRate",
  "permanent x sponsorDisagreement x itemVetoRate", "permanent x sponsorDisagreement x itemNoRate, like sponsors", "sponsorDisagreement x itemAbstainRate, like sponsors",
  "relativeDisagreement", "permanent x relativeDisagreement", "lastLikeSponsorsNo", "permanent x lastLikeSponsorsNo", "lastLikeSponsorsAbstain",
  "permanent x relativeDisagreement+ x itemContestedRate", "relativeDisagreement+ x itemContestedRate",
  "log recentAbstainShare", "log recentNoShare", "log recentAbsentShare", "permanent x log(1 + noes on item)", "log(1 + abstentions on item)",
  "is CHN", "is FRA", "is GBR", "is RUS", "is USA",
  "rivalPermanentSponsor", "permanent x rivalPermanentSponsor", "permanent x rivalPermanentSponsor x itemContestedRate", "permanent x rivalPermanentSponsor x novelItem",
  "log(1 + rival drafts)", "permanent x log(1 + rival drafts)", "log(1 + sponsors)", "permanent x log(1 + sponsors)",
  "permanent x log(1 + rival drafts) x sponsorsUnknown", "permanent x opposedPermanentSponsor",
] as const;
export const N_FEATURES = FEATURE_NAMES.length;
/** Version of the features' definitions (part of the cache key of fitted coefficients). */
export const FEATURES_VERSION = 4;

const P5 = new Set<string>(PERMANENT);
/** Half-lives (days) of the decayed counts: a member's recent habits, an agenda item's, a permanent member's vetoes. */
const HALF_LIFE = { recent: 730, item: 1825, region: 1825, veto: 365 } as const;

/** Difference between a member's relative disagreements with two drafts' sponsors at which the drafts' resemblance falls by e. */
const SPONSOR_SCALE = 0.1;

/**
 * How much further a member stands from a draft's sponsors in the Assembly
 * than from the Council's members on average: its disagreement with the
 * sponsors (France, the UK and the US for a text naming none) minus its mean
 * disagreement with the other members. Positive: sponsors from the other camp.
 * The United States disagrees with most states in the Assembly; relative to
 * that, France is close to it and far from Russia.
 */
export function relativeDisagreement(member: string, sponsors: readonly string[], members: readonly string[], date: string, disagreement: DisagreementAt): number | null {
  const who = sponsors.length ? sponsors : ["FRA", "GBR", "USA"];
  const mean = (xs: string[]) => {
    const ds = xs.map((s) => disagreement(member, s, date)).filter((d): d is number => d !== null);
    return ds.length ? ds.reduce((a, b) => a + b, 0) / ds.length : null;
  };
  const toSponsors = mean(who.filter((s) => s !== member));
  const toMembers = disagreement(member, "*", date);
  if (toSponsors === null || toMembers === null) return who.includes(member) ? -0.3 : null;
  return who.includes(member) ? Math.min(toSponsors - toMembers, -0.3) : toSponsors - toMembers;
}

/**
 * The sponsors' mean position in the Assembly on the draft's date; when the
 * source names no sponsor (a President's text), that of France, the United
 * Kingdom and the United States, who hold most pens; null when none is known.
 */
export function sponsorPosition(draft: Pick<DraftFacts, "sponsors" | "date">, positions: PositionsAt): number | null {
  const who = draft.sponsors.length ? draft.sponsors : ["FRA", "GBR", "USA"];
  const xs = who.map((s) => positions(s, draft.date)).filter((p): p is number => p !== null);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** A decayed count: each event weighs 2^(-age / half-life). */
class Decayed {
  value = 0;
  day = 0;
  constructor(readonly halfLife: number) {}
  at(day: number): number {
    return this.value * Math.pow(2, -(day - this.day) / this.halfLife);
  }
  add(day: number, x: number): void {
    this.value = this.at(day) + x;
    this.day = day;
  }
}

interface Tally {
  n: Decayed;
  a: Decayed;
  no: Decayed;
  x: Decayed;
}
const tally = (h: number): Tally => ({ n: new Decayed(h), a: new Decayed(h), no: new Decayed(h), x: new Decayed(h) });
/** Log of a member's decayed share of a class, shrunk towards a base rate with five votes' weight. */
function logRate(t: Tally | undefined, part: "a" | "no" | "x", base: number): number {
  const c = t ? t[part].at(t.n.day) : 0;
  const n = t ? t.n.at(t.n.day) : 0;
  return Math.log((c + 5 * base) / (n + 5));
}

function addTally(t: Tally, day: number, v: VoteLetter): void {
  t.n.add(day, 1);
  t.a.add(day, v === "A" ? 1 : 0);
  t.no.add(day, v === "N" ? 1 : 0);
  t.x.add(day, v === "X" ? 1 : 0);
}

/** What a draft is, for the features: its date, agenda item key, region and sponsors. */
export interface DraftFacts {
  date: string;
  agendaKey: string;
  region: string;
  sponsors: readonly string[];
  /** Other drafts on the same item put to the vote the same day (competing texts). Default 0. */
  rivalDrafts?: number;
  /**
   * Earlier votes the forecaster names as the same kind of text (a spec's
   * `like`): when given, a member's habits on the item are read from these
   * (its vote on the latest, its shares weighted by recency) instead of from
   * the item's drafts by similarly distant sponsors.
   */
  like?: readonly LikeVote[];
}

/** A vote named as resembling a draft: its date, sponsors and members' votes. */
export interface LikeVote {
  date: string;
  sponsors: readonly string[];
  votes: Readonly<Record<string, VoteLetter>>;
}

/** Assembly positions (ideal points) by ISO3 on a date. */
export type PositionsAt = (iso3: string, date: string) => number | null;

/**
 * The Council's history as decayed counts, updated vote by vote in date order:
 * each member's recent abstentions, noes and absences; its votes on each
 * agenda item; each item's contested and vetoed votes; each permanent
 * member's noes by region and its recent vetoes. `features` reads it for a
 * member and a draft (only what was recorded before).
 */
export class CouncilHistory {
  private member = new Map<string, Tally>();
  private item = new Map<string, Tally>();
  private itemLast = new Map<string, VoteLetter>();
  private itemVotes = new Map<string, { n: Decayed; contested: Decayed; vetoed: Decayed; last: boolean }>();
  private region = new Map<string, Tally>();
  /** Each member's past votes on each item (and each permanent member's in each region), with the sponsors' position then. */
  private past = new Map<string, { day: number; sp: number; vote: VoteLetter }[]>();
  private lastVeto = new Map<string, number>();
  /** For each ordered pair of permanent members "a|b": decayed counts of b's yes votes, and of a's noes on them. */
  private opposed = new Map<string, { yes: Decayed; no: Decayed }>();
  private vetoes = new Map<string, Decayed>();

  /** Adds a recorded vote (`disagreement` gives each member's distance from the sponsors then; without it, votes are not remembered by sponsor). */
  add(v: CouncilVote, disagreement?: DisagreementAt): void {
    const day = dayNumber(v.date);
    const members = Object.keys(v.votes);
    if (disagreement) {
      for (const [m, x] of Object.entries(v.votes)) {
        if (v.sponsors.includes(m)) continue;
        const sp = relativeDisagreement(m, v.sponsors, members, v.date, disagreement);
        if (sp === null) continue;
        for (const k of [`${m}|${v.agendaKey}`, ...(P5.has(m) ? [`${m}|region|${v.region}`] : [])]) {
          const list = this.past.get(k) ?? [];
          list.push({ day, sp, vote: x });
          this.past.set(k, list);
        }
      }
    }
    const letters = Object.values(v.votes);
    const contested = letters.some((x) => x === "N" || x === "A");
    const iv = this.itemVotes.get(v.agendaKey) ?? { n: new Decayed(HALF_LIFE.item), contested: new Decayed(HALF_LIFE.item), vetoed: new Decayed(HALF_LIFE.item), last: false };
    iv.n.add(day, 1);
    iv.contested.add(day, contested ? 1 : 0);
    iv.vetoed.add(day, v.outcome === "vetoed" ? 1 : 0);
    iv.last = contested;
    this.itemVotes.set(v.agendaKey, iv);
    for (const [m, x] of Object.entries(v.votes)) {
      const t = this.member.get(m) ?? tally(HALF_LIFE.recent);
      addTally(t, day, x);
      this.member.set(m, t);
      // a member's votes on its own drafts say nothing of its votes on others': its item habits leave them out
      if (v.sponsors.includes(m)) continue;
      const k = `${m}|${v.agendaKey}`;
      const ti = this.item.get(k) ?? tally(HALF_LIFE.item);
      addTally(ti, day, x);
      this.item.set(k, ti);
      this.itemLast.set(k, x);
      if (P5.has(m)) {
        const kr = `${m}|${v.region}`;
        const tr = this.region.get(kr) ?? tally(HALF_LIFE.region);
        addTally(tr, day, x);
        this.region.set(kr, tr);
      }
    }
    for (const a of PERMANENT) {
      for (const b of PERMANENT) {
        if (a === b || v.votes[b] !== "Y" || !v.votes[a]) continue;
        const o = this.opposed.get(`${a}|${b}`) ?? { yes: new Decayed(HALF_LIFE.item), no: new Decayed(HALF_LIFE.item) };
        o.yes.add(day, 1);
        o.no.add(day, v.votes[a] === "N" ? 1 : 0);
        this.opposed.set(`${a}|${b}`, o);
      }
    }
    for (const m of v.vetoedBy) {
      const d = this.vetoes.get(m) ?? new Decayed(HALF_LIFE.veto);
      d.add(day, 1);
      this.vetoes.set(m, d);
    }
  }

  /** The features of `member`'s vote on `draft` (FEATURE_NAMES), written into `out` at `offset`. */
  features(member: string, draft: DraftFacts & { members: readonly string[] }, positions: PositionsAt, out: Float64Array, offset = 0, disagreement?: DisagreementAt): void {
    const day = dayNumber(draft.date);
    const p5 = P5.has(member) ? 1 : 0;
    const x = positions(member, draft.date) ?? 0;
    const spNow = sponsorPosition(draft, positions);
    // disagreement in the Assembly with the sponsors (France, the UK and the US for a text with none named)
    const who = draft.sponsors.length ? draft.sponsors : ["FRA", "GBR", "USA"];
    const dis = disagreement ? who.map((s) => disagreement(member, s, draft.date)).filter((d): d is number => d !== null) : [];
    const dAg = dis.length ? dis.reduce((a, b) => a + b, 0) / dis.length : 0;
    const dSp = spNow === null ? 0 : Math.abs(x - spNow);
    const p3 = ["FRA", "GBR", "USA"].map((s) => positions(s, draft.date)).filter((p): p is number => p !== null);
    const dWest = p3.length ? Math.abs(x - p3.reduce((a, b) => a + b, 0) / p3.length) : 0;
    // votes on the item (and, for a permanent member, in the region) on drafts whose sponsors stood near these
    const rdNow = disagreement ? relativeDisagreement(member, draft.sponsors, draft.members, draft.date, disagreement) : null;
    let lastSimilar: VoteLetter | null = null;
    const similar = (k: string): [number, number] => {
      const list = this.past.get(k);
      if (!list || rdNow === null) return [0, 0];
      let w = 0;
      let a = 0;
      let no = 0;
      for (const e of list) {
        const close = Math.exp(-Math.abs(e.sp - rdNow) / SPONSOR_SCALE);
        if (close > 0.5 && k.split("|").length === 2) lastSimilar = e.vote;
        const wi = Math.pow(2, -(day - e.day) / HALF_LIFE.item) * close;
        w += wi;
        if (e.vote === "A") a += wi;
        else if (e.vote === "N") no += wi;
      }
      return [a / (w + 0.25), no / (w + 0.25)];
    };
    const fromLike = (): [number, number] => {
      const own = (draft.like ?? []).filter((v) => v.votes[member] && !v.sponsors.includes(member)).sort((a, b) => (a.date < b.date ? -1 : 1));
      let w = 0;
      let a = 0;
      let no = 0;
      for (const v of own) {
        const wi = Math.pow(2, -(day - dayNumber(v.date)) / HALF_LIFE.item);
        w += wi;
        if (v.votes[member] === "A") a += wi;
        else if (v.votes[member] === "N") no += wi;
        lastSimilar = v.votes[member];
      }
      return [a / (w + 0.25), no / (w + 0.25)];
    };
    const useLike = (draft.like ?? []).some((v) => v.votes[member] && !v.sponsors.includes(member));
    const [simA, simN] = useLike ? fromLike() : similar(`${member}|${draft.agendaKey}`);
    const [, regionSimN] = p5 ? similar(`${member}|region|${draft.region}`) : [0, 0];
    const rate = (t: Tally | undefined, part: "a" | "no" | "x") => (t ? t[part].at(day) / (t.n.at(day) + 1) : 0);
    const ti = this.item.get(`${member}|${draft.agendaKey}`);
    const last = this.itemLast.get(`${member}|${draft.agendaKey}`);
    const iv = this.itemVotes.get(draft.agendaKey);
    const itemContested = iv ? iv.contested.at(day) / (iv.n.at(day) + 1) : 0;
    const itemVeto = iv ? iv.vetoed.at(day) / (iv.n.at(day) + 1) : 0;
    const tm = this.member.get(member);
    // a permanent member among the sponsors that votes unlike this member in the Assembly (relative to the membership)
    const base = disagreement ? disagreement(member, "*", draft.date) : null;
    const rival = disagreement && base !== null
      ? Math.max(0, ...draft.sponsors.filter((s) => s !== member && P5.has(s)).map((s) => (disagreement(member, s, draft.date) ?? base) - base))
      : 0;
    const novel = iv ? 0 : 1;
    const rivals = Math.log1p(draft.rivalDrafts ?? 0);
    // how often this permanent member voted no when a permanent sponsor voted yes (shrunk with ten votes' weight)
    const opposedSponsor = p5 ? Math.max(0, ...draft.sponsors.filter((s) => s !== member && P5.has(s)).map((s) => {
      const o = this.opposed.get(`${member}|${s}`);
      return o ? o.no.at(day) / (o.yes.at(day) + 10) : 0;
    })) : 0;
    // the member's habits on the item, on drafts whose sponsors stood as far from it as these do
    const itemNo = simN;
    const f = [
      1, p5, dSp, draft.sponsors.length ? 1 : 0, p5 * dSp, dWest,
      draft.sponsors.includes(member) ? 1 : 0, simA, itemNo, lastSimilar === "A" ? 1 : 0, lastSimilar === "N" ? 1 : 0, iv?.last ? 1 : 0,
      itemContested, iv ? 0 : 1, rate(tm, "a"), rate(tm, "no"), rate(tm, "x"),
      p5 * itemNo, p5 * rate(this.region.get(`${member}|${draft.region}`), "no"), p5 * Math.log1p(this.vetoes.get(member)?.at(day) ?? 0), p5 * (lastSimilar === "N" ? 1 : 0),
      itemVeto, p5 * itemVeto, p5 * dSp * itemContested,
      simA, simN, p5 * simN, p5 * regionSimN,
      dSp * itemContested, dSp * itemVeto, p5 * dSp * itemVeto,
      dAg, p5 * dAg, dAg * itemContested, p5 * dAg * itemContested, p5 * dAg * itemVeto, p5 * dAg * simN, dAg * simA,
      rdNow ?? 0, p5 * (rdNow ?? 0), lastSimilar === "N" ? 1 : 0, p5 * (lastSimilar === "N" ? 1 : 0), lastSimilar === "A" ? 1 : 0,
      p5 * Math.max(0, rdNow ?? 0) * itemContested, Math.max(0, rdNow ?? 0) * itemContested,
      logRate(tm, "a", 0.06), logRate(tm, "no", 0.02), logRate(tm, "x", 0.01),
      p5 * Math.log1p(ti ? ti.no.at(day) : 0), Math.log1p(ti ? ti.a.at(day) : 0),
      ...PERMANENT.map((m) => (member === m ? 1 : 0)),
      rival, p5 * rival, p5 * rival * itemContested, p5 * rival * novel,
      rivals, p5 * rivals,
      Math.log1p(draft.sponsors.length), p5 * Math.log1p(draft.sponsors.length),
      p5 * rivals * (draft.sponsors.length ? 0 : 1), 100 * opposedSponsor,
    ];
    for (let j = 0; j < N_FEATURES; j++) out[offset + j] = f[j];
  }

  /** Previous votes' keys seen (for tests and reports). */
  hasItem(agendaKey: string): boolean {
    return this.itemVotes.has(agendaKey);
  }
}
