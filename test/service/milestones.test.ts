/**
 * The service measures the current run's milestone figures with the functions `npm run validation`
 * measures the ensemble with: on a seed of the validation's record the figures equal that seed's
 * recorded values, each appears once the run has reached the date it reads (and not after a seek back
 * before it), and an imported scenario has none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulationService } from '../../src/service/index.ts';
import type { Frame, InitResult } from '../../src/service/types.ts';
import { VALIDATION_RECORD_PATH, type ValidationRecord } from '../../src/service/milestones/ValidationRecord.ts';
import { keep } from '../../scripts/validation/measureChina.ts';
import { nodeLoader, PUBLIC_ROOT } from './nodeLoader.ts';
import { REPO_ROOT } from '../docs/repoFiles.ts';

interface SeedRecord {
  seeds: number[];
  targets: { id: string; values: (number | null)[] }[];
}

const perSeed = JSON.parse(readFileSync(join(REPO_ROOT, 'docs/validation/china-seeds.json'), 'utf8')) as SeedRecord;
const appRecord = JSON.parse(readFileSync(join(PUBLIC_ROOT, VALIDATION_RECORD_PATH), 'utf8')) as ValidationRecord;

function frameOf(r: { status: string; frame?: Frame }): Frame {
  if (r.status === 'errored') throw new Error(JSON.stringify(r));
  return r.frame!;
}

/** The recorded value of target `id` for `seed`. */
function recorded(id: string, seed: number): number | null {
  return perSeed.targets.find((t) => t.id === id)!.values[perSeed.seeds.indexOf(seed)];
}

const values = (frame: Frame) => frame.milestones.map((m) => ({ id: m.id, value: m.value === null ? null : keep(m.value) }));

describe('the service measures the preset\'s milestones on the current run', () => {
  it.each([
    ['grid', 3],
    ['bottom-up', 5],
    ['fengqiao', 1],
  ])('%s, seed %i: at the horizon every target of the preset, equal to the validation\'s record for that seed', async (preset, seed) => {
    const service = createSimulationService({ loader: nodeLoader });
    const init = (await service.init({ presetId: preset, seed })) as InitResult & { status: 'running' };
    expect(init.frame.milestones).toEqual([]);
    // advanced in several steps, as the app plays it
    let frame = init.frame;
    while (frame.tick < init.info.totalTicks) frame = frameOf(await service.advance(37, 0));
    const ids = appRecord.presets[preset].map((t) => t.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(values(frame)).toEqual(ids.map((id) => ({ id, value: recorded(id, seed) })));
  });

  it('a figure appears once the run reaches the year it reads, and goes after a seek back before it', async () => {
    const service = createSimulationService({ loader: nodeLoader });
    const init = (await service.init({ presetId: 'grid', seed: 2 })) as InitResult & { status: 'running' };
    const { startYear, dt } = init.info;
    const tickOf = (year: number) => Math.ceil((year - startYear) / dt - 1e-9);
    const before = frameOf(await service.seek(tickOf(2007) - 1, 0));
    expect(before.milestones.map((m) => m.id)).toEqual([]);
    const at = frameOf(await service.seek(tickOf(2007), 0));
    expect(values(at)).toEqual([{ id: 'grid-prefectures-2006', value: recorded('grid-prefectures-2006', 2) }]);
    const end = frameOf(await service.seek(init.info.totalTicks, 0));
    expect(end.milestones.map((m) => m.id)).toEqual(appRecord.presets.grid.map((t) => t.id));
    const back = frameOf(await service.seek(tickOf(2007), 0));
    expect(back.milestones.map((m) => m.id)).toEqual(['grid-prefectures-2006']);
  });

  it('an imported scenario, even one that extends a preset, has no targets', async () => {
    const service = createSimulationService({ loader: nodeLoader });
    const init = (await service.importScenario(JSON.stringify({ extends: 'chengdu' }), 1)) as InitResult & { status: 'running' };
    const end = frameOf(await service.seek(init.info.totalTicks, 0));
    expect(end.milestones).toEqual([]);
  });
});
