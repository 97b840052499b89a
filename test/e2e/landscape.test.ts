import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { cspViolations, openApp, type Opened } from './lab.ts';

// The landscape view in the built app: three.js lives in a chunk of its own that only opening the
// view loads (the page's first load does not carry it); opened, the view draws the China map
// raised (WebGL 2, SwiftShader here) under the app's Content-Security-Policy, with no console
// error and no CSP violation.

/** A string only three.js's renderer carries (its warnings' prefix). */
const THREE_MARK = 'THREE.WebGLRenderer';

/** The files the entry script imports statically, transitively (what the first load fetches). */
function staticClosure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, 'assets', file), 'utf8');
    // static imports only: `import … from "./x.js"` / `import "./x.js"` (not `import("./x.js")`)
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(m[1]);
  };
  visit(entry);
  return [...seen];
}

let browser: Browser;
let a: Opened;

beforeAll(async () => {
  browser = await launchChromium();
  a = await openApp(browser, inject('appUrl') + '?preset=three-governance&seed=1&tick=72&lang=en&lever.reward=3', { locale: 'en' });
});

afterAll(async () => {
  await a?.context.close();
  await browser?.close();
});

describe('the landscape view in the built app', () => {
  it('three.js is a chunk of its own, outside everything the first load fetches', () => {
    const dir = inject('appDir');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const entry = /<script[^>]+src="\.\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeTruthy();
    const first = staticClosure(dir, entry!);
    const withThree = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js') && readFileSync(join(dir, 'assets', f), 'utf8').includes(THREE_MARK));
    expect(withThree.length).toBeGreaterThan(0);
    expect(first.filter((f) => withThree.includes(f))).toEqual([]);
    const bytes = (files: string[]) => files.reduce((sum, f) => sum + statSync(join(dir, 'assets', f)).size, 0);
    console.log(`first load: ${first.length} scripts, ${Math.round(bytes(first) / 1024)} KiB; three.js chunk(s) ${withThree.join(', ')}: ${Math.round(bytes(withThree) / 1024)} KiB`);
  });

  it('opening the view loads three.js, draws the raised map, and no error or CSP violation occurs', async () => {
    const { page } = a;
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()!).filter((n) => n.endsWith('.js')));
    const dir = inject('appDir');
    const threeChunks = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js') && readFileSync(join(dir, 'assets', f), 'utf8').includes(THREE_MARK));
    expect((await scripts()).filter((n) => threeChunks.includes(n))).toEqual([]);

    await page.locator('idl-app nav.tools button.landscape-toggle').click();
    expect(await page.locator('idl-app nav.tools button.landscape-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(
      () => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const el = (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-landscape');
        return !!el?.data && el.frameStats?.count > 0;
      },
      undefined,
      { timeout: 60_000 },
    );
    expect((await scripts()).filter((n) => threeChunks.includes(n)).length).toBeGreaterThan(0);
    // opened, the view (under the map and the charts) is scrolled into sight
    const top = await page.evaluate(() => document.querySelector('idl-app')!.shadowRoot!.querySelector('#landscape')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(100);
    const drawn = await page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const el = (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-landscape');
      const copy = el.snapshot() as HTMLCanvasElement;
      const px = copy.getContext('2d')!.getImageData(0, 0, copy.width, copy.height).data;
      let land = 0;
      for (let p = 0; p < px.length; p += 4) if (px[p] < 250 || px[p + 1] < 250 || px[p + 2] < 250) land++;
      return { land: land / (px.length / 4), width: copy.width };
    });
    expect(drawn.width).toBeGreaterThan(300);
    expect(drawn.land).toBeGreaterThan(0.1);
    const summary = await page.locator('idl-app idl-landscape .summary').textContent();
    expect(summary).toMatch(/^Highest: .+, adopted Jan 2013\. /);

    // the arrows turn the landscape, not the run
    const tick = await page.evaluate(() => (document.querySelector('idl-app') as unknown as { sim: { frame: { tick: number } } }).sim.frame.tick);
    await page.locator('idl-app idl-landscape .surface').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.querySelector('idl-app') as unknown as { sim: { frame: { tick: number } } }).sim.frame.tick)).toBe(tick);
    expect(await page.evaluate(() => (document.querySelector('idl-app') as unknown as { shadowRoot: ShadowRoot }).shadowRoot.querySelector('idl-landscape')!.view.azimuth)).not.toBe(0);

    // the PNG button saves a file
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('idl-app idl-landscape button.png').click()]);
    expect(dl.suggestedFilename()).toMatch(/^idl-three-governance-seed1-2019-01-landscape\.png$/);
    expect(readFileSync((await dl.path())!).subarray(1, 4).toString()).toBe('PNG');

    expect(await cspViolations(page)).toEqual([]);
    expect(a.errors).toEqual([]);
  });

  it('after a comparison, the landscape rises by the probability of adoption in its simulated worlds', async () => {
    const { page } = a;
    await page.locator('idl-app nav.tools button.compare-toggle').click();
    await page.locator('idl-compare-panel button.run').click();
    await page.waitForFunction(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      () => (document.querySelector('idl-app') as any).shadowRoot.querySelector('idl-compare-panel').compare.status === 'done',
      undefined,
      { timeout: 180_000 },
    );
    await page.locator('idl-app idl-landscape select.mode').selectOption('probability');
    const summary = page.locator('idl-app idl-landscape .summary');
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/^Highest: .+, adopted by Jan 2019 in \d+% of 50 simulated worlds\. [\d,]+ of 2,828 units had adopted by then in at least half of them\.$/);
    expect(await page.locator('idl-app idl-landscape .legend li').count()).toBe(11); // ten classes and the grey
    expect(await cspViolations(page)).toEqual([]);
    expect(a.errors).toEqual([]);
  });
});
