/**
 * The one-job-at-a-time contract compare mode's two controllers share (the comparison and the
 * tornado, both on RunController), on runners the test answers by hand: a newer job takes over (the
 * older one's late answer changes nothing), Cancel and a failure keep the last finished outcome, the
 * host's disconnection stops the job, and progress and the time taken are reported.
 */
import { describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CompareController, type CompareOutcome, type CompareRequest, type CompareRunner } from '../../../src/ui/compare/CompareController.ts';
import { TornadoController } from '../../../src/ui/compare/TornadoController.ts';
import type { TornadoRequest, TornadoRunner } from '../../../src/ui/compare/browserTornadoRunner.ts';
import type { TornadoData } from '../../../src/compare/tornado/types.ts';
import type { ComparisonResult } from '../../../src/compare/types.ts';

/** A job the test ends: with an outcome, a failure, or null when its signal aborts. */
interface Job {
  signal: AbortSignal;
  progress: (done: number, total: number) => void;
  answer: (outcome: unknown) => void;
  fail: (error: Error) => void;
}

function fakeHost(): ReactiveControllerHost & { controllers: ReactiveController[]; updates: number } {
  return {
    controllers: [],
    updates: 0,
    addController(c: ReactiveController) {
      this.controllers.push(c);
    },
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

function runner(jobs: Job[]) {
  return (_request: unknown, options: { signal: AbortSignal; onProgress: (done: number, total: number) => void }) =>
    new Promise<unknown>((resolve, reject) => {
      options.signal.addEventListener('abort', () => resolve(null));
      jobs.push({ signal: options.signal, progress: options.onProgress, answer: resolve, fail: reject });
    });
}

const settle = () => new Promise((r) => setTimeout(r, 0));

/** Each controller seen through the same face: start a job, read the kept outcome. */
const CONTROLLERS = [
  {
    name: 'CompareController',
    make(jobs: Job[]) {
      const host = fakeHost();
      const c = new CompareController(host, () => runner(jobs) as unknown as CompareRunner);
      const request = (seed: number): CompareRequest => ({ source: { presetId: 'fengqiao' }, changes: { levers: { reward: 3 }, params: {} }, pairs: 5, seed, years: 3 });
      const outcome = (tag: number): CompareOutcome => ({ result: { pairs: tag } as unknown as ComparisonResult, baseline: null });
      return { host, c, start: (tag: number) => c.run(request(tag)), outcome, kept: () => (c.result as unknown as { pairs: number } | null)?.pairs ?? null, firstTotal: 10 };
    },
  },
  {
    name: 'TornadoController',
    make(jobs: Job[]) {
      const host = fakeHost();
      const c = new TornadoController(host, () => runner(jobs) as unknown as TornadoRunner);
      const request = (seed: number): TornadoRequest => ({ source: { presetId: 'fengqiao' }, changes: { levers: {}, params: {} }, pairs: 5, seed, years: 3 });
      const outcome = (tag: number) => ({ pairs: tag }) as unknown as TornadoData;
      return { host, c, start: (tag: number) => c.run(request(tag)), outcome, kept: () => (c.data as unknown as { pairs: number } | null)?.pairs ?? null, firstTotal: 0 };
    },
  },
];

describe.each(CONTROLLERS)('$name: one job at a time', ({ make }) => {
  it('reports progress, keeps the outcome when done, and a newer job takes over (the older one’s late answer changes nothing)', async () => {
    const jobs: Job[] = [];
    const { host, c, start, outcome, kept, firstTotal } = make(jobs);
    expect(host.controllers).toEqual([c]);
    const first = start(1);
    expect([c.status, c.done, c.total]).toEqual(['running', 0, firstTotal]);
    jobs[0].progress(3, 10);
    expect([c.done, c.total]).toEqual([3, 10]);
    jobs[0].answer(outcome(1));
    await first;
    expect([c.status, kept()]).toEqual(['done', 1]);
    expect(c.elapsedMs()).toBeGreaterThanOrEqual(0);

    const second = start(2);
    const third = start(3);
    expect(jobs[1].signal.aborted).toBe(true);
    jobs[1].progress(9, 10); // the superseded job's progress is not shown
    expect(c.done).toBe(0);
    jobs[1].answer(outcome(2));
    await second;
    expect([c.status, kept()]).toEqual(['running', 1]);
    jobs[2].answer(outcome(3));
    await third;
    expect([c.status, kept()]).toEqual(['done', 3]);
  });

  it('Cancel and a failure keep the last finished outcome; the host’s disconnection stops the job', async () => {
    const jobs: Job[] = [];
    const { c, start, outcome, kept } = make(jobs);
    const first = start(1);
    jobs[0].answer(outcome(1));
    await first;

    const cancelled = start(2);
    c.cancel();
    await cancelled;
    expect([c.status, kept(), jobs[1].signal.aborted]).toEqual(['cancelled', 1, true]);

    const failed = start(3);
    jobs[2].fail(new Error('worker lost'));
    await failed;
    expect([c.status, c.error, kept()]).toEqual(['errored', 'worker lost', 1]);

    const again = start(4);
    expect(c.error).toBe('');
    c.hostDisconnected();
    await again;
    await settle();
    expect([c.status, kept(), jobs[3].signal.aborted]).toEqual(['cancelled', 1, true]);
  });
});
