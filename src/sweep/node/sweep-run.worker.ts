/**
 * A worker thread of `idlab sweep run` (STYLE.md 8: thin): receives the world once, then runs one
 * task per message and posts its record back, or an `errored` message with the stack of a bug.
 * Bundled by scripts/build-cli.mjs as dist/cli/sweep-run.worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { executeSweepRun } from '../runRecord.ts';
import type { FromWorker, ToWorker, WorkerInit } from './messages.ts';

const { world, outputs } = workerData as WorkerInit;

parentPort!.on('message', (message: ToWorker) => {
  let reply: FromWorker;
  try {
    reply = { type: 'done', record: executeSweepRun(world, message.task, outputs) };
  } catch (error) {
    reply = { type: 'errored', run: message.task.run, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
