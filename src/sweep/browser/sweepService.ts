/**
 * The sweep service a browser worker exposes (`workers/sweep.worker.ts` is one
 * `Comlink.expose(createSweepService())`). `init` rebuilds the page's plan from the resolved sweep
 * (designs are seeded, so this is exact; the digest proves it) and loads the world once; `run(i)`
 * runs run i with `executeSweepRun` — the function `idlab sweep run`'s worker threads call — so a run
 * in the browser gives the CLI's record for the same run id and seed. Free of DOM and Worker APIs:
 * tested in Node with an injected loader.
 */
import type { World } from '../../model/world.ts';
import { fetchTextLoader } from '../../service/loader.ts';
import type { TextLoader } from '../../service/types.ts';
import { WorldLoader } from '../../service/worldLoader.ts';
import { Heartbeat } from '../../service/heartbeat.ts';
import { createPlan, type Plan } from '../plan.ts';
import { executeSweepRun } from '../runRecord.ts';
import { planTask } from './planTask.ts';
import type { SweepInitRequest, SweepInitResult, SweepRunResult, SweepService } from './types.ts';

export interface SweepServiceOptions {
  /** Reads the app's public files (`data/…`). Default: `fetch` relative to the request's dataBaseUrl. */
  loader?: TextLoader;
  /** posts one heartbeat to the page (the worker); the service beats while a call is in progress (service/heartbeat.ts) */
  heartbeat?: () => void;
}

export function createSweepService(options: SweepServiceOptions = {}): SweepService {
  let baseUrl: string | null = null;
  const loader = (): TextLoader => {
    if (options.loader) return options.loader;
    if (!baseUrl) throw new Error('the data location is unknown: init needs dataBaseUrl');
    return fetchTextLoader(baseUrl);
  };
  const worlds = new WorldLoader(loader);
  let current: { plan: Plan; world: World } | null = null;
  const pulse = new Heartbeat(options.heartbeat);

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
      if (request.dataBaseUrl) baseUrl = request.dataBaseUrl;
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
