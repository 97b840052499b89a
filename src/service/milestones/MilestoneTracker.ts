import type { Simulation } from '../../model/simulation/types.ts';
import type { ResolvedScenario } from '../../model/scenario/types.ts';
import type { MilestoneValue } from '../types.ts';
import { chinaTargets, isSettled, type ChinaTarget, type PresetRun } from './chinaTargets.ts';
import { EndorsementWatch } from './EndorsementWatch.ts';

/**
 * The current run's figure for each China milestone target of its preset (the app's "model vs
 * record" panel), with the functions `npm run validation` measures the ensemble with. A figure is
 * given once the run has reached the point that fixes it, and measured once: a run is deterministic,
 * so a seek back and a replay give the same value. An imported scenario (no preset) has no targets.
 */
export class MilestoneTracker {
  readonly targets: readonly ChinaTarget[];
  private readonly run: PresetRun;
  private readonly known = new Map<string, number>();

  constructor(sim: Simulation, presetId: string | null, scenario: ResolvedScenario) {
    this.targets = presetId === null ? [] : chinaTargets([{ id: presetId, scenario }]).filter((t) => t.preset === presetId);
    this.run = { sim, endorsement: this.targets.some((t) => t.watchesEndorsement) ? new EndorsementWatch() : undefined };
    this.run.endorsement?.observe(sim);
  }

  /**
   * `sim.tick(n)` — one tick at a time, each observed, when a target reads the state between the
   * kept rows (the endorsement field); returns the ticks done. The service ticks its run through this.
   */
  tick(n: number): number {
    const { sim, endorsement } = this.run;
    if (!endorsement) return sim.tick(n);
    let done = 0;
    while (done < n && !sim.done) {
      done += sim.tick(1);
      endorsement.observe(sim);
    }
    return done;
  }

  /** The settled figures at the run's current tick (null: undefined for this run, e.g. a share of no adopters). */
  values(): MilestoneValue[] {
    const out: MilestoneValue[] = [];
    for (const t of this.targets) {
      // checked at every call: after a seek back a figure is not shown before the point that fixes it
      if (!isSettled(t, this.run)) continue;
      let value = this.known.get(t.id);
      if (value === undefined) this.known.set(t.id, (value = t.measure(this.run)));
      out.push({ id: t.id, value: Number.isFinite(value) ? value : null });
    }
    return out;
  }
}
