/**
 * The task of one run of a plan — its point's scenario and scenario digest, and the run's seed —
 * exactly as `idlab sweep run` builds it (src/sweep/node/runShard.ts `runTask`, which also checks the
 * digest against a plan folder's manifest; in the browser the plan is never written to a folder).
 */
import type { Plan } from '../plan.ts';
import type { RunTask } from '../runRecord.ts';

export function planTask(plan: Plan, run: number): RunTask {
  const r = plan.run(run);
  return { ...r, scenario: plan.scenario(r.point), digest: plan.scenarioDigest(r.point) };
}
