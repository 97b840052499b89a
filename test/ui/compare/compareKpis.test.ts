/**
 * Compare mode's KPI table on a hand-built comparison: each KPI's baseline, scenario and paired
 * difference as median (10–90 %), which way is better, and the verdict in words — in both
 * languages — with "—" where a KPI is undefined.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/ui/compare/idl-compare-kpis.ts';
import type { IdlCompareKpis } from '../../../src/ui/compare/idl-compare-kpis.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';
import { mount, shadow } from '../fixture.ts';
import { comparison } from './comparisonFixture.ts';

/** The text of each cell of a KPI's row: name + direction, baseline, scenario, difference, verdict. */
function row(el: IdlCompareKpis, id: string): string[] {
  const tr = shadow(el).querySelector(`tr[data-kpi="${id}"]`)!;
  return [...tr.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
}

describe('<idl-compare-kpis>', () => {
  afterEach(() => setLocale('en'));

  it('states each KPI for both arms and their difference, which way is better, and in how many worlds the scenario is better', async () => {
    setLocale('en');
    const el = await mount<IdlCompareKpis>('idl-compare-kpis', { result: comparison(), innovation: 0 });
    expect(shadow(el).querySelector('caption')!.textContent).toBe('Outcomes at the end of the run (2010)');
    expect(row(el, 'timeTo50')).toEqual([
      'Time to 50 % lower is better',
      '6 years (5 years to 8 years)',
      '4 years (3 years to 5.5 years)',
      '−2 years (−3.5 years to −0.5 years)',
      'better in 41 of 50 simulated worlds',
    ]);
    expect(row(el, 'everShare')).toEqual([
      'Ever adopted higher is better',
      '40.0% (30.0% to 50.0%)',
      '60.0% (50.0% to 70.0%)',
      '+20 pp (+10 pp to +30 pp)',
      'better in 48 of 50 simulated worlds; tied in 1',
    ]);
    // undefined in every run (the show mechanism off): dashes, no verdict
    expect(row(el, 'showShare')).toEqual(['Show share lower is better', '—', '—', '—', '—']);
    // defined in both arms in 40 of the 50 worlds: counted over those, and said so
    expect(row(el, 'eastWestGap')).toEqual([
      'East–west gap closer to 0 is better',
      '10 pp (−5 pp to 20 pp)',
      '8 pp (2 pp to 15 pp)',
      '−2 pp (−6 pp to +1 pp)',
      'better in 20 of 40 simulated worlds; tied in 4; defined in both arms in 40 of 50 worlds',
    ]);
  });

  it('says the same in Chinese', async () => {
    setLocale('zh-CN');
    const el = await mount<IdlCompareKpis>('idl-compare-kpis', { result: comparison(), innovation: 0 });
    expect(shadow(el).querySelector('caption')!.textContent).toBe('运行结束时（2010年）的结果');
    const t50 = row(el, 'timeTo50');
    expect(t50[0]).toBe('过半用时 越低越好');
    expect(t50[4]).toBe('在 50 个模拟世界中有 41 个更好');
    expect(row(el, 'everShare')[4]).toBe('在 50 个模拟世界中有 48 个更好；1 个持平');
    expect(row(el, 'eastWestGap')[0]).toBe('东西部差距 越接近 0 越好');
    expect(row(el, 'showShare').slice(1)).toEqual(['—', '—', '—', '—']);
  });

  it('switches language in place', async () => {
    setLocale('en');
    const el = await mount<IdlCompareKpis>('idl-compare-kpis', { result: comparison(), innovation: 0 });
    setLocale('zh-CN');
    await el.updateComplete;
    expect(row(el, 'activeShare')[4]).toBe('在 50 个模拟世界中有 45 个更好');
  });
});
