/**
 * <idl-compare-panel> in Chromium with the comparison service inline (the worker path is covered end
 * to end): a small comparison of fengqiao with a lever moved runs with progress and shows the
 * charts, the table and the maps; a lever change reruns only the scenario arm, keeping the
 * baseline's numbers and the chosen year; Cancel keeps the last result; the representative pair's
 * seed is offered to the app.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/ui/compare/idl-compare-panel.ts';
import type { IdlComparePanel } from '../../../src/ui/compare/idl-compare-panel.ts';
import { browserCompareRunner } from '../../../src/ui/compare/browserCompareRunner.ts';
import { createCompareService } from '../../../src/compare/browser/index.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';
import { collect } from '../fixture.ts';
import { until } from '../mountApp.ts';

const BASE = location.origin + '/';

/**
 * A compare service in this page standing in for a worker: each run waits for a macrotask first, as
 * a worker's answer does, so the page (a click on Cancel) gets its turn between runs.
 */
let runsDone = 0;
function inlineWorker() {
  const service = createCompareService();
  const later = () => new Promise((r) => setTimeout(r, 0));
  return {
    service: { init: service.init, run: async (t: number) => (await later(), runsDone++, service.run(t)) },
    onFailure: () => {},
    dispose: () => {},
  };
}

async function mountPanel(): Promise<IdlComparePanel> {
  document.body.replaceChildren();
  const panel = document.createElement('idl-compare-panel') as IdlComparePanel;
  panel.dataBaseUrl = BASE;
  panel.runner = browserCompareRunner(() => BASE, inlineWorker, () => 2);
  panel.poolSize = () => 2;
  Object.assign(panel, { presetId: 'fengqiao', sourceName: 'Fengqiao', levers: { reward: 3 }, params: {}, seed: 4, innovationId: 'fengqiao', world: null });
  panel.pairs = 6;
  panel.years = 4;
  document.body.append(panel);
  await panel.updateComplete;
  return panel;
}

const root = (p: IdlComparePanel) => p.shadowRoot!;
const button = (p: IdlComparePanel, cls: string) => root(p).querySelector(`button.${cls}`) as HTMLButtonElement;

describe('<idl-compare-panel>', () => {
  afterEach(() => {
    setLocale('en');
    document.body.replaceChildren();
  });

  it('runs a small comparison, shows both charts and the table, and reruns only the scenario arm after a lever change', async () => {
    setLocale('en');
    const panel = await mountPanel();
    expect(root(panel).querySelector('.scenario-is')!.textContent).toMatch(/Scenario: .*→ 3/);
    button(panel, 'run').click();
    await until(() => panel.compare.status === 'done', 60_000);
    await panel.updateComplete;
    const first = panel.compare.result!;
    expect(first.pairs).toBe(6);
    expect(first.years).toHaveLength(5);
    expect(root(panel).querySelector('.status')!.textContent).toMatch(/6 pairs \(12 runs\) done/);
    expect(root(panel).querySelectorAll('idl-compare-chart')).toHaveLength(2);
    const table = root(panel).querySelector('idl-compare-kpis')!.shadowRoot!;
    expect(table.querySelector('tr[data-kpi="everShare"] td.verdict')!.textContent).toMatch(/^better in \d of 6 simulated worlds|—/);
    expect(root(panel).querySelector('.representative')!.textContent).toMatch(/world \d of 6 \(seed \d+\)/);

    // the user picks a year; then a lever moves: only the scenario's 6 runs are done again
    panel.yearIndex = 2;
    runsDone = 0;
    const warnings: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
    try {
      panel.levers = { reward: 1 };
      await panel.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
    } finally {
      warn.mockRestore();
    }
    // the rerun starts within the update that brought the change, not in an update of its own
    expect(warnings.filter((w) => w.includes('after an update completed'))).toEqual([]);
    expect(panel.compare.status).toBe('running');
    expect(panel.compare.scenarioOnly).toBe(true);
    await until(() => panel.compare.status === 'done', 60_000);
    expect(runsDone).toBe(6);
    await panel.updateComplete;
    expect(root(panel).querySelector('.status')!.textContent).toMatch(/6 pairs: the scenario’s 6 runs done again in [\d.]+ s; the baseline’s were kept\./);
    const second = panel.compare.result!;
    expect(second).not.toBe(first);
    expect(second.seeds).toEqual(first.seeds);
    const ever = (r: typeof first, arm: 'baseline' | 'scenario') => [...r.innovations[0].series.ever[arm].median];
    expect(ever(second, 'baseline')).toEqual(ever(first, 'baseline'));
    expect(panel.yearIndex).toBe(2);
  });

  it('cancels a comparison, keeping nothing of it, and offers the representative seed to the app', async () => {
    setLocale('zh-CN');
    const panel = await mountPanel();
    panel.pairs = 200;
    await panel.updateComplete;
    button(panel, 'run').click();
    await until(() => panel.compare.done > 0, 60_000);
    button(panel, 'cancel').click();
    await until(() => panel.compare.status === 'cancelled', 30_000);
    expect(panel.compare.done).toBeLessThan(400);
    await panel.updateComplete;
    expect(panel.compare.result).toBeNull();
    expect(root(panel).querySelector('.status')!.textContent).toBe('已取消。未完成的比较不予显示。');

    panel.pairs = 6;
    button(panel, 'run').click();
    await until(() => panel.compare.status === 'done', 60_000);
    await panel.updateComplete;
    const seeds = collect<{ seed: number }>(panel, 'idl-compare-seed');
    button(panel, 'play-representative').click();
    const r = panel.compare.result!;
    expect(seeds).toEqual([{ seed: r.seeds[r.innovations[0].representativePair] }]);
    expect((root(panel).querySelector('idl-compare-chart.arms') as HTMLElement & { heading: string }).heading).toBe('曾经采纳比例：基准与方案');
  });
});
