/**
 * The pooled event-history view of neighbour influence: every state-year at risk — a state that had
 * not adopted the policy by the start of the year, from the year after the policy's first adoption
 * to `endYear` — is one observation; the outcome is whether the state adopted in that year, the
 * covariate the number of its land neighbours that had adopted before the year began. The logistic
 * regression's slope is the neighbour coefficient (log-odds per adopting neighbour); the raw yearly
 * hazards with none and with one or more adopting neighbours show the same without a model.
 * The first year is left out because its adopters had no earlier adopter to learn from.
 */
import { fitLogistic, GroupedData, type Group } from './logisticFit.ts';
import { SPID_DATA_END } from './observedPolicies.ts';
import type { SpidPolicy } from './spidHistories.ts';
import type { Contiguity } from './usStatesContiguity.ts';

export interface NeighbourEventHistory {
  /** log-odds of adoption per adopting neighbour */
  coefficient: number;
  /** log-odds of adoption with no adopting neighbour */
  intercept: number;
  /** raw yearly hazard with no adopting neighbour, and with one or more */
  hazardNone: number;
  hazardSome: number;
  /** state-years at risk and adoptions among them */
  stateYears: number;
  adoptions: number;
  /** the data by number of adopting neighbours */
  groups: Group[];
}

/** `endYear(policy)`: the last year observed — the data's end by default. */
export function neighbourEventHistory(
  policies: readonly SpidPolicy[],
  neighbours: Contiguity,
  endYear: (policy: SpidPolicy) => number = () => SPID_DATA_END,
): NeighbourEventHistory {
  const data = new GroupedData();
  for (const p of policies) {
    for (let year = p.firstYear + 1; year <= endYear(p); year++) {
      for (let i = 0; i < neighbours.length; i++) {
        const own = p.years[i];
        if (own !== null && own < year) continue; // adopted already: no longer at risk
        let adopting = 0;
        for (const j of neighbours[i]) {
          const y = p.years[j];
          if (y !== null && y < year) adopting++;
        }
        data.add(adopting, own === year ? 1 : 0);
      }
    }
  }
  const groups = data.groups();
  const fit = fitLogistic(groups);
  if (!fit.converged) throw new Error('neighbour event history: the logistic regression has no finite fit');
  const total = (gs: Group[]) => gs.reduce((s, g) => ({ trials: s.trials + g.trials, successes: s.successes + g.successes }), { trials: 0, successes: 0 });
  const none = total(groups.filter((g) => g.x === 0));
  const some = total(groups.filter((g) => g.x > 0));
  const all = total(groups);
  return {
    coefficient: fit.slope,
    intercept: fit.intercept,
    hazardNone: none.successes / none.trials,
    hazardSome: some.successes / some.trials,
    stateYears: all.trials,
    adoptions: all.successes,
    groups,
  };
}
