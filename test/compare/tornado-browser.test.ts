/**
 * The app's tornado runner (src/ui/compare/browserTornadoRunner.ts) on inline compare services — the
 * code each browser worker runs, without a Worker: the same data as `idlab tornado`'s threads for 1
 * and 3 workers, the current scenario's runs done once for every variant, and Stop resolves null.
 */
import { describe, expect, it } from 'vitest';
import { nodeLoader } from '../service/nodeLoader.ts';
import { loadWorld } from '../../src/cli/load-world.ts';
import { runTornadoOnThreads } from '../../src/cli/run-tornado-on-threads.ts';
import { createCompareService, type CompareService } from '../../src/compare/browser/index.ts';
import { tornadoLevers, tornadoVariants } from '../../src/compare/tornado/tornadoLevers.ts';
import type { SweepWorker } from '../../src/sweep/browser/index.ts';
import { browserTornadoRunner, type TornadoRequest } from '../../src/ui/compare/browserTornadoRunner.ts';
import { LATTICE, resolved } from './helpers.ts';

/** A pool connection to a compare service on this thread, counting the runs it is asked for. */
function inline(calls: number[]): SweepWorker<CompareService> {
  const service = createCompareService({ loader: nodeLoader });
  return { service: { init: service.init, run: (t) => (calls.push(t), service.run(t)) }, onFailure: () => {}, dispose: () => {} };
}

const SCENARIO = { ...LATTICE, levers: { acc: 2 } };
const REQUEST: TornadoRequest = { source: { text: JSON.stringify(LATTICE) }, changes: { levers: { acc: 2 }, params: {} }, pairs: 3, seed: 5, years: null };

describe('the app’s tornado runner', () => {
  it("gives idlab tornado's data for 1 and 3 workers and runs the current scenario once", async () => {
    const current = resolved(SCENARIO);
    const levers = tornadoLevers(current);
    const node = await runTornadoOnThreads({ world: loadWorld(current.world), current, levers, pairs: 3, seed: 5, workers: 1 });
    const calls: number[] = [];
    const run = (workers: number, seen: number[]) => browserTornadoRunner(() => '', () => inline(seen), () => workers)(REQUEST, { signal: new AbortController().signal, onProgress: () => {} });
    const one = await run(1, calls);
    const three = await run(3, []);
    expect(one).toEqual(node);
    expect(three).toEqual(node);
    // even tasks are the current scenario's: 3 pairs once; odd ones the variants': 3 pairs each
    expect(calls.filter((t) => t % 2 === 0)).toHaveLength(3);
    expect(calls.filter((t) => t % 2 === 1)).toHaveLength(3 * tornadoVariants(levers).length);
  });

  it('resolves null when stopped', async () => {
    const stop = new AbortController();
    const runner = browserTornadoRunner(() => '', () => inline([]), () => 2);
    const outcome = runner(REQUEST, { signal: stop.signal, onProgress: (done) => done > 4 && stop.abort() });
    expect(await outcome).toBeNull();
  });
});
