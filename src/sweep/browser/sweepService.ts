/**
 * The sweep service a browser worker exposes (`workers/sweep.worker.ts` is one
 * `Comlink.expose(createSweepService())`). `init` rebuilds the page's plan from the resolved sweep
 * (designs are seeded, so this is exact; the digest proves it) and loads the world once; `run(i)`
 * runs run i with `executeSweepRun` — the function `idlab sweep run`'s worker threads call — so a run
 * in the browser gives the CLI's record for the same run id and seed. Free of DOM and Worker APIs:
 * tested in Node with an injected loader.
 */
import type { World } from '../../model/world.ts';
import { createPlan, type Plan } from '../plan.ts';
import { executeSweepRun } from '../runRecord.ts';
import { planTask } from './planTask.ts';
import type { SweepInitRequest, SweepInitResult, SweepRunResult, SweepService } from './types.ts';
import { workerContext, type WorkerServiceOptions } from './workerContext.ts';

export type SweepServiceOptions = WorkerServiceOptions;

export function createSweepService(options: SweepServiceOptions = {}): SweepService {
  const { worlds, pulse, setBaseUrl } = workerContext(options);
  let current: { plan: Plan; world: World } | null = null;

  return {
    init(request: SweepInitRequest): Promise<SweepInitResult> {
      return pulse.during(() => init(request));
    },

    run(run: number): Promise<SweepRunResult> {
      return pulse.during(async () => runOne(run));
    },
  };

  async function init(request: SweepInitRequest): Promise<SweepInitResult> {
    try {
      current = null;
      setBaseUrl(request.dataBaseUrl);
      const plan = createPlan(request.sweep);
      if (plan.digest !== request.digest) {
        throw new Error(`the sweep planned in the worker (digest ${plan.digest.slice(0, 12)}…) differs from the page's (${String(request.digest).slice(0, 12)}…): the app's files are of two versions; reload the page`);
      }
      const world = await worlds.world(request.sweep.scenario.world);
      current = { plan, world };
      return { status: 'done', runs: plan.runCount };
    } catch (e) {
      return { status: 'errored', error: { message: messageOf(e) } };
    }
  }

  function runOne(run: number): SweepRunResult {
    try {
      if (!current) throw new Error('no sweep: call init first');
      const record = executeSweepRun(current.world, planTask(current.plan, run), current.plan.sweep.outputs, undefined, (sim, ticks) => pulse.ticks(sim, ticks));
      return { status: 'done', record };
    } catch (e) {
      return { status: 'errored', run, error: { message: messageOf(e) } };
    }
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
