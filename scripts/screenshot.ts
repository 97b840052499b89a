/**
 * `npm run screenshot`: screenshots of the running app for the README — the built app served
 * locally in headless Debian Chromium, the default preset played for a few simulated years, once
 * in Chinese (docs/screenshot.png) and once in English (docs/screenshot-en.png), with this year's
 * learning links shown and the tooltip of the innovation's first origin open.
 *
 * Options: --years N (default 4: the spread is under way and this year's links are many),
 * --width W --height H (CSS px, default 1440 × 1000).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './browser/build-app.ts';
import { playToYear, waitForApp } from './browser/app-page.ts';
import { collectErrors } from './browser/launch.ts';
import { runMain, withServedApp } from './browser/served-app.ts';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '4' },
    width: { type: 'string', default: '1440' },
    height: { type: 'string', default: '1000' },
  },
});
const years = Number(values.years);
const width = Number(values.width);
const height = Number(values.height);
for (const [name, v] of Object.entries({ years, width, height })) {
  if (!Number.isFinite(v) || v <= 0) {
    console.error(`invalid --${name}: ${String(values[name as keyof typeof values])} (expected a positive number)`);
    process.exit(2);
  }
}

const SHOTS = [
  { locale: 'zh-CN', file: 'docs/screenshot.png' },
  { locale: 'en', file: 'docs/screenshot-en.png' },
] as const;

async function main(): Promise<void> {
  await withServedApp(async ({ browser, baseUrl }) => {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: shot.locale, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(baseUrl);
      await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
      await playToYear(page, years);
      await page.locator('idl-map .links-toggle input').check();
      // ticking the toggle scrolled it into view: back to the top, where the title and the controls are
      await page.evaluate(() => window.scrollTo(0, 0));
      // Open the tooltip of the first origin, where a reader's eye goes first.
      const origin = await page.evaluate(() => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const map = (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-map') as any;
        const i = map.marks?.origins?.[0];
        if (i === undefined) return null;
        const layout = map.layout;
        const f = layout.index.featureOfLocality[i];
        const b = layout.mainBox.subarray(4 * f, 4 * f + 4);
        const r = map.shadowRoot.querySelector('.surface').getBoundingClientRect();
        return { x: r.left + (b[0] + b[2]) / 2, y: r.top + (b[1] + b[3]) / 2 };
      });
      if (origin) {
        await page.mouse.move(origin.x, origin.y);
        await page.locator('idl-map .tooltip').waitFor({ timeout: 10_000 });
      }
      await page.screenshot({ path: join(ROOT, shot.file) });
      console.log(`${shot.file} (${shot.locale}, ${width}×${height}, after ${years} simulated years)`);
      if (errors.length) console.warn(`  ${errors.length} console errors, first: ${errors[0].slice(0, 160)}`);
      await context.close();
    }
  });
}

runMain(main);
