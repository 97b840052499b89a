/**
 * `idlab run` estimates a run's memory before building its world and refuses one above its limit
 * with one line naming the sizes, the estimate by part and the limit (instead of running out of
 * memory part way).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idlab, tempDir } from '../sweep/helpers.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

const innovations = Array.from({ length: 16 }, (_, k) => ({ id: `i${k}`, origins: ['1,1'], complexity: 0.3, digital: 0.2 }));

describe('idlab run: memory', () => {
  it('refuses a 2000 × 2000 lattice with 16 innovations in one line, before building it', async () => {
    const path = join(tmp.dir, 'huge.json');
    writeFileSync(path, JSON.stringify({ world: { kind: 'lattice', width: 2000, height: 2000 }, time: { startYear: 2000, years: 30 }, innovations }));
    const r = await idlab(['run', path, '--out', join(tmp.dir, 'rows.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^idlab run: run too large: 4,000,000 localities × 16 innovations × 360 ticks needs about \d+\.\d GiB of memory \(world .* MiB, kernel .* GiB, event log .*, metric rows .*\); allowed at most 8\.0 GiB in idlab; use fewer localities, innovations or years\n$/,
    );
  });

  it('counts the panel: a run that fits without --panel may not fit with it', async () => {
    const path = join(tmp.dir, 'long.json');
    writeFileSync(path, JSON.stringify({ world: { kind: 'lattice', width: 1000, height: 1000 }, time: { startYear: 0, years: 1000, dt: 1 }, innovations: innovations.slice(0, 2) }));
    const r = await idlab(['validate', path]);
    expect(r.code).toBe(0);
    const panel = await idlab(['run', path, '--panel', join(tmp.dir, 'panel.csv')]);
    expect(panel.code).toBe(1);
    expect(panel.stderr).toMatch(/^idlab run: run too large: 1,000,000 localities × 2 innovations × 1,000 ticks .*, panel \d+\.\d GiB\); allowed at most 8\.0 GiB in idlab/);
  });

  it('idlab sweep plan refuses a sweep whose largest run does not fit, naming its point, and writes no plan', async () => {
    const path = join(tmp.dir, 'sweep.json');
    // 6 innovations fit 8 GiB (about 7.0 GiB) without forum ties; 50 ties per locality (point 1) add 1.5 GiB
    const scenario = { world: { kind: 'lattice', width: 2000, height: 2000 }, time: { startYear: 2000, years: 10 }, innovations: innovations.slice(0, 6) };
    writeFileSync(path, JSON.stringify({ title: 't', scenario, factors: [{ path: 'levers.forumTies', values: [0, 50] }], design: { type: 'grid' }, replicates: 1, seed: 1 }));
    const out = join(tmp.dir, 'plan');
    const r = await idlab(['sweep', 'plan', path, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^idlab sweep: ${path}: point 1: run too large: 4,000,000 localities × 6 innovations × 120 ticks needs about \\d+\\.\\d GiB .*; allowed at most 8\\.0 GiB in idlab`));
    expect(existsSync(out)).toBe(false);
  });
});
