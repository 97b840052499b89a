/**
 * The "Which lever matters most" section of compare mode in Chromium, on a runner that returns
 * hand-built data: the button runs it with the current scenario and shows progress, the chart ranks
 * the levers, another KPI re-ranks the same runs without running again, Cancel stops a running one,
 * and the compare panel carries the section.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/compare/idl-tornado.ts';
import '../../src/ui/compare/idl-compare-panel.ts';
import type { IdlTornado } from '../../src/ui/compare/idl-tornado.ts';
import type { IdlComparePanel } from '../../src/ui/compare/idl-compare-panel.ts';
import type { TornadoRequest, TornadoRunner } from '../../src/ui/compare/browserTornadoRunner.ts';
import { COMPARE_KPIS } from '../../src/compare/compareKpis.ts';
import type { TornadoData, TornadoValues } from '../../src/compare/tornado/types.ts';
import type { CompareKpiId } from '../../src/compare/types.ts';
import { LEVER_DEFS } from '../../src/model/params/schema.ts';
import { setLocale } from '../../src/ui/i18n/i18n.ts';
import { mount, shadow } from './fixture.ts';

const PAIRS = 4;
/** Every KPI at `v(kpi)` in every pair (plus a little per pair, so the bands have width). */
function values(v: (kpi: CompareKpiId) => number): TornadoValues {
  return { alpha: Object.fromEntries(COMPARE_KPIS.map(({ id }) => [id, Float64Array.from({ length: PAIRS }, (_, i) => v(id) + 0.001 * i)])) as Record<CompareKpiId, Float64Array> };
}
const label = (key: string) => LEVER_DEFS.find((d) => d.key === key)!.label;

/** Media moves the time to 50 % most; evaluation moves the active share most. */
const DATA: TornadoData = {
  pairs: PAIRS,
  seeds: [1, 2, 3, 4],
  innovations: ['alpha'],
  current: values(() => 0.5),
  levers: [
    { key: 'media', label: label('media'), current: 1, low: 1, high: 3, values: { low: null, high: values((k) => (k === 'timeTo50' ? -2 : 0.51)) } },
    { key: 'thirdPartyEval', label: label('thirdPartyEval'), current: 0, low: 0, high: 1, values: { low: null, high: values((k) => (k === 'timeTo50' ? 0.6 : 0.7)) } },
  ],
};

const names = (el: IdlTornado) => [...shadow(shadow(el).querySelector('idl-tornado-chart')!).querySelectorAll('g.names text')].map((n) => n.textContent);
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('<idl-tornado>', () => {
  afterEach(() => setLocale('en'));

  it('runs the current scenario on the button, shows progress, ranks the levers, and re-ranks for another KPI without running again', async () => {
    setLocale('en');
    const requests: TornadoRequest[] = [];
    let finish: () => void = () => {};
    const runner: TornadoRunner = (request, { onProgress }) => {
      requests.push(request);
      onProgress(3, 12);
      return new Promise((resolve) => (finish = () => resolve(DATA)));
    };
    const el = await mount<IdlTornado>('idl-tornado', { runner, source: { presetId: 'fengqiao' }, changes: { levers: { reward: 2 }, params: {} }, seed: 7 });
    const root = shadow(el);
    const button = root.querySelector('button.tornado-run') as HTMLButtonElement;
    expect(button.textContent).toBe('Which lever matters most');
    button.click();
    await el.updateComplete;
    expect(requests).toEqual([{ source: { presetId: 'fengqiao' }, changes: { levers: { reward: 2 }, params: {} }, pairs: 20, seed: 7, years: null }]);
    expect(root.querySelector('.status')!.textContent).toMatch(/^3 of 12 runs/);
    expect((root.querySelector('button.tornado-cancel') as HTMLButtonElement).disabled).toBe(false);
    finish();
    await settle();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(names(el)).toEqual(['Media and publicity', 'Independent outside evaluation']);
    const select = root.querySelector('select.kpi') as HTMLSelectElement;
    select.value = 'activeShare';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(names(el)).toEqual(['Independent outside evaluation', 'Media and publicity']);
    expect(requests).toHaveLength(1);
  });

  it('marks the ranking outdated once the scenario differs from the one it ranked, not when the same scenario comes again', async () => {
    setLocale('en');
    const runner: TornadoRunner = () => Promise.resolve(DATA);
    const el = await mount<IdlTornado>('idl-tornado', { runner, source: { presetId: 'fengqiao' }, changes: { levers: { reward: 2 }, params: {} }, seed: 7 });
    const root = shadow(el);
    (root.querySelector('button.tornado-run') as HTMLButtonElement).click();
    await settle();
    await el.updateComplete;
    expect(root.querySelector('idl-tornado-chart')).not.toBeNull();
    el.changes = { levers: { reward: 2 }, params: {} };
    await el.updateComplete;
    expect(root.querySelector('.outdated')).toBeNull();
    el.changes = { levers: { reward: 3 }, params: {} };
    await el.updateComplete;
    expect(root.querySelector('.outdated')!.textContent).not.toBe('');
    el.changes = { levers: { reward: 2 }, params: {} };
    el.seed = 8;
    await el.updateComplete;
    expect(root.querySelector('.outdated')).not.toBeNull();
    el.seed = 7;
    await el.updateComplete;
    expect(root.querySelector('.outdated')).toBeNull();
  });

  it('stops on Cancel, says so in Chinese, and keeps the button usable', async () => {
    setLocale('zh-CN');
    const runner: TornadoRunner = (_request, { signal }) => new Promise((resolve) => signal.addEventListener('abort', () => resolve(null)));
    const el = await mount<IdlTornado>('idl-tornado', { runner, source: { presetId: 'fengqiao' } });
    const root = shadow(el);
    expect(root.querySelector('button.tornado-run')!.textContent).toBe('哪个杠杆最重要');
    (root.querySelector('button.tornado-run') as HTMLButtonElement).click();
    await el.updateComplete;
    (root.querySelector('button.tornado-cancel') as HTMLButtonElement).click();
    await settle();
    await el.updateComplete;
    expect(root.querySelector('.status')!.textContent).toBe('已取消。未完成的排序不予显示。');
    expect((root.querySelector('button.tornado-run') as HTMLButtonElement).disabled).toBe(false);
    expect(root.querySelector('idl-tornado-chart')).toBeNull();
  });

  it('is part of the compare panel, fed the panel’s scenario', async () => {
    const panel = await mount<IdlComparePanel>('idl-compare-panel', { presetId: 'fengqiao', levers: { media: 2 }, seed: 5 });
    const section = shadow(panel).querySelector('idl-tornado') as IdlTornado;
    expect(section).not.toBeNull();
    expect(section.request()).toEqual({ source: { presetId: 'fengqiao' }, changes: { levers: { media: 2 }, params: {} }, pairs: 20, seed: 5, years: null });
  });
});
