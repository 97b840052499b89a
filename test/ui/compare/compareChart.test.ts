/**
 * Compare mode's charts in Chromium on a hand-built comparison: both arms' medians with their
 * pointwise 10–90 % bands where the numbers put them, the difference around a zero line, a
 * colour-blind-safe pair of colours visible in both themes, and the band's label in both languages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/ui/compare/idl-compare-chart.ts';
import type { IdlCompareChart } from '../../../src/ui/compare/idl-compare-chart.ts';
import { compareChartData } from '../../../src/ui/compare/compareChartData.ts';
import { ARM_COLORS, DIFFERENCE_COLOR } from '../../../src/ui/compare/comparePalette.ts';
import { COMPARE_MARGIN } from '../../../src/ui/compare/drawCompareChart.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';
import { THEMES, contrastRatio, luminance } from '../../../src/ui/theme.ts';
import { mount, shadow } from '../fixture.ts';
import { comparison } from './comparisonFixture.ts';

const HEIGHT = 220;
/** The y pixel of value v on a chart whose axis runs lo–hi (viewBox units). */
const yOf = (v: number, lo: number, hi: number) => HEIGHT - COMPARE_MARGIN.bottom - ((v - lo) / (hi - lo)) * (HEIGHT - COMPARE_MARGIN.bottom - COMPARE_MARGIN.top);

/** The vertical extent of a path in viewBox units. */
function yRange(path: SVGGraphicsElement): [number, number] {
  const b = path.getBBox();
  return [b.y, b.y + b.height];
}

async function chart(kind: 'arms' | 'difference'): Promise<IdlCompareChart> {
  const el = await mount<IdlCompareChart>('idl-compare-chart', { heading: 'h', data: compareChartData(comparison(), 0, 'ever', kind, 2004) });
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}

describe('<idl-compare-chart>', () => {
  afterEach(() => setLocale('en'));

  it('draws each arm as a median line inside its 10–90 % band, at the shares the comparison gives', async () => {
    setLocale('en');
    const el = await chart('arms');
    const root = shadow(el);
    for (const [arm, [median, lo, hi]] of [['baseline', [0.4, 0.3, 0.5]], ['scenario', [0.6, 0.5, 0.7]]] as const) {
      const line = root.querySelector(`path.median.${arm}`) as SVGPathElement;
      const band = root.querySelector(`path.band.${arm}`) as SVGPathElement;
      expect(line.getAttribute('stroke')).toBe(ARM_COLORS[arm]);
      expect(band.getAttribute('fill')).toBe(ARM_COLORS[arm]);
      const [top, bottom] = yRange(band);
      expect(top).toBeCloseTo(yOf(hi, 0, 1), 0);
      expect(bottom).toBeCloseTo(yOf(lo, 0, 1), 0);
      expect(yRange(line)[0]).toBeCloseTo(yOf(median, 0, 1), 0);
      // the band spans the whole run, 2000–2010
      expect(band.getBBox().width).toBeGreaterThan(300);
    }
    expect(root.querySelectorAll('g.zero line')).toHaveLength(0);
    expect(root.querySelector('ul')!.textContent).toMatch(/Baseline.*Scenario.*pointwise 10–90 % band/s);
  });

  it('draws the difference with its band above a zero line when the scenario is higher', async () => {
    const el = await chart('difference');
    const root = shadow(el);
    const zero = root.querySelector('g.zero line') as SVGLineElement;
    // the axis is symmetric (±0.5 here: the largest |p90| 0.3 rounded up), so zero is in the middle
    expect(Number(zero.getAttribute('y1'))).toBeCloseTo(yOf(0, -0.5, 0.5), 0);
    const line = root.querySelector('path.median.difference') as SVGPathElement;
    const band = root.querySelector('path.band.difference') as SVGPathElement;
    expect(line.getAttribute('stroke')).toBe(DIFFERENCE_COLOR);
    expect(yRange(line)[0]).toBeCloseTo(yOf(0.2, -0.5, 0.5), 0);
    const [top, bottom] = yRange(band);
    expect(top).toBeCloseTo(yOf(0.3, -0.5, 0.5), 0);
    expect(bottom).toBeCloseTo(yOf(0.1, -0.5, 0.5), 0);
    expect(bottom).toBeLessThan(Number(zero.getAttribute('y1'))); // the whole band is above zero
    const ticks = [...root.querySelectorAll('g.y-axis .tick text')].map((x) => x.textContent);
    expect(ticks).toContain('+20 pp');
    expect(ticks).toContain('−20 pp');
    expect(root.querySelector('ul')!.textContent).toMatch(/Difference \(scenario − baseline\).*pointwise 10–90 % band.*no difference/s);
  });

  it('names the band and the lines in Chinese', async () => {
    setLocale('zh-CN');
    const el = await chart('arms');
    expect(shadow(el).querySelector('ul')!.textContent).toMatch(/基准.*方案.*逐年 10–90 % 区间/s);
    const diff = await chart('difference');
    expect(shadow(diff).querySelector('ul')!.textContent).toMatch(/差值（方案 − 基准）.*无差异/s);
  });

  it('keeps every y label whole inside the chart, the longer Chinese units too ("−20 个百分点")', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      setLocale(lang);
      const el = await chart('difference');
      const labels = [...shadow(el).querySelectorAll<SVGTextElement>('g.y-axis .tick text')];
      expect(labels.map((x) => x.textContent)).toContain(lang === 'en' ? '−20 pp' : '−20 个百分点');
      // each label's left end, in the svg's own units, lies at or right of its left edge
      for (const label of labels) {
        const g = label.parentNode as SVGGElement;
        const axis = g.parentNode as SVGGElement;
        const tx = g.transform.baseVal.consolidate()?.matrix.e ?? 0;
        const ax = axis.transform.baseVal.consolidate()?.matrix.e ?? 0;
        expect(ax + tx + label.getBBox().x, `${lang} ${label.textContent}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('uses a colour-blind-safe pair (blue against vermilion, apart in lightness) visible in both themes', () => {
    for (const theme of Object.values(THEMES)) {
      for (const c of [ARM_COLORS.baseline, ARM_COLORS.scenario, DIFFERENCE_COLOR]) expect(contrastRatio(c, theme.bg), c).toBeGreaterThanOrEqual(3);
    }
    // not red against green: the baseline is blue (blue channel highest), the scenario vermilion (red highest)
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [br, , bb] = rgb(ARM_COLORS.baseline);
    const [sr, sg, sb] = rgb(ARM_COLORS.scenario);
    expect(bb).toBeGreaterThan(br);
    expect(sr).toBeGreaterThan(sg);
    expect(sr).toBeGreaterThan(sb);
    expect(Math.abs(luminance(ARM_COLORS.baseline) - luminance(ARM_COLORS.scenario))).toBeGreaterThan(0.03);
  });
});
