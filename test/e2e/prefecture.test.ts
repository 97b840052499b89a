import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { waitForApp } from '../../scripts/browser/app-page.ts';
import { cspViolations, download, openApp, readCsv, runState, tool, type Opened } from './lab.ts';

// The 成都方式 preset in the built app runs on the prefecture-level world: the map draws the 366
// prefecture-level units as merged county shapes, the tooltip names a prefecture, and the exports
// and the share link carry prefecture-level units.

let browser: Browser;
let a: Opened;

beforeAll(async () => {
  browser = await launchChromium();
  a = await openApp(browser, inject('appUrl') + '?preset=chengdu&seed=3&tick=84');
  await waitForApp(a.page, { tick: 84, mapInSync: true }, 60_000);
});

afterAll(async () => {
  await browser?.close();
});

describe('成都方式 on prefecture-level units', () => {
  it('draws the 366 prefecture-level units, not the counties, and the tooltip names the prefecture', async () => {
    const drawn = await a.page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const map = document.querySelector('idl-app')!.shadowRoot!.querySelector('idl-map') as any;
      const index = map.layout.index;
      const ids: string[] = index.geometry.ids;
      const f = ids.indexOf('510100');
      const [x0, y0, x1, y1] = map.layout.mainBox.subarray(4 * f, 4 * f + 4);
      const t = map.transform;
      const r = map.shadowRoot.querySelector('.surface').getBoundingClientRect();
      return {
        units: ids.filter((_: string, j: number) => !index.geometry.flaggedBackground[j]).length,
        located: Array.from(index.featureOfLocality as Int32Array).every((j) => j >= 0),
        hasCounty: ids.includes('510104'),
        point: { x: r.left + t.x + t.k * ((x0 + x1) / 2), y: r.top + t.y + t.k * ((y0 + y1) / 2) },
      };
    });
    expect(drawn).toMatchObject({ units: 366, located: true, hasCounty: false });
    await a.page.mouse.move(drawn.point.x, drawn.point.y);
    const tooltip = a.page.locator('idl-map .tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('成都市');
    expect(await tooltip.textContent()).toContain('四川省');
  });

  it('exports an event log of prefecture-level units and a map PNG', async () => {
    await tool(a.page, 'export');
    const events = readCsv((await download(a.page, 'events')).bytes.toString('utf8'));
    const header = events[0];
    const codes = new Set(events.slice(1).map((r) => r[header.indexOf('locality')]));
    // tens of cities by 2024 (tick 84): the preset's potential is 0.2 of the 366 units
    expect(codes.size).toBeGreaterThan(10);
    expect(codes.size).toBeLessThanOrEqual(366);
    expect(codes.has('510100')).toBe(true);
    for (const c of codes) expect(c, c).toMatch(/^\d{4}00$|^\d{2}90\d{2}$/);
    const png = await download(a.page, 'map');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    await a.page.keyboard.press('Escape');
  });

  it('a share link reopens the same prefecture-level run in another browser profile', async () => {
    const before = await runState(a.page);
    expect(before.stage).toHaveLength(366);
    const link = await a.page.evaluate(() => location.href);
    const b = await openApp(browser, link);
    await waitForApp(b.page, { tick: 84, mapInSync: true }, 60_000);
    const after = await runState(b.page);
    expect(after.digest).toBe(before.digest);
    expect(after.stage).toEqual(before.stage);
    expect(await b.page.locator('idl-app').evaluate((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '))).toContain('366 个地级单位');
    expect(await cspViolations(b.page)).toEqual([]);
    expect(b.errors).toEqual([]);
    await b.context.close();
    expect(a.errors).toEqual([]);
  });
});
