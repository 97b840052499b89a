/**
 * A chart as a standalone SVG file for a briefing: the chart's own SVG (axes, areas, lines, event
 * marks — drawn by D3 with presentation attributes), with the title above and the legend and the
 * provenance line (version, scenario digest, seed) below, all as SVG text, so the file renders the
 * same in a browser, Inkscape or a word processor. Nothing from the page's CSS is needed.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif";
/** Text sizes in the exported file (px at 100 %): body 13, title 16 (as on screen). */
const TITLE_PX = 16;
const TEXT_PX = 13;
const ROW_PX = 20;

export interface ChartSvgText {
  title: string;
  /** provenance: app, version, digest, seed, simulated date */
  footer: string;
  lang: string;
}

/** A legend entry read from the chart's rendered legend: a filled swatch or a (dashed) line. */
interface LegendEntry {
  label: string;
  color: string;
  kind: 'swatch' | 'line';
  dashed: boolean;
}

function legendEntries(root: ShadowRoot): LegendEntry[] {
  return [...root.querySelectorAll('li')].map((li) => {
    const swatch = li.querySelector<HTMLElement>('.swatch');
    const line = li.querySelector<HTMLElement>('.line');
    const style = getComputedStyle((swatch ?? line)!);
    return {
      label: (li.textContent ?? '').trim(),
      color: swatch ? style.backgroundColor : style.borderTopColor,
      kind: swatch ? 'swatch' : 'line',
      dashed: !!line?.classList.contains('dashed'),
    };
  });
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The chart element (`<idl-chart>`) as the text of an SVG file. */
export function chartSvgFile(chart: HTMLElement, text: ChartSvgText): string {
  const root = chart.shadowRoot;
  const source = root?.querySelector('svg');
  if (!root || !source) throw new Error('the chart has not been drawn yet');
  const [, , width, height] = (source.getAttribute('viewBox') ?? '0 0 480 220').split(/\s+/).map(Number);
  const entries = legendEntries(root);
  // Legend rows: entries flow left to right, wrapping at the chart's width (≈ 7 px per character).
  const placed: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = 8;
  let row = 0;
  for (const entry of entries) {
    const w = 30 + entry.label.length * (/[\u3000-\u9fff]/.test(entry.label) ? TEXT_PX : TEXT_PX * 0.55) + 16;
    if (x + w > width && x > 8) {
      row++;
      x = 8;
    }
    placed.push({ entry, x, row });
    x += w;
  }
  const top = TITLE_PX + 14;
  const legendTop = top + height + 6;
  const footerTop = legendTop + (entries.length ? (row + 1) * ROW_PX : 0) + 8;
  const total = footerTop + TEXT_PX + 6;

  const svg = el('svg', {
    xmlns: SVG_NS,
    width,
    height: total,
    viewBox: `0 0 ${width} ${total}`,
    'font-family': FONT,
    'font-size': TEXT_PX,
    color: '#1a1a1a',
    lang: text.lang,
  }) as SVGSVGElement;
  svg.append(el('title', {}, text.title), el('desc', {}, text.footer));
  svg.append(el('rect', { width, height: total, fill: '#ffffff' }));
  svg.append(el('text', { x: 8, y: TITLE_PX + 2, 'font-size': TITLE_PX, 'font-weight': 700, fill: '#1a1a1a' }, text.title));
  const plot = el('g', { transform: `translate(0,${top})` });
  for (const child of source.childNodes) plot.append(child.cloneNode(true));
  svg.append(plot);
  for (const { entry, x: ex, row: r } of placed) {
    const y = legendTop + r * ROW_PX + ROW_PX / 2;
    svg.append(
      entry.kind === 'swatch'
        ? el('rect', { x: ex, y: y - 6, width: 12, height: 12, rx: 2, fill: entry.color })
        : el('line', {
            x1: ex,
            x2: ex + 22,
            y1: y,
            y2: y,
            stroke: entry.color,
            'stroke-width': 3,
            ...(entry.dashed ? { 'stroke-dasharray': '6 4' } : {}),
          }),
      el('text', { x: ex + (entry.kind === 'swatch' ? 18 : 28), y: y + 4.5, fill: '#1a1a1a' }, entry.label),
    );
  }
  svg.append(el('text', { x: 8, y: footerTop + TEXT_PX - 2, 'font-size': 11, fill: '#444444' }, text.footer));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
