import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { openApp, type Opened } from './lab.ts';

// Projector mode on a classroom projector's screen (1920 × 1080 and 1280 × 720 CSS px, device
// pixel ratio 1): the page does not scroll, and what the class looks at — the map with its legend,
// the date, the transport controls and the KPIs — is on the screen; the levers open as a side
// sheet over the page and Escape closes it.

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The document's height and the boxes (CSS px) of what must be on the screen. */
function projectorLayout(page: Page) {
  return page.evaluate(() => {
    const app = document.querySelector('idl-app')!;
    const root = app.shadowRoot!;
    const transport = root.querySelector('idl-transport')!.shadowRoot!;
    const map = root.querySelector('idl-map')!;
    const box = (el: Element | null): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    // lines of text a box's content takes (distinct tops of its line boxes)
    // (a smaller unit span on the same line has its own box: a new line starts below the last one's bottom)
    const lines = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const boxes = [...range.getClientRects()].sort((a, b) => a.top - b.top);
      let n = 0;
      let bottom = -Infinity;
      for (const b of boxes) {
        if (b.top >= bottom - 1) n++;
        bottom = Math.max(bottom, b.bottom);
      }
      return n;
    };
    const kpis = root.querySelector('idl-kpis')!.shadowRoot!;
    return {
      /** each KPI's value and the lines it takes */
      kpiValues: [...kpis.querySelectorAll('dd')].map((dd) => ({ text: dd.textContent!.trim(), lines: lines(dd) })),
      /** the tools bar's rows of buttons (distinct tops) */
      toolRows: new Set([...root.querySelectorAll('nav.tools button')].map((b) => Math.round(b.getBoundingClientRect().top))).size,
      /** the tools bar's buttons all in sight, none scrolled off its end */
      toolsFit: root.querySelector('nav.tools')!.scrollWidth <= root.querySelector('nav.tools')!.clientWidth,
      scrollHeight: document.scrollingElement!.scrollHeight,
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth,
      innerHeight,
      boxes: {
        map: box(map),
        legend: box(map.shadowRoot!.querySelector('.legend')),
        date: box(transport.querySelector('.time')),
        play: box(transport.querySelector('button.play')),
        slider: box(transport.querySelector('input[type=range]')),
        kpis: box(root.querySelector('idl-kpis')),
        leversButton: box(root.querySelector('.levers-toggle')),
      },
    };
  });
}

describe('projector mode on a projector screen', () => {
  for (const [width, height, locale] of [
    [1920, 1080, 'zh-CN'],
    [1280, 720, 'zh-CN'],
    [1280, 720, 'en'],
  ] as const) {
    it(`${width} × ${height}, ${locale}: no scrolling; map, legend, date, controls and KPIs on the screen`, async () => {
      let o: Opened | null = null;
      try {
        o = await openApp(browser, `${inject('appUrl')}?preset=fengqiao&lang=${locale}&projector=1&tick=48`, { locale, viewport: { width, height } });
        const l = await projectorLayout(o.page);
        expect(l.scrollHeight).toBeLessThanOrEqual(l.innerHeight);
        expect(l.scrollWidth).toBeLessThanOrEqual(l.innerWidth);
        for (const [name, b] of Object.entries(l.boxes)) {
          expect(b, name).not.toBeNull();
          expect({ name, left: b!.left >= 0, top: b!.top >= 0, right: b!.right <= l.innerWidth, bottom: b!.bottom <= l.innerHeight }).toEqual({ name, left: true, top: true, right: true, bottom: true });
        }
        // the map is the page's main thing, not a strip left over below the bars
        const map = l.boxes.map!;
        expect(map.bottom - map.top).toBeGreaterThan(0.4 * height);
        expect(map.right - map.left).toBeGreaterThan(0.5 * width);
        // the tools bar stays one row (a second row would push the map down)
        expect(l.toolRows).toBe(1);
        expect(l.toolsFit).toBe(true);
        // each KPI's value on one line in the narrow KPI column: the gap reads in a compact unit
        expect(l.kpiValues.at(-1)!.text).toMatch(locale === 'en' ? /^\d+(\.\d)? pp$/ : /^\d+(\.\d)? 百分点$/);
        expect(l.kpiValues.filter((v) => v.lines !== 1)).toEqual([]);
        expect(o.errors).toEqual([]);
      } finally {
        await o?.context.close();
      }
    });
  }

  it('1280 × 720 with the table view open: the page scrolls to the table below the map, which keeps its size; closed, no scrolling again', async () => {
    let o: Opened | null = null;
    try {
      o = await openApp(browser, `${inject('appUrl')}?preset=fengqiao&lang=zh-CN&projector=1`, { viewport: { width: 1280, height: 720 } });
      const page = o.page;
      const before = await projectorLayout(page);
      await page.locator('idl-app nav.tools button.table-toggle').click();
      await page.locator('idl-map-table tbody tr').first().waitFor();
      const withTable = await page.evaluate(() => {
        const root = document.querySelector('idl-app')!.shadowRoot!;
        return {
          scrollHeight: document.scrollingElement!.scrollHeight,
          tableTop: root.querySelector('#map-table')!.getBoundingClientRect().top,
          mainBottom: root.querySelector('main')!.getBoundingClientRect().bottom,
          mapHeight: root.querySelector('idl-map')!.getBoundingClientRect().height,
        };
      });
      expect(withTable.scrollHeight).toBeGreaterThan(720);
      expect(withTable.tableTop).toBeGreaterThanOrEqual(withTable.mainBottom);
      const mapBefore = before.boxes.map!.bottom - before.boxes.map!.top;
      expect(withTable.mapHeight).toBeGreaterThan(0.9 * mapBefore);
      await page.locator('idl-app nav.tools button.table-toggle').click();
      await expect.poll(() => page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(720);
      expect(o.errors).toEqual([]);
    } finally {
      await o?.context.close();
    }
  });

  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    it(`${width} × ${height}: the levers open as a side sheet over the page, the map in sight beside it; Escape closes it and gives the focus back`, async () => {
      let o: Opened | null = null;
      try {
        o = await openApp(browser, `${inject('appUrl')}?preset=fengqiao&lang=zh-CN&projector=1`, { viewport: { width, height } });
        const page = o.page;
        const before = await projectorLayout(page);
        await page.locator('idl-app .levers-toggle').click();
        const sheet = page.locator('idl-app dialog.levers-drawer');
        await sheet.locator('idl-levers input[type=range]').first().waitFor();
        const open = await page.evaluate(() => {
          const root = document.querySelector('idl-app')!.shadowRoot!;
          const dialog = root.querySelector<HTMLDialogElement>('dialog.levers-drawer')!;
          const r = dialog.getBoundingClientRect();
          return {
            modal: dialog.matches(':modal'),
            box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
            expanded: root.querySelector('.levers-toggle')!.getAttribute('aria-expanded'),
            focusInside: dialog.contains(root.activeElement),
          // what a pointer at the sheet's middle meets: the sheet, above the page
          onTop: dialog.contains(root.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2)),
            scrollHeight: document.scrollingElement!.scrollHeight,
          };
        });
        expect(open.modal).toBe(true);
        expect(open.expanded).toBe('true');
        expect(open.focusInside).toBe(true);
        // over the page from the right edge, the whole height; most of the map stays in sight beside
        // it (levers moved, the map redrawn); the page under it does not move or grow
        const map = before.boxes.map!;
        expect(open.onTop).toBe(true);
        expect(open.box.right).toBeCloseTo(width, 0);
        expect(open.box.top).toBeLessThanOrEqual(0);
        expect(open.box.bottom).toBeGreaterThanOrEqual(height);
        expect(open.box.left - map.left).toBeGreaterThan(0.5 * (map.right - map.left));
        expect(open.scrollHeight).toBeLessThanOrEqual(height);
        expect((await projectorLayout(page)).boxes.map).toEqual(map);
        await page.keyboard.press('Escape');
        const closed = () =>
          page.evaluate(() => {
            const root = document.querySelector('idl-app')!.shadowRoot!;
            return {
              open: root.querySelector<HTMLDialogElement>('dialog.levers-drawer')!.open,
              focus: root.activeElement?.className ?? '',
              expanded: root.querySelector('.levers-toggle')!.getAttribute('aria-expanded'),
            };
          });
        await expect.poll(closed).toEqual({ open: false, focus: 'levers-toggle', expanded: 'false' });
        expect(o.errors).toEqual([]);
      } finally {
        await o?.context.close();
      }
    });
  }
});
