import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/milestones/idl-milestones.ts';
import type { IdlMilestones } from '../../src/ui/milestones/idl-milestones.ts';
import type { ValidationRecord } from '../../src/service/milestones/ValidationRecord.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';
import { mount, shadow } from './fixture.ts';
import { until } from './mountApp.ts';

const items = (el: IdlMilestones) => [...shadow(el).querySelectorAll('li')];
const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A record of two targets, one met and one missed (the shipped presets meet theirs). */
const record: ValidationRecord = {
  seeds: 40,
  presets: {
    demo: [
      { id: 'a', label: { en: 'Prefectures with an adopter', zh: '有采纳者的地级单位数' }, target: '≤ 60', band: { hi: 60 }, record: { en: 'Pilots', zh: '试点' }, year: 2007, digits: 0, median: 57, p10: 50, p90: 64, pass: true, wholeInterval: false },
      { id: 'b', label: { en: 'Share terminated', zh: '已终止比例' }, target: '≤ 0.20', band: { hi: 0.2 }, record: { en: 'Universal today', zh: '至今普遍' }, year: null, digits: 2, median: 0.31, p10: 0.25, p90: 0.36, pass: false, wholeInterval: false },
    ],
  },
};

describe('<idl-milestones>', () => {
  afterEach(() => setLocale('en'));

  it('reads the shipped record from the app root and lists grid’s targets with the record, the seeds’ median and interval, and the verdict', async () => {
    setLocale('en');
    const el = await mount<IdlMilestones>('idl-milestones', { dataBaseUrl: `${location.origin}/`, presetId: 'grid' });
    await until(() => items(el).length > 0);
    expect(el.hidden).toBe(false);
    expect(text(shadow(el).querySelector('summary'))).toBe('Model vs record');
    expect(items(el).map((li) => li.dataset.target)).toEqual(['grid-prefectures-2006', 'grid-ever-2020', 'grid-terminated-2024', 'mandate-grid-2017_5']);
    const first = items(el)[0];
    expect(text(first.querySelector('.label'))).toBe('Prefectures with an adopter by the end of 2006');
    expect(text(first.querySelector('.record'))).toBe('Target ≤ 60 · Record: Pilots in 10 cities and districts in 2005, 17 more in 2006');
    expect(text(first.querySelector('.model'))).toBe('Model: median 57, 80 % of seeds 50–64 (interval partly outside the target) ✓meets the target');
    expect(text(first.querySelector('.verdict'))).toBe('✓meets the target');
    expect(text(first.querySelector('.run'))).toBe('This run: known from Jan 2007');
    // the panel is collapsible and reached with the keyboard (its summary)
    const details = shadow(el).querySelector('details')!;
    expect(details.open).toBe(false);
    shadow(el).querySelector<HTMLElement>('summary')!.focus();
    expect(shadow(el).activeElement?.tagName).toBe('SUMMARY');
  });

  it('shows pass and fail in words and icons, and this run’s figure once measured, in both languages', async () => {
    setLocale('en');
    const el = await mount<IdlMilestones>('idl-milestones', { record, presetId: 'demo', values: [{ id: 'a', value: 61 }] });
    const [a, b] = items(el);
    expect(text(a.querySelector('.verdict'))).toBe('✓meets the target');
    expect(text(b.querySelector('.verdict'))).toBe('✗misses the target');
    expect(a.querySelector('.verdict')!.classList.contains('pass')).toBe(true);
    expect(b.querySelector('.verdict')!.classList.contains('fail')).toBe(true);
    // this run's own figure, read against the target: 61 > 60 misses it
    expect(text(a.querySelector('.run'))).toBe('This run: 61 ✗misses the target');
    expect(a.querySelector('.run .run-verdict')!.classList.contains('fail')).toBe(true);
    expect(text(b.querySelector('.run'))).toBe('This run: known once reached, or at the end of the run');
    el.values = [{ id: 'a', value: 58 }, { id: 'b', value: null }];
    el.changed = true;
    setLocale('zh-CN');
    await el.updateComplete;
    const [za, zb] = items(el);
    expect(text(shadow(el).querySelector('summary'))).toBe('模型与记录');
    expect(text(za.querySelector('.label'))).toBe('有采纳者的地级单位数');
    expect(text(za.querySelector('.verdict'))).toBe('✓达标');
    expect(text(zb.querySelector('.verdict'))).toBe('✗未达标');
    expect(text(za.querySelector('.record'))).toBe('目标 ≤ 60 · 依据：试点');
    expect(text(zb.querySelector('.model'))).toBe('模型：中位数 0.31，80 % 的种子在 0.25–0.36（区间部分超出目标） ✗未达标');
    expect(text(za.querySelector('.run'))).toBe('本次运行：58 ✓达标');
    expect(text(zb.querySelector('.run'))).toBe('本次运行：无定义');
    expect(text(shadow(el).querySelector('.changed'))).toBe('本次运行改动了调节项：种子结果对应的是原样的预设。');
  });

  it('announces the dated targets of the running preset for the scrubber, and none when hidden', async () => {
    const el = document.createElement('idl-milestones') as IdlMilestones;
    const announced: { year: number; label: { en: string } }[][] = [];
    el.addEventListener('idl-milestone-marks', (e) => announced.push((e as CustomEvent).detail.marks));
    Object.assign(el, { record, presetId: 'demo' });
    document.body.replaceChildren(el);
    await el.updateComplete;
    expect(announced.map((marks) => marks.map((m) => [m.year, m.label.en]))).toEqual([[[2007, 'Prefectures with an adopter']]]);
    el.values = [{ id: 'a', value: 3 }];
    await el.updateComplete;
    expect(announced).toHaveLength(1);
    el.presetId = 'bass';
    await el.updateComplete;
    expect(announced.at(-1)).toEqual([]);
  });

  it('is hidden for a preset without targets and for an imported scenario', async () => {
    const el = await mount<IdlMilestones>('idl-milestones', { record, presetId: 'bass' });
    expect(el.hidden).toBe(true);
    expect(items(el)).toEqual([]);
    el.presetId = 'demo';
    await el.updateComplete;
    expect(el.hidden).toBe(false);
    el.presetId = null;
    await el.updateComplete;
    expect(el.hidden).toBe(true);
    expect(el.getBoundingClientRect().height).toBe(0);
  });
});
