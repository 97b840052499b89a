import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { waitForApp } from '../../scripts/browser/app-page.ts';
import { contrastAudit } from '../../scripts/browser/contrast-audit.ts';
import { cspViolations, openApp, runState, tool, type Opened } from './lab.ts';

// Compare mode in the built app (served under a sub-path with its production CSP): the user moves a
// lever of 枫桥经验, opens "Compare with baseline", runs a short comparison in the compare workers,
// reads the KPI table and the difference chart, switches language — with no console error.

let browser: Browser;
let o: Opened;

beforeAll(async () => {
  browser = await launchChromium();
  o = await openApp(browser, inject('appUrl') + '?preset=fengqiao&lang=en', { locale: 'en' });
});

afterAll(async () => {
  await browser?.close();
});

describe('compare mode of the built app', () => {
  it('compares a lever change with the baseline in workers, shows the table and the difference chart in both languages', async () => {
    const page = o.page;
    // the user moves the reward lever to 3 (the slider commits on change)
    await page.locator('idl-levers #p-reward').evaluate((input: HTMLInputElement) => {
      input.value = '3';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => runState(page).then((r) => r.levers.reward)).toBe(3);
    await waitForApp(page, { status: 'ready', mapInSync: true });

    await page.locator('idl-app nav.tools button.compare-toggle').click();
    const panel = page.locator('idl-compare-panel');
    await expect.poll(() => panel.locator('.scenario-is').textContent()).toMatch(/→ 3/);
    // a short horizon: 50 pairs of 3-year runs
    await panel.locator('input.years').fill('3');
    await panel.locator('input.years').press('Tab');
    await panel.locator('button.run').click();
    await expect.poll(() => panel.locator('.status').textContent(), { timeout: 120_000 }).toMatch(/50 pairs \(100 runs\) done in/);

    const verdict = await panel.locator('idl-compare-kpis tr[data-kpi="everShare"] td.verdict').textContent();
    expect(verdict).toMatch(/^better in \d+ of 50 simulated worlds/);
    expect(await panel.locator('idl-compare-kpis tr[data-kpi="everShare"] th').textContent()).toContain('higher is better');
    const difference = panel.locator('idl-compare-chart.difference');
    expect(await difference.locator('path.median.difference').getAttribute('d')).toMatch(/^M/);
    expect(await difference.locator('path.band.difference').getAttribute('d')).toMatch(/^M/);
    expect(await difference.locator('g.zero line').count()).toBe(1);
    expect(await difference.locator('ul').textContent()).toContain('pointwise 10–90 % band');
    expect(await panel.locator('idl-compare-maps idl-map').count()).toBe(3);

    await page.locator('idl-app header select.language').selectOption('zh-CN');
    await expect.poll(() => panel.locator('idl-compare-kpis tr[data-kpi="everShare"] td.verdict').textContent()).toMatch(/^在 50 个模拟世界中有 \d+ 个更好/);
    expect(await difference.locator('ul').textContent()).toContain('逐年 10–90 % 区间');
    expect(await panel.locator('h2').textContent()).toBe('与基准比较');

    expect(await cspViolations(page)).toEqual([]);
    expect(o.errors).toEqual([]);
  });

  it('on a 390-px phone the panel with its results fits the width (its table scrolls in its own box)', async () => {
    const phone = await openApp(browser, inject('appUrl') + '?preset=fengqiao&lang=zh-CN&lever.reward=3', { locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    try {
      const panel = phone.page.locator('idl-compare-panel');
      await phone.page.locator('idl-app nav.tools button.compare-toggle').click();
      await panel.locator('input.years').fill('3');
      await panel.locator('input.years').press('Tab');
      await panel.locator('button.run').click();
      await expect.poll(() => panel.locator('idl-compare-maps idl-map').count(), { timeout: 120_000 }).toBe(3);
      const layout = await phone.page.evaluate(() => {
        const wide: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.getBoundingClientRect().right > innerWidth + 0.5 && el.checkVisibility()) {
              wide.push(`${(el.getRootNode() as ShadowRoot).host?.localName ?? 'document'} ${el.localName}`);
            }
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return { wide, scrollWidth: document.scrollingElement!.scrollWidth, innerWidth };
      });
      expect(layout.wide.filter((w) => !w.startsWith('idl-compare-kpis '))).toEqual([]);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });

  for (const theme of ['standard', 'projector'] as const) {
    it(`${theme}: every text of the panel with its results meets WCAG AA`, async () => {
      const page = o.page;
      const isProjector = () => page.evaluate(() => document.querySelector('idl-app')!.hasAttribute('projector'));
      if ((await isProjector()) !== (theme === 'projector')) await tool(page, 'projector-toggle');
      await expect.poll(isProjector).toBe(theme === 'projector');
      const samples = (await contrastAudit(page)).filter((s) => s.where.includes('idl-compare'));
      // the table's cells, the charts' axes and legends, the maps' legends
      expect(samples.length).toBeGreaterThan(80);
      expect(samples.filter((s) => s.ratio < s.required).map((s) => `${s.where}: ${s.text} ${s.ratio} (${s.required})`)).toEqual([]);
    });
  }
});
