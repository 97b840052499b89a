/**
 * `npm run screenshot:views`: screenshots of the app's views for review — normal, projector mode,
 * the help dialog, the table view, the share dialog with its QR code and a link with invalid values
 * — in Chinese and in English, into docs/screenshots/. The built app in headless Debian Chromium,
 * 枫桥经验 after a few simulated years.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildApp, ROOT } from './browser/build-app.ts';
import { playUntil, scrubTo, ticksPerYear, waitForApp } from './browser/app-page.ts';
import { collectErrors, launchChromium } from './browser/launch.ts';
import { serveStatic } from './browser/static-server.ts';

const OUT = process.env.IDL_SHOTS ?? join(ROOT, 'docs/screenshots');

async function open(url: string, locale: string, browser: Awaited<ReturnType<typeof launchChromium>>): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1, locale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
  return { page, errors, close: () => context.close() };
}

async function main(): Promise<void> {
  const dir = await buildApp();
  const server = await serveStatic(dir, '/');
  const browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
  const shot = async (page: Page, name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, name) });
    console.log(join('docs/screenshots', name));
  };
  try {
    for (const lang of ['zh-CN', 'en'] as const) {
      const suffix = lang === 'en' ? 'en' : 'zh';
      const { page, errors, close } = await open(`${server.url}?lang=${lang}`, lang, browser);
      const target = 4 * (await ticksPerYear(page));
      await playUntil(page, target);
      await scrubTo(page, target);
      await waitForApp(page, { tick: target, mapInSync: true });
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
    const bad = await open(`${server.url}?lang=en&preset=nope&seed=-3&lever.media=50`, 'en', browser);
    await shot(bad.page, 'link-warnings-en.png');
    await bad.close();
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
