/**
 * A worker thread of `idlab sweep run` (thin: the logic is in src/sweep, tested without a thread): receives the world once, then runs one
 * task per message and posts its record back (threadPoolWorker.ts: in order; `skipped` once the
 * pool stops, `errored` with the stack of a bug). A message without a scenario reuses the previous
 * message's (messages.ts).
 * Bundled by scripts/build-cli.mjs as dist-cli/sweep-run.worker.js.
 */
import { workerData } from 'node:worker_threads';
import type { ResolvedScenario } from '../../model/scenario/types.ts';
import { executeSweepRun, type RunRecord } from '../runRecord.ts';
import type { ToWorker, WorkerInit } from './messages.ts';
import { nativeSha256Hex } from './nativeSha256.ts';
import { servePool } from './threadPoolWorker.ts';

const { world, outputs } = workerData as WorkerInit;
let scenario: ResolvedScenario | null = null;

servePool<ToWorker, RunRecord>((message) => {
  if (message.scenario) scenario = message.scenario;
  if (!scenario) throw new Error(`run ${message.run.run}: no scenario received for point ${message.run.point}`);
  return executeSweepRun(world, { ...message.run, scenario, digest: message.digest }, outputs, nativeSha256Hex);
});
