import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { contrastAudit } from '../../scripts/browser/contrast-audit.ts';
import { cspViolations, openApp, search, tool } from './lab.ts';
import { waitForApp } from '../../scripts/browser/app-page.ts';

// The guided lesson in the built app (served under a sub-path with its production CSP): a student
// walks the five chapters of diffusion-basics, predict → run → explain, in English and in Chinese —
// the curve drawn by keyboard, a year typed, a province chosen — and reads the computed feedback; the
// chapter and the prediction travel in the link. No console error.

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** What each language's feedback starts with, per predict kind. */
const FEEDBACK = {
  en: { curve: /^Your curve (was within 10 points of the run|stayed inside the 10–90 % band of the \d+ runs) in \d+ of \d+ years you marked\. Largest gap: /, year: /^You said \d{4}; in (this run half|the median run half|most of the \d+ runs half)/, where: /^You picked .+: (it was reached number \d+ of \d+ provinces|this run never reached it)/ },
  'zh-CN': { curve: /^在你标出的 \d+ 个年份中，有 \d+ 个年份你的曲线/, year: /^你预测 \d{4}年；/, where: /^你选择了.+：/ },
} as const;

/** Makes the chapter's prediction the way a student would: keys on the chart, a typed year, a chosen province. */
async function predict(page: Page): Promise<'curve' | 'year' | 'where'> {
  const player = page.locator('idl-lesson-player');
  await player.locator('button.lock-in').waitFor();
  if (await player.locator('idl-lesson-chart svg[role="slider"]').count()) {
    await player.locator('idl-lesson-chart svg').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press(i < 3 ? 'PageUp' : 'ArrowUp');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    return 'curve';
  }
  if (await player.locator('input.year').count()) {
    const min = Number(await player.locator('input.year').getAttribute('min'));
    await player.locator('input.year').fill(String(min + 5));
    return 'year';
  }
  await player.locator('select.where').selectOption({ index: 3 });
  return 'where';
}

async function walkLesson(lang: 'en' | 'zh-CN') {
  const o = await openApp(browser, `${inject('appUrl')}?lesson=diffusion-basics&chapter=1&lang=${lang}`, { locale: lang });
  const page = o.page;
  const player = page.locator('idl-lesson-player');
  try {
    for (let n = 1; n <= 5; n++) {
      await expect.poll(() => player.locator('h3').first().textContent()).toContain(lang === 'en' ? `Chapter ${n} of 5` : `第 ${n} 章（共 5 章）`);
      const kind = await predict(page);
      await expect.poll(() => search(page)).toMatch(new RegExp(`lesson=diffusion-basics&chapter=${n}&guess=${kind[0]}`));
      await player.locator('button.lock-in').click();
      await player.locator('button.explain:not([disabled])').waitFor({ timeout: 30_000 });
      await player.locator('button.explain').click();
      const feedback = (await player.locator('p.feedback').textContent())!;
      expect(feedback, `chapter ${n}`).toMatch(FEEDBACK[lang][kind]);
      if (kind === 'where') expect(await player.locator('.reached li').count()).toBeGreaterThan(3);
      expect(await player.locator('.theory p').textContent()).toMatch(lang === 'en' ? /\((19|20)\d\d\)/ : /（(19|20)\d\d）/);
      if (n < 5) await player.locator('button.next-chapter').click();
    }
    // the last chapter's ensemble is drawn as a fan on no chart (a year step): its feedback names the runs
    expect(await player.locator('p.feedback').textContent()).toMatch(lang === 'en' ? /of the 20 runs|most of the 20 runs/ : /20 次运行/);
    expect(o.errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  } finally {
    await o.context.close();
  }
}

/** The scripts the page has fetched (file names). */
const fetchedScripts = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()!).filter((n) => n.endsWith('.js')));

describe('the guided lesson in the built app', () => {
  it('the player is loaded only when a link opens a lesson', async () => {
    const dir = inject('appDir');
    const player = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js') && readFileSync(join(dir, 'assets', f), 'utf8').includes('idl-lesson-chart'));
    expect(player.length).toBeGreaterThan(0);
    const plain = await openApp(browser, `${inject('appUrl')}?lang=en`, { locale: 'en' });
    try {
      expect((await fetchedScripts(plain.page)).filter((f) => player.includes(f))).toEqual([]);
    } finally {
      await plain.context.close();
    }
    const lesson = await openApp(browser, `${inject('appUrl')}?lesson=diffusion-basics&lang=en`, { locale: 'en' });
    try {
      await lesson.page.locator('idl-lesson-player button.lock-in').waitFor();
      expect((await fetchedScripts(lesson.page)).filter((f) => player.includes(f)).length).toBeGreaterThan(0);
    } finally {
      await lesson.context.close();
    }
  });

  it('walks all five chapters, predict → run → explain, in English, with no console error', () => walkLesson('en'));

  it('walks all five chapters in Chinese', () => walkLesson('zh-CN'));

  it('a link reopens the chapter with the student’s prediction; the run explained is the one the map plays; open levers only', async () => {
    const o = await openApp(browser, `${inject('appUrl')}?lesson=diffusion-basics&chapter=4&guess=y2016&lang=en`, { locale: 'en' });
    const page = o.page;
    const player = page.locator('idl-lesson-player');
    try {
      await expect.poll(() => player.locator('input.year').inputValue()).toBe('2016');
      expect(await player.locator('button.lock-in').isDisabled()).toBe(false);
      // chapter 4 leaves the funds, training, load and reward levers open, and sets funds and training to 0.2
      const levers = page.locator('idl-levers');
      expect(await levers.locator('#p-transfer').isDisabled()).toBe(false);
      expect(await levers.locator('#p-media').isDisabled()).toBe(true);
      expect(await levers.locator('#seed').isDisabled()).toBe(true);
      expect(await levers.locator('#p-transfer').inputValue()).toBe('0.2');
      // the share dialog's link (and its QR code) carries the lesson, chapter and prediction
      await player.locator('button.share').click();
      expect(await page.locator('idl-share-dialog input#share-link').inputValue()).toMatch(/lesson=diffusion-basics&chapter=4&guess=y2016/);
      expect(await page.locator('idl-share-dialog .qr svg path').getAttribute('d')).toMatch(/^M/);
      await page.locator('idl-share-dialog button.close').click();
      // a student moves an open lever (funds back to 0): the map's run restarts with it, and so do the lesson's runs
      await levers.locator('#p-transfer').evaluate((input: HTMLInputElement) => {
        input.value = '0';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await expect.poll(() => page.evaluate(() => (document.querySelector('idl-app') as unknown as { sim: { info: { levers: { transfer: number } } } }).sim.info.levers.transfer)).toBe(0);
      await waitForApp(page, { status: 'ready' });
      await player.locator('button.lock-in').click();
      await player.locator('button.explain:not([disabled])').waitFor({ timeout: 30_000 });
      // the map's run, played to its end, is the run the explanation measured
      const [map, explained] = await page.evaluate(async () => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const app = document.querySelector('idl-app') as any;
        app.sim.pause();
        await app.sim.seek(app.sim.info.totalTicks);
        const ever: number[] = [];
        for (let y = 0; y <= 20; y++) ever.push(app.sim.rows[Math.round(y * 12)].everAdopted / app.sim.info.n);
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const outcome = (app.shadowRoot.querySelector('idl-lesson-player') as any).outcome;
        return [ever, Array.from(outcome.runs[0].ever as number[])];
      });
      expect(map).toEqual(explained);
      await player.locator('button.explain').click();
      expect(await player.locator('p.feedback').textContent()).toMatch(/^You said 2016; in this run half had adopted by 20\d\d \(/);
      expect(o.errors).toEqual([]);
    } finally {
      await o.context.close();
    }
  });

  it('a where step takes the province of the locality clicked on the map, not the origin’s', async () => {
    const o = await openApp(browser, `${inject('appUrl')}?lesson=diffusion-basics&chapter=2&lang=zh-CN`, { locale: 'zh-CN' });
    const page = o.page;
    const player = page.locator('idl-lesson-player');
    try {
      await player.locator('select.where').waitFor();
      // the map's click on a locality announces it (idl-map-select); here a county of Jiangsu (32), then Tongxiang, the origin (33)
      const click = (prefix: string) =>
        page.evaluate((p) => {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          const app = document.querySelector('idl-app') as any;
          const index = (app.sim.info.codes as string[]).findIndex((c) => c.startsWith(p));
          app.shadowRoot.querySelector('idl-map').dispatchEvent(new CustomEvent('idl-map-select', { detail: { index }, bubbles: true, composed: true }));
        }, prefix);
      await click('32');
      await expect.poll(() => player.locator('select.where option:checked').textContent()).toBe('江苏省');
      await click('330483');
      expect(await player.locator('select.where option:checked').textContent()).toBe('江苏省');
      await expect.poll(() => search(page)).toMatch(/chapter=2&guess=w32/);
      expect(o.errors).toEqual([]);
    } finally {
      await o.context.close();
    }
  });

  it('every text of the lesson panel and its chart meets WCAG AA, in the standard and the projector theme', async () => {
    const o = await openApp(browser, `${inject('appUrl')}?lesson=diffusion-basics&chapter=1&lang=en`, { locale: 'en' });
    const page = o.page;
    const player = page.locator('idl-lesson-player');
    try {
      await predict(page);
      await player.locator('button.lock-in').click();
      await player.locator('button.explain:not([disabled])').waitFor({ timeout: 30_000 });
      await player.locator('button.explain').click();
      await player.locator('p.feedback').waitFor();
      for (const theme of ['standard', 'projector'] as const) {
        if (theme === 'projector') await tool(page, 'projector-toggle');
        const samples = (await contrastAudit(page)).filter((s) => s.where.includes('idl-lesson'));
        // the chapter nav, steps, feedback, theory, buttons, the chart's axes and legend
        expect(samples.length, theme).toBeGreaterThan(20);
        expect(samples.filter((s) => s.ratio < s.required).map((s) => `${theme} ${s.where}: ${s.text} ${s.ratio} (${s.required})`)).toEqual([]);
      }
    } finally {
      await o.context.close();
    }
  });

  it('on a phone the lesson panel fits the screen’s width, in both languages', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const o = await openApp(browser, `${inject('appUrl')}?lesson=diffusion-basics&chapter=1&lang=${lang}`, { locale: lang, viewport: { width: 390, height: 844 } });
      try {
        await o.page.locator('idl-lesson-player idl-lesson-chart svg').waitFor();
        const [scroll, inner] = await o.page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
        expect(scroll, lang).toBeLessThanOrEqual(inner);
      } finally {
        await o.context.close();
      }
    }
  });
});
