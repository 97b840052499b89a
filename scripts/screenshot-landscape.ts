/**
 * `npx tsx scripts/screenshot-landscape.ts`: screenshots of the landscape view — the built app
 * served locally in headless Debian Chromium (WebGL 2 by SwiftShader), 三治融合 (three-governance
 * integration) with seed 1 in January 2019, mid-spread, the view opened from the tools bar; in English and in Chinese
 * (docs/screenshots/landscape-en.png, landscape-zh.png).
 *
 * Options: --out DIR (default docs/screenshots), --preset ID (default three-governance), --tick TICK
 * (default 72: January 2019).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './browser/build-app.ts';
import { waitForApp } from './browser/app-page.ts';
import { collectErrors } from './browser/launch.ts';
import { runMain, withServedApp } from './browser/served-app.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/screenshots' }, tick: { type: 'string', default: '72' }, preset: { type: 'string', default: 'three-governance' } } });

const SHOTS = [
  { locale: 'en', file: 'landscape-en.png' },
  { locale: 'zh-CN', file: 'landscape-zh.png' },
] as const;

async function main(): Promise<void> {
  mkdirSync(join(ROOT, values.out!), { recursive: true });
  await withServedApp(async ({ browser, baseUrl }) => {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1, locale: shot.locale, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${baseUrl}?preset=${values.preset}&seed=1&lang=${shot.locale}&tick=${values.tick}`);
      await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
      await page.locator('idl-app nav.tools button.landscape-toggle').click();
      await page.waitForFunction(() => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const el = (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-landscape');
        return !!el && el.data && el.frameStats?.count > 0 && el.shadowRoot.querySelector('.summary').textContent.trim() !== '';
      }, undefined, { timeout: 60_000 });
      await page.waitForTimeout(500);
      const section = page.locator('idl-app section#landscape');
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: join(ROOT, values.out!, shot.file) });
      if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join('; ')}`);
      console.log(`${shot.file}: ${await page.locator('idl-app idl-landscape .summary').textContent()}`);
      await context.close();
    }
  });
}

runMain(main);
