import type { Simulation } from '../../model/simulation/types.ts';

/**
 * When the endorsement field of innovation 0 first reached a province (E ≥ 2) and the centre (E = 3):
 * the model keeps no record of it, so it is watched on row 0 and after every tick. Ticks are kept
 * once seen: a run is deterministic, so a seek back and a replay see the same ticks again.
 */
export class EndorsementWatch {
  /** first tick with a province endorsement; −1 not yet */
  provinceTick = -1;
  /** first tick with the centre's endorsement; −1 not yet */
  centreTick = -1;

  observe(sim: Simulation): void {
    if (this.centreTick >= 0) return;
    const E = sim.endorsement;
    for (let i = 0; i < sim.n; i++) {
      if (this.provinceTick < 0 && E[i] >= 2) this.provinceTick = sim.tickCount;
      if (E[i] === 3) this.centreTick = sim.tickCount;
    }
  }
}
