/**
 * A sweep whose largest run is estimated above a memory limit (runMemory.ts) is refused when it is
 * planned, not when a worker runs out of memory hours into the sweep. Factors may change a run's
 * size (world.width, time.years, …), so every point is estimated; the largest is named.
 */
import { estimateRunMemory, runMemoryProblem, type RunMemory } from '../model/simulation/runMemory.ts';
import type { Plan } from './plan.ts';

/** The message refusing the plan's largest run, or null when every run fits `limit` bytes. */
export function planMemoryProblem(plan: Plan, limit: number, where: 'app' | 'cli'): string | null {
  let largest: RunMemory | null = null;
  let at = 0;
  for (const { point } of plan.points) {
    const m = estimateRunMemory(plan.scenario(point));
    if (!largest || m.total > largest.total) {
      largest = m;
      at = point;
    }
  }
  const problem = largest && runMemoryProblem(largest, limit, where);
  return problem ? `point ${at}: ${problem}` : null;
}
