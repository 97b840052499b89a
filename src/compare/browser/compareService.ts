/**
 * The comparison service a browser worker exposes (`workers/compare.worker.ts` is one
 * `Comlink.expose(createCompareService())`): `init` plans the comparison from the page's resolved
 * arms and loads the world once; `run(t)` runs task t with `executeCompareRun` — what `idlab
 * compare`'s threads run — ticking in chunks with heartbeats between (same result). Free of DOM and
 * Worker APIs: tested in Node with an injected loader.
 */
import type { World } from '../../model/world.ts';
import { workerContext, type WorkerServiceOptions } from '../../sweep/browser/workerContext.ts';
import { compareTask, planComparison, type ComparePlan } from '../comparePlan.ts';
import { executeCompareRun } from '../executeCompareRun.ts';
import type { CompareInitRequest, CompareInitResult, CompareService, CompareTaskResult } from './types.ts';

export type CompareServiceOptions = WorkerServiceOptions;

export function createCompareService(options: CompareServiceOptions = {}): CompareService {
  const { worlds, pulse, setBaseUrl } = workerContext(options);
  let current: { plan: ComparePlan; world: World } | null = null;

  return {
    init: (request) => pulse.during(() => init(request)),
    run: (task) => pulse.during(async () => runOne(task)),
  };

  async function init(request: CompareInitRequest): Promise<CompareInitResult> {
    try {
      current = null;
      setBaseUrl(request.dataBaseUrl);
      const plan = planComparison(request);
      const world = await worlds.world(plan.baseline.world);
      current = { plan, world };
      return { status: 'done', runs: plan.taskCount };
    } catch (e) {
      return { status: 'errored', error: { message: messageOf(e) } };
    }
  }

  function runOne(t: number): CompareTaskResult {
    try {
      if (!current) throw new Error('no comparison: call init first');
      const { plan, world } = current;
      if (!(Number.isInteger(t) && t >= 0 && t < plan.taskCount)) throw new Error(`task ${t} is not one of the comparison's ${plan.taskCount}`);
      const { arm, seed } = compareTask(plan, t);
      const record = executeCompareRun(world, plan[arm], seed, plan.spec, (sim, ticks) => pulse.ticks(sim, ticks));
      return { status: 'done', record };
    } catch (e) {
      return { status: 'errored', error: { message: messageOf(e) } };
    }
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
