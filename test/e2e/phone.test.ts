import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { openApp, type Opened } from './lab.ts';

// The app on a 390 × 844 phone (CSS px), in both languages and both themes: the page does not
// scroll sideways, and the map's legend stays clear of the map notice beneath it.

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** What overflows the viewport sideways, and the legend's and the notice's boxes (CSS px). */
function phoneLayout(page: Page) {
  return page.evaluate(() => {
    const app = document.querySelector('idl-app')!;
    const map = app.shadowRoot!.querySelector('idl-map, idl-cell-grid')!;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const wide: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.getBoundingClientRect().right > innerWidth + 0.5 && el.checkVisibility()) {
          wide.push(`${(el.getRootNode() as ShadowRoot).host?.localName ?? 'document'} ${el.localName}.${el.getAttribute('class') ?? ''}`);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return {
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth,
      wide,
      legend: box(map.shadowRoot!.querySelector('.legend')!),
      notice: box(app.shadowRoot!.querySelector('.notice')!),
      map: box(map),
    };
  });
}

describe('on a 390-px phone', () => {
  for (const [locale, projector, preset] of [
    ['zh-CN', false, 'fengqiao'],
    ['en', false, 'fengqiao'],
    ['zh-CN', true, 'fengqiao'],
    ['en', true, 'fengqiao'],
    ['en', true, 'bass'], // an abstract world's squares instead of the map
  ] as const) {
    it(`${preset}, ${locale}${projector ? ', projector mode' : ''}: no sideways scrolling; the legend does not overlap the map notice`, async () => {
      let o: Opened | null = null;
      try {
        const query = `?preset=${preset}&lang=${locale}${projector ? '&projector=1' : ''}`;
        o = await openApp(browser, `${inject('appUrl')}${query}`, { locale, viewport: { width: 390, height: 844 } });
        const l = await phoneLayout(o.page);
        expect(l.wide).toEqual([]);
        expect(l.scrollWidth).toBeLessThanOrEqual(l.innerWidth);
        // the legend lies inside the map's box, and the notice below it
        expect(l.legend.bottom).toBeLessThanOrEqual(l.map.bottom + 0.5);
        expect(l.legend.bottom).toBeLessThanOrEqual(l.notice.top + 0.5);
        expect(o.errors).toEqual([]);
      } finally {
        await o?.context.close();
      }
    });
  }

  it('with the levers, the table and the sweep panel open: no sideways scrolling', async () => {
    let o: Opened | null = null;
    try {
      o = await openApp(browser, `${inject('appUrl')}?lang=zh-CN`, { locale: 'zh-CN', viewport: { width: 390, height: 844 } });
      for (const toggle of ['header button.levers-toggle', 'nav.tools button.table-toggle', 'nav.tools button.sweep-toggle']) await o.page.locator(`idl-app ${toggle}`).click();
      await o.page.locator('idl-sweep-form fieldset').first().waitFor();
      await o.page.locator('idl-map-table tbody tr').first().waitFor();
      const l = await phoneLayout(o.page);
      // (the table scrolls inside its own box)
      expect(l.wide.filter((w) => !w.startsWith('idl-map-table '))).toEqual([]);
      expect(l.scrollWidth).toBeLessThanOrEqual(l.innerWidth);
      expect(o.errors).toEqual([]);
    } finally {
      await o?.context.close();
    }
  });
});
