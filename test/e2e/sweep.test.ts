import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchChromium } from '../../scripts/browser/launch.ts';
import { waitForApp } from '../../scripts/browser/app-page.ts';
import { runPanelSweep } from './lab.ts';

// The Sweep panel in the built app (served under a sub-path with its production CSP): the panel's
// module and its workers load from the build, a small sweep runs and plots, the results download
// as the CLI's CSV — and no console error or CSP violation on the way.

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'en', reducedMotion: 'reduce', acceptDownloads: true });
  page = await context.newPage();
  errors = collectErrors(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`), { capture: true });
  });
  await page.goto(inject('appUrl'));
  await waitForApp(page, { status: 'ready' }, 60_000);
});

afterAll(async () => {
  await browser?.close();
});

describe('the Sweep panel of the built app', () => {
  it('runs a sweep in its workers, plots it and downloads the results CSV', async () => {
    await runPanelSweep(page, 3);
    await page.locator('idl-sweep-chart select.metric').selectOption('everAdoptedShare');
    expect(await page.locator('idl-sweep-chart svg g.points circle').count()).toBe(15);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('idl-sweep-panel button.export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^sweep-[0-9a-f]{12}-results\.csv$/);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^run,point,replicate,q,innovation,t10,t50,t90,/);
    expect(lines).toHaveLength(16);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
