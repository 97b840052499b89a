import { describe, expect, it } from 'vitest';
import { createSimulationService } from '../../src/service/index.ts';
import type { FrameResult } from '../../src/service/types.ts';
import { createSweepService, planSweep } from '../../src/sweep/browser/index.ts';
import { PresetStore } from '../../src/service/presetStore.ts';
import type { SweepFile } from '../../src/sweep/types.ts';
import { nodeLoader } from './nodeLoader.ts';
import { latticeScenario } from './lattice.ts';
import { SMALL_SCENARIO } from '../sweep/helpers.ts';

// Heartbeats make a worker's long calls tick in chunks with a beat between them (src/service/heartbeat.ts).
// The user must not see the difference: the same frames, the same sweep records, bit for bit.

const frameOf = (r: FrameResult) => {
  if (r.status === 'errored') throw new Error(r.error.message);
  return { tick: r.frame.tick, stage: Array.from(r.frame.stage), kpis: r.frame.kpis, rows: r.frame.rows };
};

describe('heartbeats', () => {
  it('a service that beats answers advance and seek (forward and back) with the same frames as one that does not', async () => {
    let beats = 0;
    const beating = createSimulationService({ loader: nodeLoader, heartbeat: () => beats++ });
    const quiet = createSimulationService({ loader: nodeLoader });
    for (const s of [beating, quiet]) expect((await s.init({ scenarioFile: latticeScenario(), seed: 9 })).status).not.toBe('errored');
    const calls: ((s: typeof quiet) => Promise<FrameResult>)[] = [
      (s) => s.advance(30, 0),
      (s) => s.seek(61, 31),
      (s) => s.seek(17, 0),
      (s) => s.seek(24, 0),
      (s) => s.advance(100, 0),
    ];
    for (const call of calls) expect(frameOf(await call(beating))).toEqual(frameOf(await call(quiet)));
    expect(beats).toBeGreaterThan(0);
  });

  it("a sweep worker that beats gives the same record as the CLI's path", async () => {
    const outcome = await planSweep(
      { scenario: SMALL_SCENARIO as SweepFile['scenario'], factors: [{ path: 'params.q', levels: 2 }], design: { type: 'grid' }, replicates: 2, seed: 4 },
      new PresetStore(() => nodeLoader),
    );
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const { plan } = outcome.planned;
    let beats = 0;
    const beating = createSweepService({ loader: nodeLoader, heartbeat: () => beats++ });
    const quiet = createSweepService({ loader: nodeLoader });
    for (const s of [beating, quiet]) await s.init({ sweep: plan.sweep, digest: plan.digest });
    for (let run = 0; run < plan.runCount; run++) expect(await beating.run(run)).toEqual(await quiet.run(run));
    expect(beats).toBeGreaterThan(0);
  });
});
