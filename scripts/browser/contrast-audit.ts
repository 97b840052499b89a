import type { Page } from 'playwright-core';

/** One piece of text whose colour contrast was measured. */
export interface ContrastSample {
  text: string;
  where: string;
  color: string;
  background: string;
  ratio: number;
  /** WCAG AA minimum for it: 3 for large text (≥ 24 px, or ≥ 18.66 px bold), else 4.5 */
  required: number;
}

/**
 * Measures the WCAG contrast of every visible piece of text of the running app, through all shadow
 * roots: the text's computed colour (SVG text: its fill) against the composited background of its
 * ancestors (semi-transparent backgrounds blended down to the first opaque one). A select's text is
 * its chosen option and a text field's its value, in the control's own colours. Disabled controls
 * (exempt in WCAG 1.4.3), `<option>`s (drawn by the OS) and visually hidden text are skipped. Text
 * drawn over the map canvas is measured against the page background behind the map.
 * `within` (a selector) limits the audit to the matching elements and what they contain; `state`
 * is written into each sample's `where` (e.g. "hover").
 */
export function contrastAudit(page: Page, within: string | null = null, state = ''): Promise<ContrastSample[]> {
  return page.evaluate(({ within, state }) => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA | null => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const lum = ([r, g, b]: RGBA) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const blend = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3];
      return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
    };
    const parentOf = (el: Element): Element | null =>
      el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    const background = (el: Element): RGBA => {
      const layers: RGBA[] = [];
      for (let e: Element | null = el; e; e = parentOf(e)) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) {
          layers.push(c);
          if (c[3] >= 1) break;
        }
      }
      let out: RGBA = [255, 255, 255, 1];
      for (let i = layers.length - 1; i >= 0; i--) out = blend(layers[i], out);
      return out;
    };
    const samples: {
      text: string; where: string; color: string; background: string; ratio: number; required: number;
    }[] = [];
    const textOf = (el: Element): string => {
      if (el instanceof HTMLSelectElement) return el.selectedOptions[0]?.text.trim() ?? '';
      if (el instanceof HTMLInputElement) return /^(text|number|search|url|email)$/.test(el.type) ? el.value.trim() : '';
      return [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
    };
    const inScope = (el: Element): boolean => {
      if (!within) return true;
      for (let e: Element | null = el; e; e = e.parentElement) if (e.matches(within)) return true;
      return false;
    };
    const check = (el: Element) => {
      if (!inScope(el)) return;
      const own = textOf(el);
      if (!own) return;
      if (el.closest('option, .visually-hidden, :disabled') || el.closest('[aria-hidden="true"]')) return;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) return;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) return;
      const svgText = el instanceof SVGElement;
      const fg = parse(svgText ? style.fill : style.color);
      if (!fg) return;
      const bg = background(el);
      const color = fg[3] < 1 ? blend(fg, bg) : fg;
      const [hi, lo] = [lum(color), lum(bg)].sort((x, y) => y - x);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'document';
      samples.push({
        text: own.slice(0, 40),
        where: `${host} ${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}${state ? ` (${state})` : ''}`,
        color: `rgb(${color.slice(0, 3).map(Math.round).join(',')})`,
        background: `rgb(${bg.slice(0, 3).map(Math.round).join(',')})`,
        ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
        required: size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5,
      });
    };
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        check(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return samples;
  }, { within, state });
}

/** The controls a user can act on now, as the states audit visits them. */
const CONTROLS = 'button, select, summary, input:not([type=hidden]), textarea, a[href]';

/**
 * The contrast of every enabled, visible control's text in each state a user puts it in: as it is
 * (pressed toggles pressed), hovered by the pointer, and focused from the keyboard. When a modal
 * dialog is open, only its controls (the page behind it cannot be hovered). Each control is marked
 * with a temporary `data-contrast-audit` attribute, hovered and focused by Playwright, measured with
 * contrastAudit, and unmarked; the pointer is parked in the page's top-left corner afterwards.
 */
export async function controlStateAudit(page: Page): Promise<ContrastSample[]> {
  const count = await page.evaluate((controls) => {
    const found: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(controls)) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const modal = found.some((el) => el.closest('dialog[open]'));
    const usable = found.filter((el) => {
      const h = el as HTMLElement;
      if (h.matches(':disabled') || h.closest('dialog:not([open])') || (modal && !h.closest('dialog[open]'))) return false;
      const r = h.getBoundingClientRect();
      // checkVisibility: false inside a closed <details> too (its content is skipped, not sized 0)
      return r.width > 1 && r.height > 1 && h.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    });
    usable.forEach((el, i) => el.setAttribute('data-contrast-audit', String(i)));
    return usable.length;
  }, CONTROLS);
  const samples: ContrastSample[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const selector = `[data-contrast-audit="${i}"]`;
      const control = page.locator(selector);
      await control.scrollIntoViewIfNeeded();
      samples.push(...(await contrastAudit(page, selector, 'normal')));
      await control.hover({ force: true });
      samples.push(...(await contrastAudit(page, selector, 'hover')));
      await page.mouse.move(0, 0);
      await control.focus();
      samples.push(...(await contrastAudit(page, selector, 'focus')));
      await control.blur();
    }
  } finally {
    await page.mouse.move(0, 0);
    await page.evaluate(() => {
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          el.removeAttribute('data-contrast-audit');
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
    });
  }
  return samples;
}
