/**
 * The tornado chart in Chromium on a hand-built ranking: a bar per lever and end from zero to the
 * median difference, on the side its sign gives, with its 10–90 % whisker; lever names from the
 * parameter table in both languages; the ranking as a table behind a keyboard-reachable disclosure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/compare/idl-tornado-chart.ts';
import type { IdlTornadoChart } from '../../src/ui/compare/idl-tornado-chart.ts';
import type { TornadoResult, TornadoRow } from '../../src/compare/tornado/types.ts';
import { TORNADO_COLORS } from '../../src/ui/compare/drawTornadoChart.ts';
import { LEVER_DEFS } from '../../src/model/params/schema.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';
import { THEMES, contrastRatio, luminance } from '../../src/ui/theme.ts';
import { mount, shadow } from './fixture.ts';

function row(key: string, current: number | boolean, low: number | boolean, high: number | boolean, lowMedian: number, highMedian: number): TornadoRow {
  const label = LEVER_DEFS.find((d) => d.key === key)!.label;
  const b = (m: number) => ({ median: m, p10: m - 0.02, p90: m + 0.02 });
  const swing = highMedian - lowMedian;
  return {
    key, label, current, low, high,
    lowDifference: b(lowMedian), highDifference: b(highMedian), swingDifference: b(swing),
    swing: Math.abs(swing), swingInterval: [swing - 0.01, swing + 0.01], pairs: 20,
  };
}

/** Evaluation lowers the active share at its low end and raises it at the high end; burden reduction does nothing. */
const RESULT: TornadoResult = {
  kpi: 'activeShare',
  better: 'higher',
  innovation: 'fengqiao',
  pairs: 20,
  seeds: [],
  current: { median: 0.64, p10: 0.63, p90: 0.66 },
  rows: [
    row('thirdPartyEval', 0.5, 0, 1, -0.14, 0.04),
    row('acc', 1, 0, 3, 0.04, -0.07),
    row('burdenReduction', 0, 0, 1, 0, 0),
    row('pairing', false, false, true, 0, 0.01),
  ],
};

async function chart(): Promise<IdlTornadoChart> {
  const el = await mount<IdlTornadoChart>('idl-tornado-chart', { result: RESULT });
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}

const centre = (el: Element) => {
  const b = (el as SVGGraphicsElement).getBBox();
  return b.x + b.width / 2;
};

describe('<idl-tornado-chart>', () => {
  afterEach(() => setLocale('en'));

  it('draws a low and a high bar per lever from zero to its median difference, with whiskers, in rank order', async () => {
    setLocale('en');
    const root = shadow(await chart());
    expect(root.querySelectorAll('rect.bar')).toHaveLength(8);
    const zero = root.querySelector('g.zero line')!;
    const x0 = Number(zero.getAttribute('x1'));
    const bar = (key: string, side: 'low' | 'high') => root.querySelector(`rect.bar.${side}.${key}`) as SVGRectElement;
    expect(bar('thirdPartyEval', 'low').getAttribute('fill')).toBe(TORNADO_COLORS.low);
    expect(bar('thirdPartyEval', 'high').getAttribute('fill')).toBe(TORNADO_COLORS.high);
    // low end below the current value: left of zero; high end above: right of it
    expect(centre(bar('thirdPartyEval', 'low'))).toBeLessThan(x0);
    expect(centre(bar('thirdPartyEval', 'high'))).toBeGreaterThan(x0);
    expect(centre(bar('acc', 'high'))).toBeLessThan(x0);
    // −14 pp is the longest bar; a lever that does nothing has none
    expect(Number(bar('thirdPartyEval', 'low').getAttribute('width'))).toBeGreaterThan(3 * Number(bar('thirdPartyEval', 'high').getAttribute('width')));
    expect(Number(bar('burdenReduction', 'high').getAttribute('width'))).toBe(0);
    expect(root.querySelectorAll('path.whisker')).toHaveLength(8);
    const names = [...root.querySelectorAll('g.names text')];
    expect(names.map((n) => n.textContent)).toEqual(['Independent outside evaluation', 'Pressure of assessment and accountability', 'Lightening the grassroots load', 'East–west pairing']);
    // rows go down the chart in rank order
    const ys = names.map((n) => Number(n.getAttribute('y')));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toMatch(/^Levers ranked by their effect on .*: 1\. Independent outside evaluation \(high − low \+18 pp\)/);
    expect(root.querySelector('ul')!.textContent).toMatch(/low end.*high end.*10–90 %/s);
  });

  it('names the levers and labels the chart in Chinese, and gives the ranking as a table behind a disclosure', async () => {
    setLocale('zh-CN');
    const root = shadow(await chart());
    expect([...root.querySelectorAll('g.names text')].map((n) => n.textContent)).toEqual(['第三方评估', '考核问责压力', '基层减负', '东西部协作结对']);
    expect(root.querySelector('h4')!.textContent).toContain('各杠杆调到两端时的变化');
    const summary = root.querySelector('details summary') as HTMLElement;
    expect(summary.textContent).toBe('排序表');
    summary.focus();
    expect(root.activeElement).toBe(summary);
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(['第三方评估', '考核问责压力', '基层减负', '东西部协作结对']);
    expect(rows[0].textContent).toMatch(/−14 个百分点/);
    // a switch's ends in words
    expect(rows[3].textContent).toContain('关 → 开（当前 关）');
    setLocale('en');
    await (root.host as IdlTornadoChart).updateComplete;
    expect(root.querySelector('tbody tr th')!.textContent).toBe('Independent outside evaluation');
  });

  it('tells the ends apart without red against green, in lightness too, visible in both themes', () => {
    for (const theme of Object.values(THEMES)) for (const c of Object.values(TORNADO_COLORS)) expect(contrastRatio(c, theme.bg), c).toBeGreaterThanOrEqual(3);
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [lr, , lb] = rgb(TORNADO_COLORS.low);
    const [hr, hg] = rgb(TORNADO_COLORS.high);
    expect(lb).toBeGreaterThan(lr);
    expect(hr).toBeGreaterThan(hg);
    expect(Math.abs(luminance(TORNADO_COLORS.low) - luminance(TORNADO_COLORS.high))).toBeGreaterThan(0.03);
  });
});
