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
 * ancestors (semi-transparent backgrounds blended down to the first opaque one). Disabled controls
 * (exempt in WCAG 1.4.3), `<option>`s (drawn by the OS) and visually hidden text are skipped. Text
 * drawn over the map canvas is measured against the page background behind the map.
 */
export function contrastAudit(page: Page): Promise<ContrastSample[]> {
  return page.evaluate(() => {
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
    const check = (el: Element) => {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
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
        where: `${host} ${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`,
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
  });
}
