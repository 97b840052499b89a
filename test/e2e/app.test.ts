import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchChromium } from '../../scripts/browser/launch.ts';
import { STAGE_COLORS } from '../../src/ui/palette.ts';
import { componentText, mapPixels, playUntil, scrubTo, snapshot, ticksPerYear, waitForApp } from '../../scripts/browser/app-page.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../docs/repoFiles.ts';

// The built app (vite build, served under a sub-path with its production CSP), driven like a user
// would in Debian's Chromium: load, play, scrub, switch language — and not one console error.

let browser: Browser;
let page: Page;
let errors: string[];
let perYear = 12;

async function cspViolations(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

beforeAll(async () => {
  browser = await launchChromium();
  // The app opens paused (and reduced motion keeps a clicked-for run from playing), so the test decides when time runs.
  const context = await browser.newContext({ viewport: { width: 1400, height: 950 }, locale: 'zh-CN', reducedMotion: 'reduce' });
  page = await context.newPage();
  errors = collectErrors(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const el = e.composedPath()[0] as Element | undefined;
        const host = (el?.getRootNode?.() as ShadowRoot | undefined)?.host;
        const what = `<${el?.localName ?? '?'}${el?.className ? '.' + String(el.className) : ''}> in <${host?.localName ?? 'document'}>`;
        w.__csp.push(`${e.violatedDirective}: ${e.blockedURI} on ${what}`);
      },
      { capture: true },
    );
  });
  await page.goto(inject('appUrl'));
});

afterAll(async () => {
  await browser?.close();
});

describe('the built app in Chromium', () => {
  it('opens on a preset under a strict Content-Security-Policy and draws the map', async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await waitForApp(page, { status: 'ready', mapInSync: true });
    expect(await page.locator('idl-app h1').textContent()).toContain('创新扩散实验室');
    perYear = await ticksPerYear(page);
    const s = await snapshot(page);
    expect(s.tick).toBe(0);
    expect(s.mapFrames).toBeGreaterThan(0);
  });

  it('plays five simulated years: the map recolours and the KPIs change', async () => {
    const before = await mapPixels(page, STAGE_COLORS);
    const kpisBefore = await componentText(page, 'idl-kpis');
    await playUntil(page, 5 * perYear); // play at 5 years/s, then pause
    const after = await mapPixels(page, STAGE_COLORS);
    expect(after.hash).not.toBe(before.hash);
    // Fewer units are still "not adopted", more are in the adoption stages.
    expect(after.stagePixels[0]).toBeLessThan(before.stagePixels[0]);
    expect(after.stagePixels.slice(1, 5).reduce((a, b) => a + b)).toBeGreaterThan(before.stagePixels.slice(1, 5).reduce((a, b) => a + b));
    expect(await componentText(page, 'idl-kpis')).not.toBe(kpisBefore);
  });

  it('scrubs back to year 2 and forward again to the very same map', async () => {
    const year5 = 5 * perYear;
    const year2 = 2 * perYear;
    await scrubTo(page, year5);
    await waitForApp(page, { tick: year5, mapInSync: true });
    const at5 = await mapPixels(page, STAGE_COLORS);
    await scrubTo(page, year2);
    await waitForApp(page, { tick: year2, mapInSync: true });
    const at2 = await mapPixels(page, STAGE_COLORS);
    expect(at2.stages).not.toEqual(at5.stages);
    expect(at2.hash).not.toBe(at5.hash);
    await scrubTo(page, year5);
    await waitForApp(page, { tick: year5, mapInSync: true });
    const again5 = await mapPixels(page, STAGE_COLORS);
    expect(again5.stages).toEqual(at5.stages);
    expect(again5.hash).toBe(at5.hash);
    await scrubTo(page, year2);
    await waitForApp(page, { tick: year2, mapInSync: true });
    expect((await mapPixels(page, STAGE_COLORS)).hash).toBe(at2.hash);
  });

  it('switches the whole interface between Chinese and English at runtime', async () => {
    await page.getByLabel('语言').selectOption('en');
    await expect.poll(() => page.locator('idl-app h1').textContent()).toContain('Innovation Diffusion Lab');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('idl-transport button.play').textContent()).toContain('Play');
    await expect.poll(() => page.locator('idl-map .legend').textContent()).toContain('not adopted');
    await page.getByLabel('Language').selectOption('zh-CN');
    await expect.poll(() => page.locator('idl-app h1').textContent()).toContain('创新扩散实验室');
    await expect.poll(() => page.locator('idl-map .legend').textContent()).toContain('未采纳');
  });

  it('opening ?preset=grid shows "Model vs record" with grid’s targets from the record, and this run’s figures once reached', async () => {
    await page.goto(inject('appUrl') + '?preset=grid&seed=3&lang=en');
    await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
    const panel = page.locator('idl-milestones');
    await expect.poll(() => panel.locator('li').count()).toBe(4);
    expect(await panel.locator('li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.target))).toEqual([
      'grid-prefectures-2006',
      'grid-ever-2020',
      'grid-terminated-2024',
      'mandate-grid-2017_5',
    ]);
    await panel.locator('summary').click();
    await expect.poll(() => panel.locator('li').first().isVisible()).toBe(true);
    expect(await panel.locator('li .verdict').allTextContents()).toEqual(Array(4).fill('✓meets the target'));
    expect(await panel.locator('li .run').first().textContent()).toContain('known from Jan 2007');
    const end = await page.evaluate(() => (document.querySelector('idl-app') as unknown as { sim: { info: { totalTicks: number } } }).sim.info.totalTicks);
    await scrubTo(page, end);
    await waitForApp(page, { tick: end, mapInSync: true });
    // the run's own figure, as the validation recorded it for seed 3
    const record = JSON.parse(readFileSync(join(REPO_ROOT, 'docs/validation/china-seeds.json'), 'utf8')) as { seeds: number[]; targets: { id: string; values: number[] }[] };
    const prefectures = record.targets.find((x) => x.id === 'grid-prefectures-2006')!.values[record.seeds.indexOf(3)];
    const runLine = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    await expect.poll(async () => runLine(await panel.locator('li .run').first().textContent())).toMatch(new RegExp(`^This run: ${prefectures} [✓✗]`));
    expect((await panel.locator('li .run').allTextContents()).map(runLine)).toEqual(
      Array(4).fill(expect.stringMatching(/^This run: [0-9.]+ (✓meets the target|✗misses the target)$/)),
    );
  });

  it('logged no console error, failed request or CSP violation, under a CSP that is enforced', async () => {
    expect(await cspViolations()).toEqual([]);
    expect(errors).toEqual([]);
    // Positive control: the policy is really enforced — an inline script and an inline style
    // attribute added to the page are refused (and reported), so "no violation" above means something.
    const control = await page.evaluate(() => {
      const w = window as unknown as { __csp: string[]; __inlineRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
      const probe = document.createElement('div');
      probe.setAttribute('style', 'color: rgb(1, 2, 3)');
      document.body.append(probe);
      const styled = getComputedStyle(probe).color === 'rgb(1, 2, 3)';
      probe.remove();
      return { inlineRan: !!w.__inlineRan, styled };
    });
    expect(control).toEqual({ inlineRan: false, styled: false });
    await expect.poll(cspViolations).toEqual([
      expect.stringMatching(/^script-src-elem/),
      expect.stringMatching(/^style-src-attr/),
    ]);
  });
});
