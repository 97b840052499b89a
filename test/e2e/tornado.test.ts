import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { cspViolations, openApp, type Opened } from './lab.ts';

// "Which lever matters most" in the built app (sub-path, production CSP): in compare mode of 枫桥经验
// the user asks which lever matters most on a short horizon; every lever is run in the compare
// workers and the tornado chart ranks all eleven, in English and then in Chinese, with no console error.

let browser: Browser;
let o: Opened;

beforeAll(async () => {
  browser = await launchChromium();
  o = await openApp(browser, inject('appUrl') + '?preset=fengqiao&lang=en&lever.reward=2', { locale: 'en' });
});

afterAll(async () => {
  await browser?.close();
});

describe('the lever ranking of the built app', () => {
  it('ranks every lever of the scenario in the compare workers and draws the tornado in both languages', async () => {
    const page = o.page;
    await page.locator('idl-app nav.tools button.compare-toggle').click();
    const panel = page.locator('idl-compare-panel');
    // a short horizon: 3-year runs
    await panel.locator('input.years').fill('3');
    await panel.locator('input.years').press('Tab');
    const tornado = panel.locator('idl-tornado');
    await tornado.locator('select.kpi').selectOption('everShare');
    await tornado.locator('button.tornado-run').click();
    await expect.poll(() => tornado.locator('.status').textContent(), { timeout: 180_000 }).toMatch(/^11 levers ranked from \d+ runs in/);
    const names = tornado.locator('idl-tornado-chart g.names text');
    expect(await names.count()).toBe(11);
    expect(await tornado.locator('idl-tornado-chart rect.bar').count()).toBe(22);
    expect(await names.allTextContents()).toContain('Media and publicity');
    expect(await tornado.locator('idl-tornado-chart svg').getAttribute('aria-label')).toMatch(/^Levers ranked by their effect on Ever adopted: 1\. /);

    await page.locator('idl-app header select.language').selectOption('zh-CN');
    await expect.poll(() => names.allTextContents()).toContain('媒体宣传');
    expect(await tornado.locator('button.tornado-run').textContent()).toBe('哪个杠杆最重要');

    expect(await cspViolations(page)).toEqual([]);
    expect(o.errors).toEqual([]);
  }, 240_000);
});
