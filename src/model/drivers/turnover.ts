/**
 * Leader turnover: a Poisson process per locality at rate ρ_turn per year (docs/model.md §6). In
 * discrete time a change happens in a tick with probability 1 − e^{−ρ·dt}; the gap to the next change
 * is drawn as a geometric number of ticks from the `turnover` stream and kept in a calendar
 * (simulation/dueCalendar.ts), so a tick touches only the localities whose leader changes. A change at tick τ (applied with the new row) raises abandonment of stages < 3 by
 * (1 + δ_turn) for the transitions out of rows τ … τ + turnWindow − 1, i.e. while (row − τ)·dt < 1 year.
 * The locality's cells in stages 1–2 are then rescheduled (simulation/thinning.ts: their hazard
 * bound includes the shock only while it lasts).
 */
import type { Kernel } from '../simulation/kernel.ts';
import * as layout from '../simulation/kernel.ts';
import { aleaNext } from '../rng/aleaState.ts';
import { NEVER, reschedule } from '../simulation/thinning.ts';
import { rebuildCalendar, setDue, takeDue } from '../simulation/dueCalendar.ts';
import { log } from '../math/index.ts';

const NB = layout.NB_STRIDE;
const NB_LAST = layout.NB_LAST;

/** Ticks until the next change (≥ 1), or NEVER when ρ_turn = 0. */
function gapTicks(m: Kernel): number {
  if (!(m.rhoTurn > 0)) return NEVER;
  const u = 1 - aleaNext(m.turnoverState); // (0, 1]: the `turnover` stream's next number
  const g = 1 + Math.floor(log(u) / (-m.rhoTurn * m.dt));
  return g > NEVER / 2 ? NEVER : g;
}

export function initTurnover(m: Kernel): void {
  for (let i = 0; i < m.N; i++) m.turnLoad[3 * i + 2] = gapTicks(m); // next change
  rebuildCalendar(m.turnCal, 0);
}

/** Registers the changes that happen at `tick` and draws the next ones. */
export function advanceTurnover(m: Kernel, tick: number): void {
  const { N, K, turnLoad, stage, turnList, nb } = m;
  const n = takeDue(m.turnCal, tick, turnList); // ascending locality: the draws' order
  for (let j = 0; j < n; j++) {
    const i = turnList[j];
    turnLoad[3 * i] = tick; // last change
    // load (beside it, in the same cache line) counts i's innovations in stages 1–5: none means no
    // cell in stage 1 or 2 to reschedule, and no stage to read
    if (turnLoad[3 * i + 1] !== 0) for (let k = 0; k < K; k++) {
      const s = stage[k * N + i];
      if (s >= 1 && s <= 4) nb[NB * (k * N + i) + NB_LAST] = tick; // the cell record's copy
      if (s === 1 || s === 2) reschedule(m, k * N + i);
    }
    const g = gapTicks(m);
    setDue(m.turnCal, i, g === NEVER ? NEVER : tick + g);
  }
}
