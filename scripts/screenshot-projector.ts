/**
 * `npx tsx scripts/screenshot-projector.ts`: projector mode on a classroom projector's two common
 * screens, 1920 × 1080 and 1280 × 720 (device pixel ratio 1) — the built app in headless Debian
 * Chromium, 枫桥经验 four simulated years in (a link with tick=48), in Chinese — into
 * docs/screenshots/projector-1920x1080.png and projector-1280x720.png: the whole main view on one
 * screen, nothing below it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser/build-app.ts';
import { waitForApp } from './browser/app-page.ts';
import { collectErrors } from './browser/launch.ts';
import { runMain, withServedApp } from './browser/served-app.ts';

const OUT = join(ROOT, 'docs/screenshots');
const SIZES = [
  [1920, 1080],
  [1280, 720],
] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await withServedApp(async ({ browser, baseUrl }) => {
    for (const [width, height] of SIZES) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'zh-CN', reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${baseUrl}?preset=fengqiao&lang=zh-CN&projector=1&tick=48`);
      await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
      // the picture of the page, not of a focus ring left where the app put the focus
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.waitForTimeout(300);
      const file = `projector-${width}x${height}.png`;
      await page.screenshot({ path: join(OUT, file) });
      const scrollHeight = await page.evaluate(() => document.scrollingElement!.scrollHeight);
      console.log(`docs/screenshots/${file} (page ${scrollHeight} px tall on a ${height}-px screen)`);
      if (errors.length) console.warn(`  ${errors.length} console errors, first: ${errors[0]}`);
      await context.close();
    }
  });
}

runMain(main);
