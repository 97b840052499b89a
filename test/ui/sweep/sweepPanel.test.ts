/**
 * <idl-sweep-panel> in Chromium with real module workers (workers/sweep.worker.ts through Vite):
 * it plans the choice, runs a tiny sweep of a China preset on the pool, plots every run as a point,
 * stops keeping the finished runs and continues, exports the CLI's files, speaks both languages,
 * and opens from the app shell.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/ui/sweep/idl-sweep-panel.ts';
import type { IdlSweepPanel } from '../../../src/ui/sweep/idl-sweep-panel.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';
import { createSweepService, type SweepService } from '../../../src/sweep/browser/index.ts';
import { wrapWorker } from '../../../src/ui/controllers/wrapWorker.ts';
import type { RunRecord } from '../../../src/sweep/runRecord.ts';

const PRESETS = [
  { id: 'three-governance', title: { en: 'Three-governance integration', zh: '三治融合' } },
  { id: 'chengdu', title: { en: 'Chengdu', zh: '成都' } },
];

async function until(cond: () => boolean, ms = 25_000) {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function mountPanel(): Promise<IdlSweepPanel> {
  document.body.replaceChildren();
  const panel = document.createElement('idl-sweep-panel') as IdlSweepPanel;
  panel.dataBaseUrl = location.origin + '/';
  panel.presets = PRESETS;
  panel.presetId = 'three-governance';
  panel.seed = 4;
  panel.poolSize = () => 2;
  document.body.append(panel);
  await until(() => panel.sweep.checked !== null);
  await panel.updateComplete;
  return panel;
}

/** Run → record hash: the same sweep gives the same records however its workers fared. */
const recordsByRun = (records: RunRecord[]) => Object.fromEntries(records.map((r) => [r.run, r.hash]));

const root = (panel: IdlSweepPanel) => panel.shadowRoot!;
const form = (panel: IdlSweepPanel) => root(panel).querySelector('idl-sweep-form')!.shadowRoot!;
const chart = (panel: IdlSweepPanel) => root(panel).querySelector('idl-sweep-chart')!.shadowRoot!;
const button = (panel: IdlSweepPanel, cls: string) => root(panel).querySelector(`button.${cls}`) as HTMLButtonElement;

/** Types a value into a number field of the form and commits it (Tab moves on, as a user would). */
async function fill(panel: IdlSweepPanel, selector: string, value: string) {
  const input = form(panel).querySelector(selector) as HTMLInputElement;
  await userEvent.fill(input, value);
  await userEvent.tab();
  await until(() => !panel.sweep.checking);
  await panel.updateComplete;
}

describe('<idl-sweep-panel>', () => {
  afterEach(() => {
    setLocale('en');
    document.body.replaceChildren();
  });

  it('runs a tiny sweep in real workers, plots each run, and the workers compute what the sweep service computes', async () => {
    setLocale('en');
    const panel = await mountPanel();
    await fill(panel, 'input.years', '2');
    await fill(panel, 'input.size', '3');
    await fill(panel, 'input.replicates', '2');
    expect(root(panel).querySelector('.count')!.textContent).toMatch(/6 runs = 3 points × 2 replicates, on 2 workers/);

    await userEvent.click(button(panel, 'run'));
    await until(() => panel.sweep.status === 'done');
    await panel.updateComplete;
    expect(panel.sweep.records.map((r) => r.run).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(root(panel).querySelector('.status')!.textContent).toMatch(/All 6 runs done/);
    const svg = chart(panel).querySelector('svg')!;
    // t50 first: runs that never reach half are counted under the chart, not drawn
    const missingNote = chart(panel).querySelector('.missing');
    const missing = missingNote ? Number(/\d+/.exec(missingNote.textContent!)![0]) : 0;
    expect(svg.querySelectorAll('g.points circle')).toHaveLength(6 - missing);
    // pick a metric every run has: every run is a point, and the mean line goes through 3 x values
    const metric = chart(panel).querySelector('select.metric') as HTMLSelectElement;
    await userEvent.selectOptions(metric, 'everAdoptedShare');
    await panel.updateComplete;
    await root(panel).querySelector('idl-sweep-chart')!.updateComplete;
    expect(svg.querySelectorAll('g.points circle')).toHaveLength(6);
    expect(svg.querySelectorAll('g.lines path')).toHaveLength(1);
    expect(svg.querySelector('g.lines path')!.getAttribute('d')!.split('L')).toHaveLength(3);
    expect(svg.querySelectorAll('g.bands path')).toHaveLength(1);

    // the worker's record of run 3 is the sweep service's record on this page
    const plan = panel.sweep.sweep!.plan;
    const inline = createSweepService();
    expect(await inline.init({ sweep: plan.sweep, digest: plan.digest, dataBaseUrl: panel.dataBaseUrl })).toEqual({ status: 'done', runs: 6 });
    const again = await inline.run(3);
    expect(again.status).toBe('done');
    expect((again as { record: RunRecord }).record).toEqual(panel.sweep.records.find((r) => r.run === 3));
  });

  it('stops at once keeping the finished runs, continues with the rest, and exports the CLI files', async () => {
    const panel = await mountPanel();
    const saved: { name: string; data: string | Uint8Array; type: string }[] = [];
    panel.save = (name, data, type) => saved.push({ name, data, type });
    await fill(panel, 'input.years', '5');
    // 5 levels × 40 = 200 runs of 5 years: enough that the sweep cannot finish between the second
    // record and the click on Stop, even when a loaded machine delays the page's polling
    await fill(panel, 'input.replicates', '40');
    await userEvent.click(button(panel, 'run'));
    await until(() => panel.sweep.records.length >= 2);
    await userEvent.click(button(panel, 'stop'));
    await until(() => panel.sweep.status === 'stopped');
    const kept = panel.sweep.records.length;
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(kept).toBeLessThan(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(panel.sweep.records).toHaveLength(kept); // the workers are gone: nothing more arrives
    await panel.updateComplete;
    expect(root(panel).querySelector('.status')!.textContent).toMatch(new RegExp(`Stopped after ${kept} of 200 runs`));

    // export of a stopped sweep: its finished runs, in run order, named partial
    await userEvent.click(button(panel, 'export-csv'));
    const csv = saved.at(-1)!;
    expect(csv.name).toMatch(/^sweep-[0-9a-f]{12}-results-partial\.csv$/);
    const lines = (csv.data as string).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^run,point,replicate,q,innovation,t10,t50,/);
    expect(lines).toHaveLength(kept + 1);
    const runs = lines.slice(1).map((l) => Number(l.split(',')[0]));
    expect(runs).toEqual([...runs].sort((a, b) => a - b));

    await userEvent.click(button(panel, 'resume'));
    await until(() => panel.sweep.status === 'done', 60_000);
    expect(new Set(panel.sweep.records.map((r) => r.run)).size).toBe(200);

    await userEvent.click(button(panel, 'export-csv'));
    expect(saved.at(-1)!.name).toMatch(/^sweep-[0-9a-f]{12}-results\.csv$/);
    expect((saved.at(-1)!.data as string).trimEnd().split('\n')).toHaveLength(201);
    await userEvent.click(button(panel, 'export-parquet'));
    await until(() => saved.at(-1)!.name.endsWith('.parquet'));
    const parquet = saved.at(-1)!.data as Uint8Array;
    expect(new TextDecoder().decode(parquet.subarray(0, 4))).toBe('PAR1');
    await userEvent.click(button(panel, 'export-sweep'));
    const sweep = JSON.parse(saved.at(-1)!.data as string);
    expect(sweep).toMatchObject({ scenario: 'three-governance', factors: [{ path: 'params.q' }], design: { type: 'grid', levels: 5 }, replicates: 40, seed: 4 });
  });

  it('replaces a worker that hangs or closes and says so; a run that keeps hanging stops the sweep with Continue, which finishes it keeping the done runs', async () => {
    setLocale('en');
    const panel = await mountPanel();
    panel.sweep.silenceMs = 3000; // the China world's build is the longest silent step (≈ 1 s here)
    panel.poolSize = () => 1; // one worker at a time, so each fault meets the run it is set for
    const names: string[] = [];
    const faultyWorkers = (name: (i: number) => string) => () => {
      names.push(name(names.length));
      const worker = new Worker(new URL('../fixtures/faultySweep.worker.ts', import.meta.url), { type: 'module', name: names.at(-1) });
      return wrapWorker<SweepService>(worker, 'sweep');
    };
    await fill(panel, 'input.years', '3');
    await fill(panel, 'input.replicates', '2'); // 5 levels × 2 = 10 runs

    // the first worker hangs at run 1; its replacement redoes it and closes itself at run 4; the third finishes
    panel.connect = faultyWorkers((i) => (i === 0 ? 'hang:1' : i === 1 ? 'close:4' : 'none'));
    await userEvent.click(button(panel, 'run'));
    await until(() => panel.sweep.status === 'done', 60_000);
    expect(panel.sweep.restarts).toBe(2);
    expect(new Set(panel.sweep.records.map((r) => r.run)).size).toBe(10);
    await panel.updateComplete;
    expect(root(panel).querySelector('.restarted')!.textContent).toMatch(/A sweep worker stopped answering \(during run \d\) and was replaced .* Workers replaced in this sweep: 2\./);
    const whole = recordsByRun(panel.sweep.records);

    // every worker hangs at run 7: after three tries the sweep stops, keeping the other runs
    panel.connect = faultyWorkers(() => 'hang:7');
    await userEvent.click(button(panel, 'run'));
    await until(() => panel.sweep.status === 'errored', 60_000);
    await panel.updateComplete;
    expect(root(panel).querySelector('.error[role=alert]')!.textContent).toBe('run 7: a sweep worker stopped answering 3 times in a row Finished runs are kept; Continue does the others.');
    const kept = panel.sweep.records.length;
    expect(kept).toBeGreaterThan(0);
    expect(panel.sweep.records.some((r) => r.run === 7)).toBe(false);
    panel.connect = faultyWorkers(() => 'none');
    await userEvent.click(button(panel, 'resume'));
    await until(() => panel.sweep.status === 'done', 60_000);
    expect(panel.sweep.records).toHaveLength(10);
    expect(recordsByRun(panel.sweep.records)).toEqual(whole);
  }, 120_000);

  it('names the problems of a choice with their paths and keeps Run disabled', async () => {
    const panel = await mountPanel();
    await fill(panel, '.factor-1 input.min', '-1');
    expect(button(panel, 'run').disabled).toBe(true);
    expect(root(panel).querySelector('.problems')!.textContent).toMatch(/factors\[0\]\.range\.min: -1 \(allowed/);
  });

  it('speaks Chinese, and every control has an accessible name', async () => {
    setLocale('zh-CN');
    const panel = await mountPanel();
    expect(root(panel).querySelector('h2')!.textContent).toBe('参数扫描');
    expect(button(panel, 'run').textContent!.trim()).toBe('开始扫描');
    expect(root(panel).querySelector('.count')!.textContent).toMatch(/共 15 次运行 = 5 个设计点 × 3 次重复/);
    for (const el of form(panel).querySelectorAll('input, select')) {
      expect((el as HTMLInputElement).labels!.length, el.className).toBeGreaterThan(0);
      expect((el as HTMLInputElement).labels![0].textContent!.trim().length, el.className).toBeGreaterThan(0);
    }
    // keyboard: Tab walks the form in reading order, then reaches Run
    form(panel).querySelector<HTMLSelectElement>('select.preset')!.focus();
    const order: string[] = [];
    for (let i = 0; i < 11; i++) {
      await userEvent.tab();
      order.push(form(panel).activeElement?.className ?? root(panel).activeElement?.className ?? '');
    }
    expect(order).toEqual(['design-type', 'size', 'replicates', 'seed', 'years', 'param', 'min', 'max', 'param', 'run', 'save-sweep']);
  });
});

describe('the app shell', () => {
  it('opens and closes the Sweep panel from its tools, keeping it mounted', async () => {
    await import('../../../src/ui/app/idl-app.ts');
    const { connectInline } = await import('../../../src/ui/controllers/serviceConnection.ts');
    const { createSimulationService } = await import('../../../src/service/index.ts');
    document.body.replaceChildren();
    const app = document.createElement('idl-app') as HTMLElement & { dataBaseUrl: string; useUrl: boolean; connectService: unknown; updateComplete: Promise<boolean> };
    app.dataBaseUrl = location.origin + '/';
    app.useUrl = false;
    app.connectService = () => connectInline(createSimulationService());
    document.body.append(app);
    await app.updateComplete;
    const toggle = app.shadowRoot!.querySelector('button.sweep-toggle') as HTMLButtonElement;
    expect(toggle.textContent!.trim()).toBe('Sweep');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(app.shadowRoot!.querySelector('idl-sweep-panel')).toBeNull();
    await userEvent.click(toggle);
    await app.updateComplete;
    const panel = app.shadowRoot!.querySelector('idl-sweep-panel') as IdlSweepPanel;
    expect(panel.id).toBe(toggle.getAttribute('aria-controls'));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await until(() => panel.sweep?.checked !== null && panel.sweep?.checked !== undefined);
    expect(panel.dataBaseUrl).toBe(location.origin + '/');
    expect(panel.sweep.checked!.file.scenario).toBe('fengqiao');
    await userEvent.click(toggle);
    await app.updateComplete;
    expect(panel.hidden).toBe(true);
    expect(getComputedStyle(panel).display).toBe('none');
    expect(app.shadowRoot!.querySelector('idl-sweep-panel')).toBe(panel);
  });
});
