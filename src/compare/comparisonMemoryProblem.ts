/**
 * Whether a comparison fits in memory: each arm's run (one at a time per worker, without
 * checkpoints: runMemory.ts), and the first-adoption times the result keeps for the probability maps
 * — 2 arms × pairs × localities × innovations × 4 bytes — which may use at most a quarter of the
 * limit (a China comparison of 50 pairs keeps 1.1 MB per innovation; 500 pairs of a 1,000 × 1,000
 * lattice would keep 4 GB).
 */
import { estimateRunMemory, formatBytes, localityCount, runMemoryProblem } from '../model/simulation/runMemory.ts';
import type { ComparePlan } from './comparePlan.ts';

export function comparisonMemoryProblem(plan: ComparePlan, limit: number, where: 'app' | 'cli'): string | null {
  for (const arm of [plan.baseline, plan.scenario]) {
    const problem = runMemoryProblem(estimateRunMemory(arm, { app: where === 'app' }), limit, where);
    if (problem) return problem;
  }
  const n = localityCount(plan.baseline.world);
  const bytes = 2 * plan.pairs * n * plan.spec.innovations.length * 4;
  if (bytes <= limit / 4) return null;
  return `comparison too large: ${plan.pairs} pairs × ${n.toLocaleString('en')} localities × ${plan.spec.innovations.length} innovation${plan.spec.innovations.length === 1 ? '' : 's'} keep ${formatBytes(bytes)} of first-adoption times; allowed at most ${formatBytes(limit / 4)}: use fewer pairs`;
}
