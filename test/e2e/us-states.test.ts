import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { waitForApp } from '../../scripts/browser/app-page.ts';
import { cspViolations, download, openApp, runState, tool, type Opened } from './lab.ts';

// A us-states scenario imported into the built app draws the map of the states: 50 states and DC
// (grey), a tooltip that names California in Chinese and in English, a map PNG export, and a reload
// of the tab that reopens the same run — with no console errors or CSP violations.

const SCENARIO = {
  meta: { title: { en: 'A state policy', zh: '一项州政策' } },
  world: { kind: 'us-states' },
  time: { startYear: 1990, years: 20, dt: 0.25 },
  params: { q: 0.6 },
  innovations: [{ id: 'policy', origins: ['CA', 'NY'], complexity: 0.3, digital: 0.1 }],
};

let browser: Browser;
let a: Opened;

beforeAll(async () => {
  browser = await launchChromium();
  a = await openApp(browser, inject('appUrl') + '?seed=5', { locale: 'zh-CN' });
  await tool(a.page, 'export');
  const text = JSON.stringify(SCENARIO);
  await a.page.locator('idl-export-dialog input[type="file"]').setInputFiles({ name: 'states.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await a.page.waitForFunction(() => (document.querySelector('idl-app') as unknown as { sim: { info?: { worldKind: string } } }).sim.info?.worldKind === 'us-states', null, { timeout: 60_000 });
  await a.page.locator('idl-export-dialog button.close').click();
  await a.page.evaluate(() => (document.querySelector('idl-app') as unknown as { sim: { seek(t: number): Promise<void> } }).sim.seek(40));
  await waitForApp(a.page, { status: 'ready', tick: 40, mapInSync: true }, 60_000);
});

afterAll(async () => {
  await browser?.close();
});

/** Where California is on the page: the middle of its box on the map (inside the state). */
function california(): Promise<{ x: number; y: number; states: number; located: boolean; background: string[]; world: string }> {
  return a.page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const map = document.querySelector('idl-app')!.shadowRoot!.querySelector('idl-map') as any;
    const index = map.layout.index;
    const ids: string[] = index.geometry.ids;
    const f = ids.indexOf('CA');
    const [x0, y0, x1, y1] = map.layout.mainBox.subarray(4 * f, 4 * f + 4);
    const t = map.transform;
    const r = map.shadowRoot.querySelector('.surface').getBoundingClientRect();
    return {
      x: r.left + t.x + t.k * ((x0 + x1) / 2),
      y: r.top + t.y + t.k * ((y0 + y1) / 2),
      states: ids.filter((_: string, j: number) => !index.geometry.flaggedBackground[j]).length,
      located: Array.from(index.featureOfLocality as Int32Array).every((j) => j >= 0),
      background: Array.from(index.backgroundFeatures as Int32Array, (j) => ids[j]),
      world: map.world,
    };
  });
}

describe('a us-states scenario in the built app', () => {
  it('draws the 50 states on the map, DC grey, and names California in the tooltip in Chinese and English', async () => {
    const ca = await california();
    expect(ca).toMatchObject({ world: 'us-states', states: 50, located: true, background: ['11'] });
    expect(await a.page.locator('idl-app idl-cell-grid').count()).toBe(0);
    await a.page.mouse.move(ca.x, ca.y);
    const tooltip = a.page.locator('idl-map .tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('加利福尼亚州');
    await a.page.locator('idl-app select.language').selectOption('en');
    // the header's English text may change the map's size: find California again
    const en = await california();
    await a.page.mouse.move(en.x, en.y);
    await expect.poll(() => tooltip.textContent()).toContain('California');
    expect(await a.page.locator('idl-app .notice').textContent()).toContain('Albers USA');
  });

  it('exports the map as a PNG', async () => {
    await tool(a.page, 'export');
    const png = await download(a.page, 'map');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(width).toBeGreaterThan(300);
    expect(height).toBeGreaterThan(200);
    await a.page.locator('idl-export-dialog button.close').click();
  });

  it('a reload of the tab reopens the same us-states run on the map, without console or CSP errors', async () => {
    const before = await runState(a.page);
    expect(before.stage).toHaveLength(50);
    await a.page.reload();
    await waitForApp(a.page, { status: 'ready', tick: 40, mapInSync: true }, 60_000);
    const after = await runState(a.page);
    expect(after.digest).toBe(before.digest);
    expect(after.stage).toEqual(before.stage);
    expect((await california()).world).toBe('us-states');
    expect(await cspViolations(a.page)).toEqual([]);
    expect(a.errors).toEqual([]);
  });
});
