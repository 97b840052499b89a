/**
 * A tornado on Node's worker threads: each variant is one `runComparison` (idlab compare's threads)
 * of the current scenario against it, the current scenario's runs done by the first and reused by
 * every later one.
 */
import { planComparison } from '../compare/comparePlan.ts';
import { runComparison } from '../compare/node/runComparison.ts';
import { runTornado } from '../compare/tornado/runTornado.ts';
import { variantScenario } from '../compare/tornado/tornadoLevers.ts';
import type { TornadoData, TornadoLever, TornadoProgress } from '../compare/tornado/types.ts';
import type { CompareRunResult } from '../compare/types.ts';
import type { ResolvedScenario } from '../model/scenario/types.ts';
import type { World } from '../model/world.ts';

export interface TornadoOnThreadsOptions {
  world: World;
  current: ResolvedScenario;
  levers: readonly TornadoLever[];
  pairs: number;
  seed: number;
  workers: number;
  onProgress?: (progress: TornadoProgress) => void;
}

export function runTornadoOnThreads(o: TornadoOnThreadsOptions): Promise<TornadoData | null> {
  return runTornado<CompareRunResult[]>({
    levers: o.levers,
    pairs: o.pairs,
    onProgress: o.onProgress,
    run: async (variant, reuse, onProgress) => {
      let currentRuns = reuse;
      const plan = planComparison({ baseline: o.current, scenario: variantScenario(o.current, variant), pairs: o.pairs, seed: o.seed });
      const result = await runComparison({ world: o.world, plan, workers: o.workers, onProgress, reuseBaseline: reuse, onBaselineRuns: (runs) => (currentRuns ??= runs) });
      return result && { result, currentRuns: currentRuns! };
    },
  });
}
