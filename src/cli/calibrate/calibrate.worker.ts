/**
 * A worker thread of `idlab calibrate` (thin: the logic is in src/calibration): builds the plan's
 * simulator once, then answers each batch of candidates with their summaries, or with the stack of
 * a bug. Bundled by scripts/build-cli.mjs as dist-cli/calibrate.worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { planSimulator, type CalibrationPlan } from '../../calibration/abcSmcPlan.ts';
import { SIMULATOR_CONTEXT } from './simulatorContext.ts';
import type { FromCalibrateWorker, ToCalibrateWorker } from './calibratePool.ts';

const simulate = planSimulator(workerData as CalibrationPlan, SIMULATOR_CONTEXT);

parentPort!.on('message', (message: ToCalibrateWorker) => {
  let reply: FromCalibrateWorker;
  try {
    reply = { type: 'done', id: message.id, summaries: message.candidates.map((c) => [...simulate(c.theta, c.seed)]) };
  } catch (error) {
    reply = { type: 'errored', id: message.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
