/**
 * `npx tsx scripts/screenshot-compare.ts`: screenshots of compare mode — the built app served
 * locally in headless Debian Chromium, 枫桥经验 with the reward lever moved from 1 to 3, "Compare
 * with baseline" run with its default 50 pairs over the whole horizon in the compare workers, the
 * maps at 1990; in English and in Chinese (docs/screenshots/compare-en.png, compare-zh.png) and in
 * projector mode (compare-projector-en.png).
 *
 * Options: --out DIR (default docs/screenshots), --lever KEY=VALUE (default reward=3), --year YEAR (default 1990).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './browser/build-app.ts';
import { waitForApp } from './browser/app-page.ts';
import { collectErrors } from './browser/launch.ts';
import { runMain, withServedApp } from './browser/served-app.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'docs/screenshots' }, lever: { type: 'string', default: 'reward=3' }, year: { type: 'string', default: '1990' } },
});

const SHOTS = [
  { locale: 'en', file: 'compare-en.png', projector: false },
  { locale: 'zh-CN', file: 'compare-zh.png', projector: false },
  { locale: 'en', file: 'compare-projector-en.png', projector: true },
] as const;

async function main(): Promise<void> {
  mkdirSync(join(ROOT, values.out!), { recursive: true });
  await withServedApp(async ({ browser, baseUrl }) => {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1, locale: shot.locale, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      const lang = shot.locale === 'en' ? 'en' : 'zh-CN';
      await page.goto(`${baseUrl}?preset=fengqiao&lang=${lang}&lever.${values.lever}${shot.projector ? '&projector=1' : ''}`);
      await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
      await page.locator('idl-app nav.tools button.compare-toggle').click();
      const panel = page.locator('idl-compare-panel');
      const started = Date.now();
      await panel.locator('button.run').click();
      await page.waitForFunction(() => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        return (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-compare-panel').compare.status === 'done';
      }, undefined, { timeout: 300_000 });
      const seconds = (Date.now() - started) / 1000;
      await page.evaluate((year) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const p = (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-compare-panel');
        p.yearIndex = Math.max(0, p.compare.result.years.indexOf(year));
      }, Number(values.year));
      await page.waitForTimeout(500);
      await panel.screenshot({ path: join(ROOT, values.out!, shot.file) });
      console.log(`${values.out}/${shot.file} (${shot.locale}): 50 pairs (100 runs) in ${seconds.toFixed(1)} s`);
      if (errors.length) console.warn(`  ${errors.length} console errors, first: ${errors[0].slice(0, 200)}`);
      await context.close();
    }
  });
}

runMain(main);
