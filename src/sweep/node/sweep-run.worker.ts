/**
 * A worker thread of `idlab sweep run` (thin: the logic is in src/sweep, tested without a thread): receives the world once, then runs one
 * task per message and posts its record back, or an `errored` message with the stack of a bug.
 * A message without a scenario reuses the previous message's (messages.ts). Runs queue here (the
 * pool keeps the next one waiting); once the pool's shared stop flag is set, a queued run is
 * answered `skipped` instead of started.
 * Bundled by scripts/build-cli.mjs as dist-cli/sweep-run.worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedScenario } from '../../model/scenario/types.ts';
import { executeSweepRun } from '../runRecord.ts';
import type { FromWorker, ToWorker, WorkerInit } from './messages.ts';
import { nativeSha256Hex } from './nativeSha256.ts';

const { world, outputs, stop } = workerData as WorkerInit;
const stopFlag = new Int32Array(stop);
let scenario: ResolvedScenario | null = null;

parentPort!.on('message', (message: ToWorker) => {
  let reply: FromWorker;
  try {
    if (message.scenario) scenario = message.scenario;
    if (Atomics.load(stopFlag, 0) !== 0) reply = { type: 'skipped', run: message.run.run };
    else if (!scenario) throw new Error(`run ${message.run.run}: no scenario received for point ${message.run.point}`);
    else reply = { type: 'done', record: executeSweepRun(world, { ...message.run, scenario, digest: message.digest }, outputs, nativeSha256Hex) };
  } catch (error) {
    reply = { type: 'errored', run: message.run.run, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
