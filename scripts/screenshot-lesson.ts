/**
 * `npx tsx scripts/screenshot-lesson.ts`: screenshots of the guided lesson diffusion-basics — the
 * built app served locally in headless Debian Chromium: chapter 1's predict step with a curve drawn
 * by keyboard and its explain step (English), chapter 2's predict step (choose a province) and
 * chapter 5's explain step with the fan of 20 runs (Chinese), in docs/screenshots/lesson-*.png.
 *
 * Options: --out DIR (default docs/screenshots).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { ROOT } from './browser/build-app.ts';
import { waitForApp } from './browser/app-page.ts';
import { collectErrors } from './browser/launch.ts';
import { runMain, withServedApp } from './browser/served-app.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/screenshots' } } });

/** The lesson panel and the map under it, as a class sees them on a 1440 × 1000 screen. */
async function shoot(page: Page, file: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(ROOT, values.out!, file) });
  console.log(`${values.out}/${file}`);
}

async function explain(page: Page) {
  const player = page.locator('idl-lesson-player');
  await player.locator('button.lock-in').click();
  await player.locator('button.explain:not([disabled])').waitFor({ timeout: 120_000 });
  await player.locator('button.explain').click();
  await player.locator('p.feedback').waitFor();
}

async function main(): Promise<void> {
  mkdirSync(join(ROOT, values.out!), { recursive: true });
  await withServedApp(async ({ browser, baseUrl }) => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1, locale, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      const player = page.locator('idl-lesson-player');
      if (locale === 'en') {
        await page.goto(`${baseUrl}?lesson=diffusion-basics&chapter=1&lang=en`);
        await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
        await player.locator('idl-lesson-chart svg').focus();
        // a student's S that rises too late: 0, 0, 5, 10, 20, 35, 55, 75, 85, 90, 95 %
        for (const ups of [0, 0, 1, 2, 4, 7, 11, 15, 17, 18, 19]) {
          for (let i = 0; i < ups; i++) await page.keyboard.press('ArrowUp');
          await page.keyboard.press('ArrowRight');
        }
        await page.keyboard.press('ArrowLeft');
        await shoot(page, 'lesson-predict-en.png');
        await explain(page);
        await shoot(page, 'lesson-explain-en.png');
      } else {
        await page.goto(`${baseUrl}?lesson=diffusion-basics&chapter=2&lang=zh-CN`);
        await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
        await player.locator('select.where').selectOption({ label: '江苏省' });
        await shoot(page, 'lesson-predict-zh.png');
        await player.locator('select.chapter').selectOption('5');
        await player.locator('input.year').waitFor();
        await player.locator('input.year').fill('2021');
        await explain(page);
        await shoot(page, 'lesson-explain-zh.png');
      }
      if (errors.length) console.warn(`  ${errors.length} console errors, first: ${errors[0]!.slice(0, 200)}`);
      await context.close();
    }
  });
}

runMain(main);
