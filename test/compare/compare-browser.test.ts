/**
 * The browser's comparison path (src/compare/browser): the arms as the app holds them (preset id or
 * file text, plus lever changes), resolved on the page and run by the worker service through the
 * browser pool (inline services — the code each worker runs, without a Worker), give the same
 * comparison as `idlab compare`'s threads for any number of workers; the baseline's runs are reused
 * after a lever change of the scenario; Stop resolves `stopped`; a bad arm is named.
 */
import { describe, expect, it } from 'vitest';
import { nodeLoader } from '../service/nodeLoader.ts';
import { PresetStore } from '../../src/service/presetStore.ts';
import { loadWorld } from '../../src/cli/load-world.ts';
import { planComparison } from '../../src/compare/comparePlan.ts';
import { runComparison } from '../../src/compare/node/runComparison.ts';
import { CompareArmError, createCompareService, runComparisonInBrowser, type BrowserComparisonOptions, type CompareService } from '../../src/compare/browser/index.ts';
import type { SweepWorker } from '../../src/sweep/browser/index.ts';
import { LATTICE, lattice } from './helpers.ts';

/** A pool connection to a compare service on this thread, counting the runs it is asked for. */
function inline(calls: number[]): SweepWorker<CompareService> {
  const service = createCompareService({ loader: nodeLoader });
  return { service: { init: service.init, run: (t) => (calls.push(t), service.run(t)) }, onFailure: () => {}, dispose: () => {} };
}

function options(calls: number[], extra: Partial<BrowserComparisonOptions> = {}): BrowserComparisonOptions {
  return {
    baseline: { text: JSON.stringify(LATTICE) },
    scenario: { text: JSON.stringify(LATTICE), changes: { levers: { media: 1.5 } } },
    pairs: 4,
    seed: 3,
    connect: () => inline(calls),
    workers: 2,
    presets: new PresetStore(() => nodeLoader),
    ...extra,
  };
}

describe('comparisons in the browser', () => {
  it("gives the Node threads' comparison for 1 and 3 workers, and reuses the baseline's runs after a lever change", async () => {
    const plan = planComparison({ baseline: lattice(), scenario: lattice({ levers: { media: 1.5 } }), pairs: 4, seed: 3 });
    const node = await runComparison({ world: loadWorld(plan.baseline.world), plan, workers: 1 });
    const calls: number[] = [];
    const progress: number[] = [];
    const one = await runComparisonInBrowser(options(calls, { workers: 1, onProgress: (p) => progress.push(p.done) }));
    const three = await runComparisonInBrowser(options([], { workers: 3 }));
    if (one.status !== 'done' || three.status !== 'done') throw new Error('stopped');
    expect(one.result).toEqual(node);
    expect(three.result).toEqual(node);
    expect(calls.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);

    // the scenario arm changes: only its 4 runs are done again, and the result is a fresh comparison's
    const again: number[] = [];
    const changed = await runComparisonInBrowser(options(again, { scenario: { text: JSON.stringify(LATTICE), changes: { levers: { media: 2 } } }, reuseBaseline: one.baselineRuns }));
    const fresh = await runComparisonInBrowser(options([], { scenario: { text: JSON.stringify(LATTICE), changes: { levers: { media: 2 } } } }));
    expect(again.sort((a, b) => a - b)).toEqual([1, 3, 5, 7]);
    expect(changed).toEqual(fresh);
    // a changed baseline (here: its horizon) does not reuse them
    const other: number[] = [];
    await runComparisonInBrowser(options(other, { years: 10, reuseBaseline: one.baselineRuns }));
    expect(other.length).toBe(8);
  });

  it('a preset id arm resolves with the presets; Stop resolves stopped; a bad arm is named', async () => {
    const stop = new AbortController();
    const stopped = await runComparisonInBrowser(
      options([], { baseline: { presetId: 'grid' }, scenario: { presetId: 'grid', changes: { levers: { media: 2 } } }, years: 2, signal: stop.signal, onProgress: (p) => p.done === 2 && stop.abort() }),
    );
    expect(stopped).toEqual({ status: 'stopped' });
    const bad = runComparisonInBrowser(options([], { scenario: { text: JSON.stringify(LATTICE), changes: { levers: { media: 99 } } } }));
    await expect(bad).rejects.toThrow(CompareArmError);
    await expect(bad).rejects.toThrow(/^scenario: invalid levers\.media: 99/);
    await expect(runComparisonInBrowser(options([], { baseline: { text: '{"extends": ' } }))).rejects.toThrow(/^baseline: scenario file is not valid JSON/);
    // 2 × 100 pairs × 1,000,000 localities of first-adoption times would not fit in a tab: refused before any run
    const huge = JSON.stringify({ ...LATTICE, world: { ...LATTICE.world, width: 1000, height: 1000 }, innovations: [{ ...LATTICE.innovations[0], origins: ['500,500'] }] });
    const calls: number[] = [];
    await expect(runComparisonInBrowser(options(calls, { baseline: { text: huge }, scenario: { text: huge }, pairs: 100 }))).rejects.toThrow(/^comparison too large: 100 pairs/);
    expect(calls).toEqual([]);
  });
});
