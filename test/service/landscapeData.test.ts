import { describe, expect, it } from 'vitest';
import { createSimulationService } from '../../src/service/index.ts';
import type { MetricRow } from '../../src/service/types.ts';
import { nodeLoader } from './nodeLoader.ts';
import { latticeScenario } from './lattice.ts';

type Ok<R> = Exclude<R, { status: 'errored' }>;
function ok<R extends { status: string }>(r: R): Ok<R> {
  if (r.status === 'errored') throw new Error(`unexpected error: ${(r as unknown as { error: { message: string } }).error.message}`);
  return r as Ok<R>;
}

describe('the landscape data of the simulation service', () => {
  it('gives each locality the tick it first adopted: as many by each tick as the ever-adopted count, origins at the start', async () => {
    const service = createSimulationService({ loader: nodeLoader });
    const init = ok(await service.init({ scenarioFile: latticeScenario(), seed: 5 }));
    const { info } = init;
    const rows: MetricRow[] = [...init.frame.rows];
    const r = ok(await service.advance(96, rows.length));
    rows.length = r.frame.rowsFrom;
    rows.push(...r.frame.rows);
    const K = info.innovations.length;
    for (let k = 0; k < K; k++) {
      const land = ok(await service.getLandscape(k));
      expect(land.tick).toBe(96);
      expect(land.stage).toEqual(r.frame.stage.subarray(k * info.n, (k + 1) * info.n));
      // the ever-adopted count of every tick, recounted from the first-adoption ticks
      for (let t = 0; t <= 96; t += 8) {
        const counted = Array.from(land.firstAdopted).filter((f) => f >= 0 && f <= t).length;
        expect(counted, `innovation ${k}, tick ${t}`).toBe(rows[t * K + k].everAdopted);
      }
      expect(rows[96 * K + k].everAdopted).toBeGreaterThan(10);
      for (let i = 0; i < info.n; i++) {
        // active now ⇒ adopted some time; never adopted ⇒ still "not adopted"
        if (land.stage[i] >= 1 && land.stage[i] <= 4) expect(land.firstAdopted[i]).toBeGreaterThanOrEqual(0);
        if (land.firstAdopted[i] < 0) expect(land.stage[i]).toBe(0);
        expect(land.quality[i]).toBeGreaterThanOrEqual(0);
        expect(land.quality[i]).toBeLessThanOrEqual(1);
      }
      // the first adoption is never later than the last one the tooltip tells
      for (const i of [0, 17, 100, 136, ...info.innovations[k].origins]) {
        const learned = ok(await service.getLocalityDetail(i)).detail.innovations[k].learned;
        if (learned) expect(land.firstAdopted[i]).toBeLessThanOrEqual(learned.tick);
        else expect(land.firstAdopted[i]).toBe(-1);
      }
    }
    const err = await service.getLandscape(2);
    expect(err.status).toBe('errored');
    expect((err as { error: { message: string } }).error.message).toBe('invalid innovation index: 2 (allowed 0–1)');
  });
});
