import { describe, expect, it } from 'vitest';
import { createSimulationService } from '../../src/service/index.ts';
import type { FrameResult, InitResult, MetricRow } from '../../src/service/types.ts';
import { nodeLoader } from './nodeLoader.ts';
import { latticeScenario } from './lattice.ts';

type Ok<R> = Exclude<R, { status: 'errored' }>;

function ok<R extends { status: string }>(r: R): Ok<R> {
  if (r.status === 'errored') throw new Error(`unexpected error: ${(r as unknown as { error: { message: string } }).error.message}`);
  return r as Ok<R>;
}

function errorOf(r: { status: string }): string {
  expect(r.status).toBe('errored');
  return (r as unknown as { error: { message: string } }).error.message;
}

async function latticeService(seed = 3) {
  const service = createSimulationService({ loader: nodeLoader });
  const init = ok(await service.init({ scenarioFile: latticeScenario(), seed }));
  return { service, init };
}

describe('simulation service (no Worker)', () => {
  it('init answers the run info and row 0', async () => {
    const { init } = await latticeService();
    expect(init.status).toBe('running');
    expect(init.info.n).toBe(256);
    expect(init.info.innovations.map((i) => i.id)).toEqual(['alpha', 'beta']);
    expect(init.info.totalTicks).toBe(144);
    expect(init.info.events.map((e) => [e.tick, e.type, e.innovation])).toEqual([
      [36, 'endorse', 0],
      [60, 'mandate', 1],
    ]);
    expect(init.frame.tick).toBe(0);
    expect(init.frame.stage).toBeInstanceOf(Uint8Array);
    expect(init.frame.stage.length).toBe(256 * 2);
    // the origin of alpha is seeded at row 0 (stage 2 by default)
    const origin = init.info.innovations[0].origins[0];
    expect(init.info.codes[origin]).toBe('8,8');
    expect(init.frame.stage[origin]).toBe(2);
    expect(init.frame.rows).toHaveLength(2); // tick 0 × 2 innovations
    expect(init.frame.rows[0].stages.reduce((a, b) => a + b, 0)).toBe(256);
  });

  it('advance(n) moves n ticks and sends only the chart rows the caller lacks', async () => {
    const { service, init } = await latticeService();
    const rows: MetricRow[] = [...init.frame.rows];
    for (const n of [1, 5, 30]) {
      const r = ok(await service.advance(n, rows.length));
      rows.length = r.frame.rowsFrom;
      rows.push(...r.frame.rows);
    }
    expect(rows).toHaveLength((36 + 1) * 2);
    expect(rows.map((r) => r.tick)).toEqual(Array.from({ length: 74 }, (_, j) => Math.floor(j / 2)));
    // ever adopted never falls
    const ever = rows.filter((r) => r.innovation === 0).map((r) => r.everAdopted);
    for (let t = 1; t < ever.length; t++) expect(ever[t]).toBeGreaterThanOrEqual(ever[t - 1]);
    expect(ever.at(-1)).toBeGreaterThan(1); // it spread
  });

  it('advance in many small steps gives the same state as one big step', async () => {
    const a = await latticeService(11);
    const b = await latticeService(11);
    let fa: FrameResult | null = null;
    for (let j = 0; j < 48; j++) fa = await a.service.advance(1, 0);
    const fb = ok(await b.service.advance(48, 0));
    expect(ok(fa!).frame.stage).toEqual(fb.frame.stage);
  });

  it('seek back gives the same stage array as running forward, and so does seeking forward again', async () => {
    const { service } = await latticeService(5);
    const at = new Map<number, Uint8Array>();
    const rowsAt = new Map<number, MetricRow[]>();
    for (let t = 1; t <= 100; t++) {
      const r = ok(await service.advance(1, 0));
      at.set(r.frame.tick, r.frame.stage);
      rowsAt.set(r.frame.tick, r.frame.rows);
    }
    for (const target of [30, 5, 77, 0, 100, 13]) {
      const r = ok(await service.seek(target, 0));
      expect(r.frame.tick).toBe(target);
      if (target > 0) expect(r.frame.stage, `tick ${target}`).toEqual(at.get(target));
      expect(r.frame.rows).toEqual(rowsAt.get(100)!.slice(0, (target + 1) * 2));
    }
    // forward beyond everything computed so far, then back
    const far = ok(await service.seek(140, 0));
    const back = ok(await service.seek(100, 0));
    expect(back.frame.stage).toEqual(at.get(100));
    expect(ok(await service.seek(140, 0)).frame.stage).toEqual(far.frame.stage);
  });

  it('reports done at the horizon and never runs past it', async () => {
    const { service } = await latticeService();
    const r = ok(await service.advance(1000, 0));
    expect(r.status).toBe('done');
    expect(r.frame.tick).toBe(144);
    expect(ok(await service.advance(5, 0)).frame.tick).toBe(144);
  });

  it('a lever change restarts at tick 0 with the same seed; reverting it gives the original run', async () => {
    const { service, init } = await latticeService(9);
    const plain = ok(await service.advance(60, 0)).frame.stage;
    const changed = ok(await service.update({ levers: { media: 3 }, params: {} }));
    expect(changed.frame.tick).toBe(0);
    expect(changed.info.seed).toBe(9);
    expect(changed.info.levers.media).toBe(3);
    expect(changed.info.baseLevers.media).toBe(1);
    const boosted = ok(await service.advance(60, 0)).frame.stage;
    expect(boosted).not.toEqual(plain);
    // the same change from a fresh service is the same run (a run is a function of scenario and seed)
    const fresh = createSimulationService({ loader: nodeLoader });
    ok(await fresh.init({ scenarioFile: { ...latticeScenario(), levers: { media: 3 } }, seed: 9 }));
    expect(ok(await fresh.advance(60, 0)).frame.stage).toEqual(boosted);
    // back to the scenario's values
    const reverted = ok(await service.update({ levers: {}, params: {} }));
    expect(reverted.info.levers).toEqual(init.info.levers);
    expect(ok(await service.advance(60, 0)).frame.stage).toEqual(plain);
  });

  it('a new seed restarts with a different run', async () => {
    const { service } = await latticeService(1);
    const one = ok(await service.advance(80, 0)).frame.stage;
    const r = ok(await service.update({ seed: 2 }));
    expect(r.info.seed).toBe(2);
    expect(ok(await service.advance(80, 0)).frame.stage).not.toEqual(one);
  });

  it('reset goes back to tick 0 of the same run', async () => {
    const { service, init } = await latticeService(4);
    const first = ok(await service.advance(50, 0)).frame.stage;
    const r = ok(await service.reset());
    expect(r.frame.tick).toBe(0);
    expect(r.frame.stage).toEqual(init.frame.stage);
    expect(ok(await service.advance(50, 0)).frame.stage).toEqual(first);
  });

  it('errors come back as `errored` messages naming the field, value and allowed range', async () => {
    const service = createSimulationService({ loader: nodeLoader });
    expect(errorOf(await service.advance(1, 0))).toMatch(/call init first/);
    expect(errorOf(await service.init({ presetId: 'nosuch', seed: 1 }))).toMatch(/no such preset "nosuch"/);
    expect(errorOf(await service.init({ scenarioFile: latticeScenario(), seed: -1 }))).toBe(
      'invalid seed: -1 (allowed integers 0–9007199254740991)',
    );
    const bad = latticeScenario();
    bad.params = { q: -1 };
    expect(errorOf(await service.init({ scenarioFile: bad, seed: 1 }))).toMatch(/params\.q.*-1/);

    ok(await service.init({ scenarioFile: latticeScenario(), seed: 1 }));
    ok(await service.advance(10, 0));
    const lever = errorOf(await service.update({ levers: { media: 0.5 } }));
    expect(lever).toMatch(/levers\.media/);
    expect(lever).toMatch(/0\.5/);
    expect(errorOf(await service.update({ params: { qq: 1 } as never }))).toMatch(/params\.qq/);
    // a rejected change leaves the run as it was
    expect(ok(await service.advance(0, 0)).frame.tick).toBe(10);
    expect(errorOf(await service.seek(-3, 0))).toBe('invalid tick: -3 (allowed integers 0–144)');
    expect(errorOf(await service.getLocalityDetail(9999))).toBe('invalid locality index: 9999 (allowed 0–255)');
  });

  it('a missing data file is an error naming the file, not a hang', async () => {
    const service = createSimulationService({
      loader: async (path) => {
        throw new Error(`cannot load ${path}: HTTP 404`);
      },
    });
    const r: InitResult = await service.init({ presetId: 'fengqiao', seed: 1 });
    expect(errorOf(r)).toMatch(/scenarios\/fengqiao\.json/);
  });

  it('an imported file that extends an unknown preset is refused from the index, without requesting the file', async () => {
    const requested: string[] = [];
    let indexFailures = 1; // the first read of the index fails (a flaky network, a restarted worker)
    const service = createSimulationService({
      loader: async (path) => {
        requested.push(path);
        if (path === 'scenarios/index.json' && indexFailures-- > 0) throw new Error('cannot load scenarios/index.json: network error');
        return nodeLoader(path);
      },
    });
    const text = JSON.stringify({ extends: 'no-such-preset' });
    expect(errorOf(await service.importScenario(text, 1))).toMatch(/no such preset "no-such-preset"/);
    requested.length = 0;
    // the failed index read is not kept: the next file is checked against the index
    expect(errorOf(await service.importScenario(text, 1))).toMatch(/no such preset "no-such-preset" \(allowed: .*fengqiao/);
    expect(requested).toEqual(['scenarios/index.json']);
    requested.length = 0;
    expect(errorOf(await service.importScenario(text, 1))).toMatch(/no such preset/);
    expect(requested).toEqual([]);
  });

  it('locality details say when, from whom and through which channel a locality learned', async () => {
    const { service, init } = await latticeService(2);
    const origin = init.info.innovations[0].origins[0];
    const o = ok(await service.getLocalityDetail(origin)).detail;
    expect(o.code).toBe('8,8');
    expect(o.innovations[0]).toMatchObject({ stage: 2, origin: true, learned: { tick: 0, channel: 'origin', source: null } });
    ok(await service.advance(40, 0));
    const frame = ok(await service.advance(0, 0)).frame;
    const link = frame.links.find((l) => l.innovation === 0);
    expect(link, 'someone learned from a neighbour in the last year').toBeDefined();
    const d = ok(await service.getLocalityDetail(link!.learner)).detail;
    expect(d.innovations[0].learned?.source?.index).toBeGreaterThanOrEqual(0);
    expect(d.innovations[0].learned?.tick).toBeGreaterThan(40 - 12);
  });

  it('lists the presets of public/scenarios/index.json', async () => {
    const service = createSimulationService({ loader: nodeLoader });
    const r = ok(await service.listPresets());
    expect(r.presets.map((p) => p.id)).toContain('fengqiao');
    expect(r.presets.find((p) => p.id === 'fengqiao')?.title.zh).toMatch(/枫桥经验/);
  });
});
