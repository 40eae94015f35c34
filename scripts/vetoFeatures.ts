/**
 * What the veto fit's features are worth: for each set of features (and
 * penalty) below, a binary fit of a permanent member's no (against anything
 * else) per year 2015-2025 on the Council's record before that year, scored
 * on the year's permanent members' votes by the AUC of P(no), the log-loss
 * and the noes given more than 0.5. The features of every vote are computed
 * from the history up to the day before it, with Assembly positions from the
 * model of mid-2025 (a screening device: `plenary backtest --body SC`
 * confirms the kept set with each year's own models). A product of features
 * is written "a * b".
 *
 * Run: npx tsx scripts/vetoFeatures.ts     (about a minute)
 */
import { PERMANENT, VETO_FEATURES, screenVetoFeatures, type VetoFeatureSet } from "../src/index.ts";

const kept = [...VETO_FEATURES] as string[];
const dummies = PERMANENT.map((m) => `is ${m}`);
const without = (...names: string[]) => kept.filter((f) => !names.includes(f));
const set = (name: string, features: string[], lambda = 0.25): VetoFeatureSet => ({ name, features, lambda });
const sets: VetoFeatureSet[] = [
  set("kept (λ 0.25)", kept),
  ...[0.05, 0.1, 0.5, 1, 3].map((l) => set(`kept, λ ${l}`, kept, l)),
  set("without competing drafts", without("permanent x log(1 + rival drafts)", "permanent x log(1 + rival drafts) x sponsorsUnknown")),
  set("without the opposed sponsor", without("permanent x opposedPermanentSponsor")),
  set("+ member dummies", [...kept, ...dummies]),
  set("+ Russia's interactions", [...kept, "is RUS", ...kept.slice(1).map((f) => `is RUS * ${f}`)], 1),
  set("+ Russia's and the US's interactions", [...kept, "is RUS", "is USA", ...kept.slice(1).flatMap((f) => [`is RUS * ${f}`, `is USA * ${f}`])], 1),
  set("+ products", [...kept, "permanent x itemNoRate, like sponsors * permanent x log(1 + rival drafts)", "permanent x recentVetoes * permanent x log(1 + rival drafts)", "permanent x recentVetoes * permanent x itemNoRate, like sponsors"]),
  set("+ recent no and abstention shares", [...kept, "log recentNoShare", "log recentAbstainShare"]),
  set("+ the item's contested and veto rates", [...kept, "itemContestedRate", "permanent x itemVetoRate"]),
  set("+ sponsors' distance x contested", [...kept, "permanent x sponsorDistance x itemContestedRate"]),
];
const r = screenVetoFeatures(sets);
console.log("features".padEnd(40), "AUC    log-loss  noes above 0.5");
for (const x of r.rows) console.log(x.name.padEnd(40), x.auc.toFixed(3), " ", x.logLoss.toFixed(4), "  ", `${x.caught}/${x.noes}`);
console.log(`\n2015-2025, a permanent member whose last vote on a like-sponsored draft of the item was a no (and with noes on the item before): ${r.lastNo.votes} votes, ${r.lastNo.noes} noes (${((100 * r.lastNo.noes) / r.lastNo.votes).toFixed(0)}%)`);
