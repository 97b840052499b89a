/** Messages between a comparison's Node runner (runComparison.ts) and its worker threads. */
import type { World } from '../../model/world.ts';
import type { ResolvedScenario } from '../../model/scenario/types.ts';
import type { PoolWorkerData } from '../../sweep/node/threadPool.ts';
import type { CompareArm, CompareRunSpec } from '../types.ts';

/** What each worker receives once, as workerData: the world and both arms' scenarios. */
export interface CompareWorkerInit extends PoolWorkerData {
  world: World;
  scenarios: Record<CompareArm, ResolvedScenario>;
  spec: CompareRunSpec;
}

/** One run: an arm with a seed. The answer is its CompareRunResult. */
export interface CompareRunMessage {
  arm: CompareArm;
  seed: number;
}
