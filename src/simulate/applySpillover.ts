import type { PreparedForecast } from "../forecast/PreparedForecast.ts";
import type { Blocs } from "../model/blocs/estimateBlocs.ts";
import type { AppliedIntervention } from "./lobbyingShift.ts";
import { spillover } from "./spillover.ts";
import type { ResolvedIntervention } from "./types.ts";

/**
 * Extends each intervention to the partners of its targets (`spillover`):
 * every movable state (not on the lobbying side, no known position) whose
 * pressure after spill-over is positive becomes a target with that pressure
 * as its susceptibility, so strength sweeps, implied strength and campaign
 * draws scale the spilled pressure with the rest. Returns new arrays; the
 * inputs are not modified. Private to src/simulate.
 */
export function applySpillover(
  applied: readonly AppliedIntervention[],
  resolved: readonly ResolvedIntervention[],
  prepared: Pick<PreparedForecast, "states" | "fixed">,
  blocs: Pick<Blocs, "states" | "loadings" | "factors">,
  share: number,
): { applied: AppliedIntervention[]; resolved: ResolvedIntervention[] } {
  const members = prepared.states.map((s) => s.iso3);
  const outApplied: AppliedIntervention[] = [];
  const outResolved: ResolvedIntervention[] = [];
  applied.forEach((iv, i) => {
    const pressure = new Array<number>(members.length).fill(0);
    iv.targets.forEach((s, t) => (pressure[s] = iv.susceptibility[t]));
    const spilled = spillover(blocs, members, pressure, share);
    const targets: number[] = [];
    const sus: number[] = [];
    spilled.forEach((p, s) => {
      if (p > 0 && prepared.fixed[s] < 0 && !iv.by.includes(members[s])) {
        targets.push(s);
        sus.push(p);
      }
    });
    outApplied.push({ ...iv, targets: Int32Array.from(targets), susceptibility: Float64Array.from(sus) });
    const original = new Set(Array.from(iv.targets));
    outResolved.push({
      ...resolved[i],
      targets: targets.map((s, k) => ({ iso3: members[s], susceptibility: sus[k] })),
      spillover: { share, partners: targets.filter((s) => !original.has(s)).length },
    });
  });
  return { applied: outApplied, resolved: outResolved };
}
