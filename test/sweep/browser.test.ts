/**
 * The browser's sweep path (src/sweep/browser) against `idlab sweep`: the same sweep file planned on
 * the page and run by the worker service through the browser pool (inline services — the code each
 * worker runs, without a Worker) gives the CLI's merged files byte for byte; the exported sweep file
 * re-plans to the same digest; Stop keeps what finished; failures are named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idlab, tempDir, SMALL_SCENARIO } from './helpers.ts';
import { nodeLoader } from '../service/nodeLoader.ts';
import { PresetStore } from '../../src/service/presetStore.ts';
import {
  createSweepService,
  panelSweepFile,
  planSweep,
  resultsParquet,
  resultsText,
  runSweepPool,
  sweepFileText,
  SweepPoolError,
  type PlannedSweep,
  type SweepService,
  type SweepWorker,
} from '../../src/sweep/browser/index.ts';
import type { RunRecord } from '../../src/sweep/runRecord.ts';
import type { SweepFile } from '../../src/sweep/types.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir()));
afterAll(() => tmp.cleanup());

const presets = () => new PresetStore(() => nodeLoader);

/** A pool connection to a service on this thread, counting disposals. */
function inline(service: SweepService = createSweepService({ loader: nodeLoader }), disposed = { count: 0 }): SweepWorker {
  return { service, onFailure: () => {}, dispose: () => void disposed.count++ };
}

async function planned(file: SweepFile): Promise<PlannedSweep> {
  const outcome = await planSweep(file, presets());
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.planned;
}

async function runInBrowserPath(p: PlannedSweep, workers: number): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  const runs = Array.from({ length: p.plan.runCount }, (_, i) => i);
  const result = await runSweepPool({
    connect: () => inline(),
    workers,
    init: { sweep: p.plan.sweep, digest: p.plan.digest },
    runs,
    onRecord: (r) => records.push(r),
  });
  expect(result).toEqual({ completed: runs.length, stopped: false });
  return records;
}

async function ok(args: string[]) {
  const r = await idlab(args);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

/** Plans the exported sweep file with the CLI, runs it in one thread, merges CSV, JSON Lines and Parquet. */
async function cliFiles(file: SweepFile, tag: string) {
  const at = (name: string) => join(tmp.dir, `${tag}-${name}`);
  const path = at('sweep.json');
  await import('node:fs').then((fs) => fs.writeFileSync(path, sweepFileText(file)));
  await ok(['sweep', 'plan', path, '--out', at('plan')]);
  await ok(['sweep', 'run', at('plan'), '--workers', '1']);
  for (const ext of ['csv', 'jsonl', 'parquet']) await ok(['sweep', 'merge', at('plan'), '--out', at(`results.${ext}`)]);
  return {
    manifest: JSON.parse(readFileSync(join(at('plan'), 'manifest.json'), 'utf8')) as { sweepDigest: string; runs: number },
    csv: readFileSync(at('results.csv'), 'utf8'),
    jsonl: readFileSync(at('results.jsonl'), 'utf8'),
    parquet: new Uint8Array(readFileSync(at('results.parquet'))),
  };
}

describe('the browser sweep path equals idlab sweep', () => {
  it("the panel's sweep of a China preset: same digest, and the results CSV, JSON Lines and Parquet byte for byte", async () => {
    const file = panelSweepFile({
      presetId: 'three-governance',
      factors: [
        { key: 'q', min: 0.1, max: 0.5 },
        { key: 'media', min: 1, max: 3 },
      ],
      design: 'grid',
      size: 2,
      replicates: 2,
      seed: 7,
      years: 3,
    });
    const p = await planned(file);
    expect(p.plan.runCount).toBe(8);
    const records = await runInBrowserPath(p, 3);
    const cli = await cliFiles(file, 'china');
    expect(cli.manifest.sweepDigest).toBe(p.plan.digest);
    const csv = resultsText(p.plan, records, 'csv');
    expect(csv.split('\n')[0]).toBe(`run,point,replicate,q,media,innovation,${p.plan.sweep.outputs.metrics.join(',')},seed,digest,version`);
    expect(csv.split('\n')).toHaveLength(8 + 2);
    expect(csv).toBe(cli.csv);
    expect(resultsText(p.plan, records, 'jsonl')).toBe(cli.jsonl);
    expect(await resultsParquet(p.plan, records)).toEqual(cli.parquet);
  });

  it('a scenario-object sweep (lattice, LHS, 2 factors, common seeds) on 2 workers: the same CSV as the CLI', async () => {
    const file: SweepFile = {
      scenario: SMALL_SCENARIO as SweepFile['scenario'],
      factors: [{ path: 'params.q' }, { path: 'levers.media', range: { min: 1, max: 2.5 } }],
      design: { type: 'lhs', samples: 5 },
      replicates: 2,
      seed: 3,
      seeds: 'common',
      outputs: { metrics: ['t10', 't50', 'everAdoptedShare'] },
    };
    const p = await planned(file);
    const records = await runInBrowserPath(p, 2);
    // completion order is not run order, yet the file is in run order
    const cli = await cliFiles(file, 'lattice');
    expect(resultsText(p.plan, records, 'csv')).toBe(cli.csv);
    expect(resultsText(p.plan, records.reverse(), 'csv')).toBe(cli.csv);
  });
});

describe('planSweep', () => {
  it('reports every problem of the panel sweep with its path and the allowed range', async () => {
    const file = panelSweepFile({ presetId: 'fengqiao', factors: [{ key: 'q', min: -1, max: 0.5 }], design: 'lhs', size: 0, replicates: 2, seed: 1, years: null });
    const outcome = await planSweep(file, presets());
    expect(outcome.ok).toBe(false);
    const problems = (outcome as { problems: string[] }).problems;
    expect(problems.some((m) => /factors\[0\]\.range\.min: -1 \(allowed/.test(m))).toBe(true);
    expect(problems.some((m) => /design\.samples: 0 \(allowed integers 1–/.test(m))).toBe(true);
  });

  it('names a preset that does not exist', async () => {
    const file = panelSweepFile({ presetId: 'nosuch', factors: [{ key: 'q', min: 0.1, max: 0.5 }], design: 'grid', size: 2, replicates: 1, seed: 1, years: null });
    const outcome = await planSweep(file, presets());
    expect(outcome).toMatchObject({ ok: false, problems: [expect.stringMatching(/no such preset "nosuch"/)] });
  });
});

describe('runSweepPool', () => {
  const lattice = (): Promise<PlannedSweep> =>
    planned({ scenario: SMALL_SCENARIO as SweepFile['scenario'], factors: [{ path: 'params.q', levels: 3 }], design: { type: 'grid' }, replicates: 4, seed: 5 });

  it('Stop ends every worker at once and keeps the records handed over', async () => {
    const p = await lattice();
    const stop = new AbortController();
    const disposed = { count: 0 };
    const records: RunRecord[] = [];
    const result = await runSweepPool({
      connect: () => inline(undefined, disposed),
      workers: 2,
      init: { sweep: p.plan.sweep, digest: p.plan.digest },
      runs: Array.from({ length: p.plan.runCount }, (_, i) => i),
      onRecord: (r) => {
        records.push(r);
        if (records.length === 3) stop.abort();
      },
      signal: stop.signal,
    });
    expect(result).toEqual({ completed: 3, stopped: true });
    expect(records).toHaveLength(3);
    expect(disposed.count).toBe(2);
    // the kept records are the CLI's records of those runs: a resumed pool over the rest completes the sweep
    const rest = Array.from({ length: p.plan.runCount }, (_, i) => i).filter((i) => !records.some((r) => r.run === i));
    await runSweepPool({ connect: () => inline(), workers: 2, init: { sweep: p.plan.sweep, digest: p.plan.digest }, runs: rest, onRecord: (r) => records.push(r) });
    const whole = await runInBrowserPath(p, 1);
    expect(resultsText(p.plan, records, 'csv')).toBe(resultsText(p.plan, whole, 'csv'));
  });

  it('a run that errors rejects the pool naming the run; a dead worker names the worker', async () => {
    const p = await lattice();
    const real = createSweepService({ loader: nodeLoader });
    const failing: SweepService = {
      init: (r) => real.init(r),
      run: async (run) => (run === 2 ? { status: 'errored', run, error: { message: 'boom' } } : real.run(run)),
    };
    const init = { sweep: p.plan.sweep, digest: p.plan.digest };
    const runs = [0, 1, 2, 3];
    await expect(runSweepPool({ connect: () => inline(failing), workers: 1, init, runs, onRecord: () => {} })).rejects.toThrow(/^run 2: boom$/);

    // a worker that fails at every start (its script does not load) is tried three times, then named
    let started = 0;
    const unloadable = (): SweepWorker => {
      started++;
      return { service: { init: () => new Promise(() => {}), run: () => new Promise(() => {}) }, onFailure: (l) => queueMicrotask(() => l('the script failed to load')), dispose: () => {} };
    };
    const error = await runSweepPool({ connect: unloadable, workers: 1, init, runs, onRecord: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SweepPoolError);
    expect((error as SweepPoolError).message).toBe('loading the sweep: a sweep worker failed (the script failed to load) 3 times in a row');
    expect(started).toBe(3);
  });

  /** Workers of the real service; `fault(run, attempt)` may make the worker doing a run hang, fail or beat slowly. */
  // The watchdog's silence bound in these tests, ms: long against a healthy run's synchronous work and
  // a late timer on a loaded 2-core machine, short enough to keep the test quick.
  const SILENCE_MS = 1000;

  function faultyWorkers(fault: (run: number, attempt: number) => 'hang' | 'fail' | 'slow' | null) {
    const w = { started: 0, disposed: 0 };
    const attempts = new Map<number, number>();
    const connect = (): SweepWorker => {
      w.started++;
      const real = createSweepService({ loader: nodeLoader });
      let fail: (m: string) => void = () => {};
      let sign = -Infinity;
      const service: SweepService = {
        init: (r) => real.init(r),
        run: async (run) => {
          const attempt = attempts.get(run) ?? 0;
          attempts.set(run, attempt + 1);
          const f = fault(run, attempt);
          if (f === 'hang') return new Promise(() => {}); // an endless loop: no answer, no heartbeat
          if (f === 'fail') {
            setTimeout(() => fail('worker script crashed'), 10);
            return new Promise(() => {});
          }
          if (f === 'slow') {
            // busy for 3 silence bounds (SILENCE_MS), beating every tenth of one all along (what the
            // worker's heartbeats do): a 10× margin, so a loaded machine's late timers cannot look like silence
            for (let t = 0; t < 30; t++) {
              await new Promise((r) => setTimeout(r, SILENCE_MS / 10));
              sign = performance.now();
            }
          }
          return real.run(run);
        },
      };
      return { service, onFailure: (l) => (fail = l), dispose: () => void w.disposed++, lastSign: () => sign };
    };
    return { w, connect };
  }

  it('a worker that hangs or fails mid-run is replaced and the run redone; a slow worker that beats is waited for; the records are those of an undisturbed sweep', async () => {
    const p = await lattice();
    const runs = Array.from({ length: p.plan.runCount }, (_, i) => i);
    const whole = await runInBrowserPath(p, 1);
    // the first worker to do run 3 hangs, the first to do run 6 crashes, run 9 is slow but beats
    const { w, connect } = faultyWorkers((run, attempt) => (run === 3 && attempt === 0 ? 'hang' : run === 6 && attempt === 0 ? 'fail' : run === 9 ? 'slow' : null));
    const records: RunRecord[] = [];
    const restarts: unknown[] = [];
    const result = await runSweepPool({ connect, workers: 2, init: { sweep: p.plan.sweep, digest: p.plan.digest }, runs, onRecord: (r) => records.push(r), onRestart: (r) => restarts.push(r), silenceMs: SILENCE_MS });
    expect(result).toEqual({ completed: runs.length, stopped: false });
    // (in either order; none for the slow run 9)
    expect(restarts).toHaveLength(2);
    expect(restarts).toContainEqual({ run: 3, reason: 'timeout', message: '' });
    expect(restarts).toContainEqual({ run: 6, reason: 'failure', message: 'worker script crashed' });
    expect(w.started).toBe(4);
    expect(w.disposed).toBe(4);
    expect(resultsText(p.plan, records, 'csv')).toBe(resultsText(p.plan, whole, 'csv'));
  });

  it('a run that hangs every worker rejects the pool naming the run, keeping the records handed over', async () => {
    const p = await lattice();
    const { w, connect } = faultyWorkers((run) => (run === 2 ? 'hang' : null));
    const records: RunRecord[] = [];
    const error = await runSweepPool({ connect, workers: 1, init: { sweep: p.plan.sweep, digest: p.plan.digest }, runs: [0, 1, 2, 3], onRecord: (r) => records.push(r), silenceMs: SILENCE_MS / 2 }).catch((e: unknown) => e);
    expect((error as SweepPoolError).message).toBe('run 2: a sweep worker stopped answering 3 times in a row');
    expect((error as SweepPoolError).run).toBe(2);
    expect(records.map((r) => r.run)).toEqual([0, 1]);
    expect(w.started).toBe(3);
  });

  it('the worker service refuses a plan whose digest differs from the page', async () => {
    const p = await lattice();
    const result = await createSweepService({ loader: nodeLoader }).init({ sweep: p.plan.sweep, digest: 'f'.repeat(64) });
    expect(result).toMatchObject({ status: 'errored', error: { message: expect.stringMatching(/differs from the page's \(ffffffffffff…\)/) } });
    expect(await createSweepService({ loader: nodeLoader }).run(0)).toEqual({ status: 'errored', run: 0, error: { message: 'no sweep: call init first' } });
  });
});
