/**
 * Planning a sweep file on the page: fetch the presets it extends, resolve it (every problem with its
 * path, as `idlab sweep plan` reports them) and build its plan — the page needs the plan for the run
 * list, the plot (each run's factor values) and the exports; the workers rebuild the same plan.
 */
import { ScenarioError } from '../../model/scenario/issues.ts';
import { createPlan, type Plan } from '../plan.ts';
import { resolveSweep } from '../resolveSweep.ts';
import { planMemoryProblem } from '../planMemoryProblem.ts';
import { APP_MEMORY_LIMIT } from '../../model/simulation/runMemory.ts';
import type { SweepFile } from '../types.ts';

/** What planning needs of a preset store (src/service/presetStore.ts). */
export interface PresetSource {
  prefetch(id: string): Promise<void>;
  get(id: string): unknown;
}

export interface PlannedSweep {
  /** the sweep file as planned (what the panel exports) */
  file: SweepFile;
  plan: Plan;
  /** notes on the base scenario (values outside the plausible range …) */
  notes: string[];
}

export type PlanOutcome = { ok: true; planned: PlannedSweep } | { ok: false; problems: string[] };

export async function planSweep(file: SweepFile, presets: PresetSource): Promise<PlanOutcome> {
  const scenario = file.scenario as unknown;
  const base = typeof scenario === 'string' ? scenario : (scenario as { extends?: unknown } | null)?.extends;
  try {
    if (typeof base === 'string') await presets.prefetch(base);
    const { sweep, notes } = resolveSweep(file, { loadPreset: (id) => presets.get(id) });
    const plan = createPlan(sweep);
    // each worker holds one run: a run too large for a browser tab is refused before any starts
    const tooLarge = planMemoryProblem(plan, APP_MEMORY_LIMIT, 'app');
    if (tooLarge) return { ok: false, problems: [tooLarge] };
    return { ok: true, planned: { file, plan, notes: notes.map((n) => n.message) } };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, problems: e.issues.map((i) => i.message) };
    return { ok: false, problems: [e instanceof Error ? e.message : String(e)] };
  }
}
