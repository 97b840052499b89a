import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { waitForApp } from '../../scripts/browser/app-page.ts';
import { deriveSeed } from '../../src/sweep/seeds.ts';
import { idlab } from '../sweep/helpers.ts';
import { download, openApp, readCsv, runState, search, tool } from './lab.ts';

// One seed contract: a seed a sweep derived for one of its runs (52 bits, far above 2³²) opens in the
// app from a link, is shown as it is, and the app's run is the run `idlab run --seed` makes.

const TICK = 24;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'idl-seed-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a sweep run’s seed in the app', () => {
  it('opens from a link, shows the same seed, and gives the metric rows of `idlab run --seed`', async () => {
    const seed = deriveSeed(11, 5, 0, 'independent');
    expect(seed).toBeGreaterThan(2 ** 32);
    const a = await openApp(browser, `${inject('appUrl')}?preset=bass&seed=${seed}&lang=en&tick=${TICK}`, { locale: 'en' });
    await waitForApp(a.page, { tick: TICK, mapInSync: true }, 60_000);
    const s = await runState(a.page);
    expect(s.seed).toBe(seed);
    expect(await search(a.page)).toContain(`seed=${seed}&`);
    expect(await a.page.locator('idl-levers #seed').inputValue()).toBe(String(seed));
    expect(await a.page.locator('idl-app .link-notices').count()).toBe(0);

    await tool(a.page, 'export');
    const app = readCsv((await download(a.page, 'rows')).bytes.toString('utf8'));
    const out = join(dir, 'rows.csv');
    const cli = await idlab(['run', 'bass', '--seed', String(seed), '--out', out]);
    expect(cli.code, cli.stderr).toBe(0);
    const rows = readCsv(readFileSync(out, 'utf8'));
    expect(app[0]).toEqual(rows[0]);
    expect(app.length).toBe(TICK + 2); // header + ticks 0 … TICK of the one innovation
    expect(app.slice(1)).toEqual(rows.slice(1, TICK + 2));
    expect(app[TICK + 1][app[0].indexOf('seed')]).toBe(String(seed));
    expect(app[TICK + 1][app[0].indexOf('digest')]).toBe(s.digest);
    expect(a.errors).toEqual([]);
    await a.context.close();
  });
});
