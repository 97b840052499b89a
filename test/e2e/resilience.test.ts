import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { playUntil, waitForApp } from '../../scripts/browser/app-page.ts';
import { cspViolations, openApp, runState } from './lab.ts';

// Resilience of the built app: a simulation worker killed mid-run is detected by the watchdog,
// restarted from scenario, changes, seed and tick, and the run continues with identical results;
// after the first visit the app works offline (service worker).

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('resilience', () => {
  it('a worker killed mid-run is restarted by the watchdog; the run continues with identical results', async () => {
    const url = inject('appUrl') + '?preset=three-governance&seed=5&lever.media=2';
    const o = await openApp(browser, url, { locale: 'en' });
    const page = o.page;
    // a short watchdog bound, so the test does not wait the production 10 s
    await page.evaluate(() => {
      (document.querySelector('idl-app') as unknown as { sim: { watchdog: { call: number } } }).sim.watchdog.call = 1500;
    });
    await page.locator('idl-transport select').selectOption('2');
    await page.locator('idl-transport button.play').click();
    await waitForApp(page, { tickAtLeast: 20 });
    await page.evaluate(() => (document.querySelector('idl-app') as unknown as { sim: { killWorker(): void } }).sim.killWorker());
    // the user is told, and the run goes on
    await expect.poll(() => page.locator('idl-app .recovery').textContent(), { timeout: 20_000 }).toMatch(/restarted; the run continues at \w{3} \d{4}/);
    await waitForApp(page, { playing: true, tickAtLeast: 60 }, 60_000);
    await page.locator('idl-transport button.play').click();
    await waitForApp(page, { playing: false, mapInSync: true });
    const target = (await runState(page)).tick;
    const recovered = await runState(page);
    // the same run without a crash, in another profile
    const fresh = await openApp(browser, `${url}&tick=${target}`, { locale: 'en' });
    await waitForApp(fresh.page, { tick: target, mapInSync: true }, 60_000);
    const reference = await runState(fresh.page);
    expect(recovered.digest).toBe(reference.digest);
    expect(recovered.stage).toEqual(reference.stage);
    expect(recovered.kpis).toEqual(reference.kpis);
    expect(recovered.rows).toBe(reference.rows);
    expect(await cspViolations(page)).toEqual([]);
    expect(o.errors).toEqual([]);
    await o.context.close();
    await fresh.context.close();
  });

  it('a reload of a tab that imported a scenario reopens it at the same tick with its changes, and says so', async () => {
    const o = await openApp(browser, inject('appUrl') + '?preset=fengqiao&seed=8', { locale: 'en' });
    const page = o.page;
    await page.locator('nav.tools button.export').click();
    const text = JSON.stringify({ extends: 'three-governance', params: { q: 0.5 } });
    await page.locator('idl-export-dialog input[type="file"]').setInputFiles({ name: 'my-case.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await waitForApp(page, { status: 'ready', tick: 0, mapInSync: true });
    await page.locator('idl-export-dialog button.close').click();
    await page.evaluate(() => {
      const levers = (document.querySelector('idl-app') as unknown as { shadowRoot: ShadowRoot }).shadowRoot.querySelector('idl-levers')!;
      levers.dispatchEvent(new CustomEvent('idl-param-change', { detail: { kind: 'lever', key: 'media', value: 2 }, bubbles: true, composed: true }));
    });
    await expect.poll(() => runState(page).then((r) => r.levers.media)).toBe(2);
    await waitForApp(page, { status: 'ready', mapInSync: true });
    await page.evaluate(() => (document.querySelector('idl-app') as unknown as { sim: { seek(t: number): Promise<void> } }).sim.seek(40));
    await waitForApp(page, { tick: 40, mapInSync: true });
    const before = await runState(page);
    expect(before.presetId).toBeNull();

    await page.reload();
    await waitForApp(page, { status: 'ready', tick: 40, mapInSync: true }, 60_000);
    const after = await runState(page);
    expect(after.digest).toBe(before.digest);
    expect(after.levers.media).toBe(2);
    expect(after.stage).toEqual(before.stage);
    expect(await page.locator('idl-app header select.preset').evaluate((s: HTMLSelectElement) => s.selectedOptions[0].textContent)).toContain('my-case.json');
    expect(await page.locator('idl-app .session-notice').textContent()).toContain('Reopened the scenario imported in this tab, my-case.json');
    // a link whose keys name Object.prototype's members opens too, naming them
    await page.goto(inject('appUrl') + '?preset=grid&constructor=1&__proto__=2&toString=3&seed=6&seed=7');
    await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
    expect((await runState(page)).seed).toBe(7);
    expect(await page.locator('idl-app .link-notices').textContent()).toContain('seed is given 2 times; the last value, “7”, is used.');
    expect(await cspViolations(page)).toEqual([]);
    expect(o.errors).toEqual([]);
    await o.context.close();
  });

  it('after the first visit, the app loads and runs offline (service worker)', async () => {
    const url = inject('appUrl') + '?preset=fengqiao&seed=3';
    const o = await openApp(browser, url, { locale: 'zh-CN' });
    const page = o.page;
    // the service worker has installed its cache and controls the page
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    const cacheNames: string[] = await page.evaluate(async () => globalThis.caches.keys());
    expect(cacheNames).toEqual([expect.stringMatching(/^idl-0\.1\.0-[0-9a-f]{12}$/)]);
    await o.context.setOffline(true);
    await page.reload();
    await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
    // the network really is off: a request the service worker has not cached is refused (asked
    // directly, not through navigator.onLine, which Debian's Chromium 150 leaves true under emulation)
    expect(await page.evaluate(() => fetch(`./not-cached-${Date.now()}.json`).then(() => 'fetched', () => 'refused'))).toBe('refused');
    expect((await runState(page)).seed).toBe(3);
    // the validation's record is cached too: the "model vs record" panel lists fengqiao's two targets
    await expect.poll(() => page.locator('idl-milestones li').count()).toBe(2);
    await playUntil(page, 12);
    expect((await runState(page)).tick).toBeGreaterThanOrEqual(12);
    // a link to another preset works offline too (every preset and the map data are cached)
    await page.goto(inject('appUrl') + '?preset=multi&seed=2');
    await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
    expect((await runState(page)).presetId).toBe('multi');
    expect(await cspViolations(page)).toEqual([]);
    await o.context.close();
  });
});
