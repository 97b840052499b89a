/**
 * `npm run screenshot:views`: screenshots of the app's views for review — normal, projector mode,
 * the help dialog, the table view, the share dialog with its QR code and a link with invalid values
 * — in Chinese and in English, plus the Bass preset's abstract world and a 390-px phone, into
 * docs/screenshots/. The built app in headless Debian Chromium,
 * 枫桥经验 after a few simulated years.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from './browser/build-app.ts';
import { playToYear, waitForApp } from './browser/app-page.ts';
import { collectErrors } from './browser/launch.ts';
import { runMain, withServedApp } from './browser/served-app.ts';

const OUT = process.env.IDL_SHOTS ?? join(ROOT, 'docs/screenshots');

async function open(url: string, locale: string, browser: Browser): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1, locale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
  return { page, errors, close: () => context.close() };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const shot = async (page: Page, name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, name) });
    console.log(join('docs/screenshots', name));
  };
  await withServedApp(async ({ browser, baseUrl }) => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const suffix = lang === 'en' ? 'en' : 'zh';
      const { page, errors, close } = await open(`${baseUrl}?lang=${lang}`, lang, browser);
      await playToYear(page, 4);
      await shot(page, `normal-${suffix}.png`);
      await page.locator('idl-app nav.tools button.help').click();
      await shot(page, `help-${suffix}.png`);
      await page.keyboard.press('Escape');
      await page.locator('idl-app nav.tools button.share').click();
      await shot(page, `share-${suffix}.png`);
      await page.keyboard.press('Escape');
      await page.locator('idl-app nav.tools button.table-toggle').click();
      await page.locator('idl-map-table tbody tr').first().waitFor();
      await page.locator('idl-app #map-table').scrollIntoViewIfNeeded();
      await shot(page, `table-${suffix}.png`);
      await page.locator('idl-app nav.tools button.table-toggle').click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('idl-app nav.tools button.projector-toggle').click();
      await shot(page, `projector-${suffix}.png`);
      await page.locator('idl-app nav.tools button.export').click();
      await shot(page, `export-${suffix}.png`);
      if (errors.length) console.warn(`  ${errors.length} console errors, first: ${errors[0]}`);
      await close();
    }
    const bad = await open(`${baseUrl}?lang=en&preset=nope&seed=-3&lever.media=50`, 'en', browser);
    await shot(bad.page, 'link-warnings-en.png');
    await bad.close();
    // a world without geography (the Bass preset): squares instead of the map, abstract time
    const bass = await open(`${baseUrl}?lang=zh-CN&preset=bass`, 'zh-CN', browser);
    await playToYear(bass.page, 4);
    await shot(bass.page, 'abstract-world-zh.png');
    await bass.close();
    // a 390-px phone, the whole page
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'en', reducedMotion: 'reduce' });
    const page = await phone.newPage();
    await page.goto(`${baseUrl}?lang=en`);
    await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'phone-en.png'), fullPage: true });
    console.log(join('docs/screenshots', 'phone-en.png'));
    await phone.close();
  });
}

runMain(main);
