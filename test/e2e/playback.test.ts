import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchChromium } from '../../scripts/browser/launch.ts';
import { snapshot, waitForApp } from '../../scripts/browser/app-page.ts';

// The built app as a teacher meets it, in a browser that does NOT ask for reduced motion: it opens
// paused with Play focused, Space plays after a click on "Projector mode", and the scenario's
// milestones read as a labelled timeline and, with "pause at each milestone", stop the run with a
// caption — in both languages, without a console error or a CSP violation.

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The app in a fresh context (motion allowed), CSP violations recorded. */
async function open(search: string, locale: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 950 }, locale });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`), { capture: true });
  });
  await page.goto(inject('appUrl') + search);
  await waitForApp(page, { status: 'ready', mapInSync: true }, 60_000);
  return { page, errors };
}

/** The focused element's class and text, through shadow roots. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return `${a?.className ?? ''}: ${(a?.textContent ?? '').trim()}`;
  });
}

const caption = (page: Page) => page.locator('idl-app .milestone-caption');

describe('playing the built app in class', () => {
  for (const [locale, words] of [
    ['en', { play: 'Play', projector: 'Projector mode', pauseAt: 'Pause at each milestone', group: /^[3-9] events, 1963 to 196[4-9]$/, caption: /^1963: written instruction .* — nationwide$/ }],
    ['zh-CN', { play: '播放', projector: '投影模式', pauseAt: '在每个节点暂停', group: /^[3-9] 个事件，1963年至196[4-9]年$/, caption: /^1963 年：批示要各地仿效.*——全国$/ }],
  ] as const) {
    it(`${locale}: opens paused with Play focused; Space after "${words.projector}" plays and keeps projector mode; pause at each milestone stops with a caption`, async () => {
      const { page, errors } = await open(`?preset=fengqiao&lang=${locale}`, locale);
      // paused at the start, however long one looks; Play has the focus
      await page.waitForTimeout(500);
      expect(await snapshot(page)).toMatchObject({ playing: false, tick: 0 });
      expect(await focused(page)).toBe(`play: ${words.play}`);

      const projector = page.locator('idl-app button.projector-toggle');
      expect((await projector.textContent())!.trim()).toBe(words.projector);
      await projector.click();
      await page.keyboard.press('Space');
      await waitForApp(page, { playing: true });
      expect(await projector.getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
      await page.keyboard.press('Space');
      await waitForApp(page, { playing: false, mapInSync: true });
      expect(await projector.getAttribute('aria-pressed')).toBe('true');

      // the milestones under the scrubber: the events of 1963–66 share one marker that opens a list
      const marks = page.locator('idl-transport idl-event-marks button.mark');
      await expect.poll(() => marks.count()).toBeGreaterThan(1);
      expect(await marks.first().getAttribute('aria-label')).toMatch(words.group);
      await marks.first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('idl-event-marks .list button').count()).toBeGreaterThanOrEqual(3);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('idl-event-marks .list').count()).toBe(0);

      // back to the start; pause at each milestone; play stops on the first event's month with a caption
      await page.locator('idl-transport button.reset').click();
      await waitForApp(page, { tick: 0, mapInSync: true });
      await page.getByText(words.pauseAt).click();
      await page.locator('idl-transport select').selectOption('5');
      const first = await page.evaluate(() => (document.querySelector('idl-app') as unknown as { sim: { info: { events: { tick: number }[] } } }).sim.info.events[0].tick);
      await page.locator('idl-transport button.play').click();
      await waitForApp(page, { playing: false, tick: first, mapInSync: true });
      await expect.poll(async () => ((await caption(page).textContent()) ?? '').trim()).toMatch(words.caption);
      expect(await caption(page).isVisible()).toBe(true);
      expect(new URL(page.url()).searchParams.get('pauseAtMilestones')).toBe('1');

      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('a link with play=1 opens playing', async () => {
    const { page, errors } = await open('?preset=grid&lang=en&play=1', 'en');
    await waitForApp(page, { playing: true, tickAtLeast: 2 });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
