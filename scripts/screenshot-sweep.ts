/**
 * `npx tsx scripts/screenshot-sweep.ts`: screenshots of the Sweep panel with results plotted — the
 * built app served locally in headless Debian Chromium, the panel opened from the tools, a 5 × 5
 * grid of q and the media lever over 三治融合 with 3 replicates (75 runs) run in the panel's
 * workers, once in Chinese (docs/screenshot-sweep.png) and once in English (docs/screenshot-sweep-en.png).
 *
 * Options: --out DIR (default docs), --metric NAME (default everAdoptedShare).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './browser/build-app.ts';
import { waitForApp } from './browser/app-page.ts';
import { collectErrors } from './browser/launch.ts';
import { runMain, withServedApp } from './browser/served-app.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs' }, metric: { type: 'string', default: 'everAdoptedShare' } } });

const SHOTS = [
  { locale: 'zh-CN', file: 'screenshot-sweep.png' },
  { locale: 'en', file: 'screenshot-sweep-en.png' },
] as const;

const CHOICE = {
  presetId: 'three-governance',
  factors: [
    { key: 'q', min: 0.1, max: 0.5 },
    { key: 'media', min: 1, max: 3 },
  ],
  design: 'grid',
  size: 5,
  replicates: 3,
  seed: 1,
  years: null,
};

async function main(): Promise<void> {
  await withServedApp(async ({ browser, baseUrl }) => {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1, locale: shot.locale, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(baseUrl);
      await waitForApp(page, { status: 'ready' }, 60_000);
      await page.locator('idl-app button.sweep-toggle').click();
      await page.locator('idl-sweep-panel button.run').waitFor();
      await page.evaluate((choice) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const panel = (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-sweep-panel');
        const form = panel.shadowRoot.querySelector('idl-sweep-form');
        form.dispatchEvent(new CustomEvent('idl-sweep-choice', { detail: { choice }, bubbles: true, composed: true }));
      }, CHOICE);
      await page.waitForFunction(() => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const panel = (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-sweep-panel');
        return panel.sweep.checked?.plan.runCount === 75 && !panel.sweep.checking;
      });
      const started = Date.now();
      await page.locator('idl-sweep-panel button.run').click();
      await page.waitForFunction(() => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        return (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-sweep-panel').sweep.status === 'done';
      }, undefined, { timeout: 120_000 });
      const seconds = (Date.now() - started) / 1000;
      await page.locator('idl-sweep-chart select.metric').selectOption(values.metric!);
      await page.waitForTimeout(200);
      const panel = page.locator('idl-sweep-panel');
      await panel.screenshot({ path: join(ROOT, values.out!, shot.file) });
      console.log(`${values.out}/${shot.file} (${shot.locale}): 75 runs in ${seconds.toFixed(1)} s`);
      if (errors.length) console.warn(`  ${errors.length} console errors, first: ${errors[0].slice(0, 200)}`);
      await context.close();
    }
  });
}

runMain(main);
